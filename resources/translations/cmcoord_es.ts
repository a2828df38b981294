<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
  <context>
    <name>About</name>
    <message>
      <source>Version</source>
      <translation>Versión</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Carpeta de datos</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>Archivo de registro</translation>
    </message>
    <message>
      <source>not written (see the terminal)</source>
      <translation>no se escribió (vea el terminal)</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>Creado con</translation>
    </message>
    <message>
      <source>Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, and merge notes with co-facilitators through a shared file.</source>
      <translation>Registre en directo los resultados de los talleres UN-CMCoord, exporte resúmenes en PDF el mismo día y combine sus notas con las de los cofacilitadores mediante un archivo compartido.</translation>
    </message>
    <message>
      <source>Fonts in PDF summaries</source>
      <translation>Fuentes de los resúmenes en PDF</translation>
    </message>
    <message>
      <source>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji and Noto Sans Symbols 2; their licences:</source>
      <translation>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei y DejaVu Sans, y para emojis y símbolos (también en la ventana, si el sistema no tiene fuente de emojis) subconjuntos de Noto Emoji y Noto Sans Symbols 2; sus licencias:</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>Bibliotecas</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit unmodified in the program folder and can be replaced with compatible builds. Source: {link}.</source>
      <translation>Qt y PySide6 se usan con la licencia GNU LGPL versión 3: sus bibliotecas compartidas están sin modificar en la carpeta del programa y pueden sustituirse por versiones compatibles. Código fuente: {link}.</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About {program}</source>
      <translation>Acerca de {program}</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Ay&amp;uda</translation>
    </message>
    <message>
      <source>New &amp;event</source>
      <translation>Nuevo &amp;evento</translation>
    </message>
    <message>
      <source>Add an event and type its title</source>
      <translation>Añadir un evento y escribir su título</translation>
    </message>
    <message>
      <source>New event from a &amp;past event…</source>
      <translation>Nuevo evento a partir de uno &amp;pasado…</translation>
    </message>
    <message>
      <source>A new event with the sessions and marketplace tables of a past one (of this data folder or of a records file), without their content</source>
      <translation>Un nuevo evento con las sesiones y mesas temáticas de uno pasado (de esta carpeta de datos o de un archivo de registros), sin su contenido</translation>
    </message>
    <message>
      <source>New &amp;session</source>
      <translation>Nueva &amp;sesión</translation>
    </message>
    <message>
      <source>Add a session to the selected event</source>
      <translation>Añadir una sesión al evento seleccionado</translation>
    </message>
    <message>
      <source>New marketplace &amp;table</source>
      <translation>Nueva &amp;mesa temática</translation>
    </message>
    <message>
      <source>Add a marketplace table (topic group) to the selected session</source>
      <translation>Añadir una mesa temática (grupo por tema) a la sesión seleccionada</translation>
    </message>
    <message>
      <source>E&amp;xport summary…</source>
      <translation>E&amp;xportar resumen…</translation>
    </message>
    <message>
      <source>Export a summary of the selected event: PDF, web page, Word, Markdown or e-mail</source>
      <translation>Exportar un resumen del evento seleccionado: PDF, página web, Word, Markdown o correo electrónico</translation>
    </message>
    <message>
      <source>S&amp;ync with shared file…</source>
      <translation>Sincroni&amp;zar con un archivo compartido…</translation>
    </message>
    <message>
      <source>Merge your notes with co-facilitators' through one shared file</source>
      <translation>Combinar sus notas con las de los cofacilitadores mediante un archivo compartido</translation>
    </message>
    <message>
      <source>Sync with a tea&amp;m server…</source>
      <translation>Sincronizar con un servidor de e&amp;quipo…</translation>
    </message>
    <message>
      <source>Merge your notes with the team's PostgreSQL server, and stay online with it</source>
      <translation>Combinar sus notas con el servidor PostgreSQL del equipo y seguir conectado</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>Close CMCoord Desktop (everything is already saved)</source>
      <translation>Cerrar CMCoord Desktop (todo está ya guardado)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <source>Find any word of any event, session, table, outcome, next step, idea, note or caption</source>
      <translation>Buscar cualquier palabra de un evento, sesión, mesa, resultado, próximo paso, idea, nota o leyenda</translation>
    </message>
    <message>
      <source>Copy as e-&amp;mail</source>
      <translation>Copiar como &amp;correo</translation>
    </message>
    <message>
      <source>Copy the selected event's summary, to paste into Outlook or Gmail as formatted text</source>
      <translation>Copiar el resumen del evento seleccionado para pegarlo en Outlook o Gmail como texto con formato</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <source>Move the selected event, session or table to the Trash</source>
      <translation>Mover a la papelera el evento, la sesión o la mesa seleccionados</translation>
    </message>
    <message>
      <source>Delete the event, session or table selected in a list (to the Trash)</source>
      <translation>Eliminar el evento, la sesión o la mesa seleccionados en una lista (a la papelera)</translation>
    </message>
    <message>
      <source>Move u&amp;p</source>
      <translation>&amp;Subir</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table up the list</source>
      <translation>Subir en la lista la sesión seleccionada (dentro de su día) o la mesa temática</translation>
    </message>
    <message>
      <source>Move up: the item being typed, or the session or table selected in a list</source>
      <translation>Subir: el elemento que se está escribiendo, o la sesión o mesa seleccionada en una lista</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>&amp;Bajar</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table down the list</source>
      <translation>Bajar en la lista la sesión seleccionada (dentro de su día) o la mesa temática</translation>
    </message>
    <message>
      <source>Move down: the item being typed, or the session or table selected in a list</source>
      <translation>Bajar: el elemento que se está escribiendo, o la sesión o mesa seleccionada en una lista</translation>
    </message>
    <message>
      <source>Add key &amp;outcome</source>
      <translation>Añadir resultado &amp;clave</translation>
    </message>
    <message>
      <source>Add a key outcome to the record in the editor</source>
      <translation>Añadir un resultado clave al registro del editor</translation>
    </message>
    <message>
      <source>Add &amp;next step</source>
      <translation>Añadir &amp;próximo paso</translation>
    </message>
    <message>
      <source>Add a next step to the record in the editor</source>
      <translation>Añadir un próximo paso al registro del editor</translation>
    </message>
    <message>
      <source>Add &amp;idea</source>
      <translation>Añadir &amp;idea</translation>
    </message>
    <message>
      <source>Add an idea to the marketplace table in the editor</source>
      <translation>Añadir una idea a la mesa temática del editor</translation>
    </message>
    <message>
      <source>&amp;Filter events</source>
      <translation>&amp;Filtrar eventos</translation>
    </message>
    <message>
      <source>Filter the events by title, host or place</source>
      <translation>Filtrar los eventos por título, anfitrión o lugar</translation>
    </message>
    <message>
      <source>Go to &amp;events</source>
      <translation>Ir a &amp;eventos</translation>
    </message>
    <message>
      <source>Go to &amp;sessions</source>
      <translation>Ir a &amp;sesiones</translation>
    </message>
    <message>
      <source>Go to marketplace &amp;tables</source>
      <translation>Ir a &amp;mesas temáticas</translation>
    </message>
    <message>
      <source>Go to e&amp;ditor</source>
      <translation>Ir al e&amp;ditor</translation>
    </message>
    <message>
      <source>T&amp;rash</source>
      <translation>&amp;Papelera</translation>
    </message>
    <message>
      <source>Show deleted records and restore them</source>
      <translation>Mostrar los registros eliminados y restaurarlos</translation>
    </message>
    <message>
      <source>&amp;Next steps</source>
      <translation>&amp;Próximos pasos</translation>
    </message>
    <message>
      <source>Every next step of every event: filter them, close them, export them</source>
      <translation>Todos los próximos pasos de todos los eventos: filtrarlos, cerrarlos, exportarlos</translation>
    </message>
    <message>
      <source>Needs re&amp;view</source>
      <translation>Pendiente de re&amp;visión</translation>
    </message>
    <message>
      <source>Records where laptops disagreed: choose which value to keep</source>
      <translation>Registros en los que los equipos no coinciden: elija qué valor conservar</translation>
    </message>
    <message>
      <source>Session &amp;clock</source>
      <translation>&amp;Reloj de sesión</translation>
    </message>
    <message>
      <source>Show the time since the selected session started</source>
      <translation>Mostrar el tiempo transcurrido desde que empezó la sesión seleccionada</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
      <source>List every keyboard shortcut</source>
      <translation>Listar todos los atajos de teclado</translation>
    </message>
    <message>
      <source>&amp;About CMCoord Desktop</source>
      <translation>A&amp;cerca de CMCoord Desktop</translation>
    </message>
    <message>
      <source>Version, data folder, log file and licences</source>
      <translation>Versión, carpeta de datos, archivo de registro y licencias</translation>
    </message>
    <message>
      <source>The next item, right after this one (in an item, or a next step's owner or due date)</source>
      <translation>El elemento siguiente, justo después de este (en un elemento, o en el responsable o la fecha límite de un próximo paso)</translation>
    </message>
    <message>
      <source>A line break inside the item</source>
      <translation>Un salto de línea dentro del elemento</translation>
    </message>
    <message>
      <source>Delete the empty item and go back up</source>
      <translation>Eliminar el elemento vacío y volver arriba</translation>
    </message>
    <message>
      <source>Delete the item</source>
      <translation>Eliminar el elemento</translation>
    </message>
    <message>
      <source>The next field (a next step's text, owner, due date, status)</source>
      <translation>El campo siguiente (texto, responsable, fecha límite y estado de un próximo paso)</translation>
    </message>
    <message>
      <source>The previous field</source>
      <translation>El campo anterior</translation>
    </message>
    <message>
      <source>Paste a slide image into the session's presentation</source>
      <translation>Pegar la imagen de una diapositiva en la presentación de la sesión</translation>
    </message>
  </context>
  <context>
    <name>AttachmentStrip</name>
    <message>
      <source>Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)</source>
      <translation>Diapositivas (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>That file is not an image or a PDF, so it was not added</source>
      <translation>Ese archivo no es una imagen ni un PDF, así que no se añadió</translation>
    </message>
    <message>
      <source>Caption, e.g. the slide's title</source>
      <translation>Leyenda, por ejemplo el título de la diapositiva</translation>
    </message>
    <message>
      <source>Remove this slide (Undo brings it back)</source>
      <translation>Quitar esta diapositiva (Deshacer la recupera)</translation>
    </message>
    <message>
      <source>Slide removed</source>
      <translation>Diapositiva eliminada</translation>
    </message>
    <message>
      <source>Slide removed: {file}</source>
      <translation>Diapositiva eliminada: {file}</translation>
    </message>
    <message>
      <source>Its image was removed from every laptop after it was deleted; the caption is kept.</source>
      <translation>Su imagen se eliminó de todos los ordenadores después de que se borrara; se conserva el pie de imagen.</translation>
    </message>
    <message>
      <source>Caption of {file}</source>
      <translation>Leyenda de {file}</translation>
    </message>
    <message>
      <source>Delete presentation: {file}</source>
      <translation>Eliminar la presentación: {file}</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <source>Add a slide image…</source>
      <translation>Añadir la imagen de una diapositiva…</translation>
    </message>
    <message>
      <source>or paste one (Ctrl+V), or drop a file here</source>
      <translation>o pegue una (Ctrl+V), o suelte aquí un archivo</translation>
    </message>
    <message>
      <source>Add presentation slide</source>
      <translation>Añadir una diapositiva de la presentación</translation>
    </message>
    <message>
      <source>Could not read {file}: {reason}</source>
      <translation>No se pudo leer {file}: {reason}</translation>
    </message>
    <message>
      <source>Choose a presentation slide</source>
      <translation>Elegir una diapositiva de la presentación</translation>
    </message>
    <message>
      <source>Delete slide</source>
      <translation>Eliminar la diapositiva</translation>
    </message>
  </context>
  <context>
    <name>BackgroundRunner</name>
    <message>
      <source>Something went wrong; nothing was lost, and the log has the details.</source>
      <translation>Algo salió mal; no se perdió nada, y el registro tiene los detalles.</translation>
    </message>
  </context>
  <context>
    <name>CrashHandler</name>
    <message>
      <source>Something went wrong: {summary}.

Your data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.

The details are in the log file:
{log}
Please send that file with a few words on what you were doing.</source>
      <translation>Se produjo un error: {summary}.

Sus datos están a salvo: cada cambio se guardó en el momento en que lo hizo. CMCoord Desktop sigue funcionando; si algo parece incorrecto, ciérrelo y vuelva a abrirlo.

Los detalles están en el archivo de registro:
{log}
Envíe ese archivo con unas palabras sobre lo que estaba haciendo.</translation>
    </message>
    <message>
      <source>Something went wrong: {summary}.

Your data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.

The details could not be written to a log file.</source>
      <translation>Se produjo un error: {summary}.

Sus datos están a salvo: cada cambio se guardó en el momento en que lo hizo. CMCoord Desktop sigue funcionando; si algo parece incorrecto, ciérrelo y vuelva a abrirlo.

No se pudieron escribir los detalles en un archivo de registro.</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not open its data folder {folder}: {reason}.

Nothing in the folder was deleted. Keep a copy of the folder before trying anything else, and ask for help with it.</source>
      <translation>CMCoord Desktop no pudo abrir su carpeta de datos {folder}: {reason}.

No se eliminó nada de la carpeta. Haga una copia de la carpeta antes de intentar cualquier otra cosa y pida ayuda.</translation>
    </message>
    <message>
      <source>The details are in the log file:
{log}</source>
      <translation>Los detalles están en el archivo de registro:
{log}</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not start</source>
      <translation>CMCoord Desktop no pudo iniciarse</translation>
    </message>
    <message>
      <source>CMCoord Desktop: unexpected error</source>
      <translation>CMCoord Desktop: error inesperado</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continuar</translation>
    </message>
  </context>
  <context>
    <name>DueDelegate</name>
    <message>
      <source>Due date</source>
      <translation>Fecha límite</translation>
    </message>
    <message>
      <source>e.g. 15 March 2026; empty: no date</source>
      <translation>p. ej., 15 de marzo de 2026; vacío: sin fecha</translation>
    </message>
    <message>
      <source>Due date not saved: {reason}</source>
      <translation>Fecha límite no guardada: {reason}</translation>
    </message>
    <message>
      <source>{doubt} Press Enter again to keep it.</source>
      <translation>{doubt} Pulse Intro de nuevo para conservarla.</translation>
    </message>
  </context>
  <context>
    <name>EventPicker</name>
    <message>
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <source>Events in the summary</source>
      <translation>Eventos del resumen</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>evento sin título</translation>
    </message>
    <message>
      <source>Tic&amp;k all</source>
      <translation>Marcar to&amp;dos</translation>
    </message>
    <message>
      <source>Put every event in the summary</source>
      <translation>Incluir todos los eventos en el resumen</translation>
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation>Desmarcar todo&amp;s</translation>
    </message>
    <message>
      <source>Take every event out of the summary</source>
      <translation>Quitar todos los eventos del resumen</translation>
    </message>
    <message>
      <source>Upcoming and past as of</source>
      <translation>Próximos y anteriores a fecha de</translation>
    </message>
    <message>
      <source>Events that start after this day are listed as upcoming, the others as past</source>
      <translation>Los eventos que comienzan después de este día figuran como próximos; los demás, como anteriores</translation>
    </message>
    <message>
      <source>Title of the summary</source>
      <translation>Título del resumen</translation>
    </message>
    <message>
      <source>As of &amp;date:</source>
      <translation>A fec&amp;ha de:</translation>
    </message>
    <message>
      <source>Summary &amp;title:</source>
      <translation>Tít&amp;ulo del resumen:</translation>
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <source>No event matches “{words}”.</source>
      <translation>Ningún evento coincide con «{words}».</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Web page (for a website or CMS)</source>
      <translation>Página web (para un sitio o un CMS)</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Página web (*.html)</translation>
    </message>
    <message>
      <source>Word (for comments and translators)</source>
      <translation>Word (para comentarios y traductores)</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Documento de Word (*.docx)</translation>
    </message>
    <message>
      <source>Markdown (wikis, repositories)</source>
      <translation>Markdown (wikis, repositorios)</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>E-mail (.eml, to send or forward)</source>
      <translation>Correo electrónico (.eml, para enviar o reenviar)</translation>
    </message>
    <message>
      <source>E-mail message (*.eml)</source>
      <translation>Mensaje de correo electrónico (*.eml)</translation>
    </message>
    <message>
      <source>Export summary — {title}</source>
      <translation>Exportar resumen — {title}</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>evento sin título</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>No exportado</translation>
    </message>
    <message>
      <source>&amp;All sessions</source>
      <translation>&amp;Todas las sesiones</translation>
    </message>
    <message>
      <source>&amp;Chosen sessions:</source>
      <translation>Sesiones &amp;elegidas:</translation>
    </message>
    <message>
      <source>(untitled session)</source>
      <translation>(sesión sin título)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <source>&amp;Marketplace tables</source>
      <translation>&amp;Mesas temáticas</translation>
    </message>
    <message>
      <source>Presentation &amp;images</source>
      <translation>&amp;Imágenes de las presentaciones</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Notas</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Opciones</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papel:</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Formato:</translation>
    </message>
    <message>
      <source>Choose sessions and options, then Export.</source>
      <translation>Elija las sesiones y las opciones y luego Exportar.</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Abrir</translation>
    </message>
    <message>
      <source>Open the exported file in the program that shows it</source>
      <translation>Abrir el archivo exportado en el programa que lo muestra</translation>
    </message>
    <message>
      <source>Show in fo&amp;lder</source>
      <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
      <source>Open the folder the exported file is in</source>
      <translation>Abrir la carpeta donde está el archivo exportado</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Cop&amp;y as e-mail</source>
      <translation>Copiar como corre&amp;o</translation>
    </message>
    <message>
      <source>Put the summary on the clipboard, to paste into a new e-mail</source>
      <translation>Poner el resumen en el portapapeles, para pegarlo en un nuevo correo electrónico</translation>
    </message>
    <message numerus="yes">
      <source>Export summary — %n event(s)</source>
      <translation>
        <numerusform>Exportar resumen — %n evento</numerusform>
        <numerusform>Exportar resumen — %n eventos</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick at least one event to export its summary.</source>
      <translation>Marque al menos un evento para exportar su resumen.</translation>
    </message>
    <message>
      <source>Choose the day, the title and options, then Export.</source>
      <translation>Elija la fecha, el título y las opciones y luego Exportar.</translation>
    </message>
    <message>
      <source>Choose at least one session, or All sessions.</source>
      <translation>Elija al menos una sesión, o Todas las sesiones.</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>Resumen copiado: péguelo en un nuevo correo electrónico.</translation>
    </message>
    <message>
      <source>Export summary</source>
      <translation>Exportar resumen</translation>
    </message>
    <message>
      <source>Exporting the summary to {file}…</source>
      <translation>Exportando el resumen a {file}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation>Se exportó {file}.</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
      <source>The export failed and wrote no file. {message}</source>
      <translation>La exportación falló y no se escribió ningún archivo. {message}</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelando…</translation>
    </message>
    <message>
      <source>No program on this computer opens {file}.</source>
      <translation>Ningún programa de este equipo abre {file}.</translation>
    </message>
    <message>
      <source>The folder {folder} did not open.</source>
      <translation>No se abrió la carpeta {folder}.</translation>
    </message>
    <message>
      <source>{path} is no longer there: export it again.</source>
      <translation>{path} ya no existe: vuelva a exportarlo.</translation>
    </message>
  </context>
  <context>
    <name>FieldBinding</name>
    <message>
      <source>Not saved yet: kept here, and saved as soon as the data folder can be written.</source>
      <translation>Aún no guardado: se conserva aquí y se guardará en cuanto se pueda escribir en la carpeta de datos.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Estado</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Filtro de estado</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <source>Still to do</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>O&amp;wner</source>
      <translation>Res&amp;ponsable</translation>
    </message>
    <message>
      <source>Owner filter</source>
      <translation>Filtro de responsable</translation>
    </message>
    <message>
      <source>E&amp;vent</source>
      <translation>E&amp;vento</translation>
    </message>
    <message>
      <source>Event filter</source>
      <translation>Filtro de evento</translation>
    </message>
    <message>
      <source>Se&amp;ries</source>
      <translation>Se&amp;rie</translation>
    </message>
    <message>
      <source>Series filter</source>
      <translation>Filtro de serie</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>&amp;Plazo</translation>
    </message>
    <message>
      <source>Due date filter</source>
      <translation>Filtro de fecha límite</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>Cualquier fecha</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Vencido</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Esta semana</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Sin fecha</translation>
    </message>
    <message>
      <source>Words in the next step or owner</source>
      <translation>Palabras del próximo paso o del responsable</translation>
    </message>
    <message>
      <source>Words filter</source>
      <translation>Filtro de palabras</translation>
    </message>
    <message>
      <source>W&amp;ords</source>
      <translation>Pa&amp;labras</translation>
    </message>
    <message>
      <source>Any owner</source>
      <translation>Cualquier responsable</translation>
    </message>
    <message>
      <source>Any event</source>
      <translation>Cualquier evento</translation>
    </message>
    <message>
      <source>Any series</source>
      <translation>Cualquier serie</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sin título)</translation>
    </message>
  </context>
  <context>
    <name>FilterBox</name>
    <message>
      <source>Filter events (title, host, place)</source>
      <translation>Filtrar eventos (título, anfitrión, lugar)</translation>
    </message>
    <message>
      <source>Filter events</source>
      <translation>Filtrar eventos</translation>
    </message>
  </context>
  <context>
    <name>FollowUpController</name>
    <message>
      <source>That record is no longer there (deleted on another laptop?).</source>
      <translation>Ese registro ya no existe (¿eliminado en otro portátil?).</translation>
    </message>
    <message>
      <source>That record is in the Trash: restore it to open it.</source>
      <translation>Ese registro está en la papelera: restáurelo para abrirlo.</translation>
    </message>
    <message>
      <source>The session or event of that record is in the Trash.</source>
      <translation>La sesión o el evento de ese registro está en la papelera.</translation>
    </message>
  </context>
  <context>
    <name>ItemList</name>
    <message>
      <source>+ Add key outcome</source>
      <translation>+ Añadir resultado clave</translation>
    </message>
    <message>
      <source>+ Add next step</source>
      <translation>+ Añadir próximo paso</translation>
    </message>
    <message>
      <source>+ Add idea</source>
      <translation>+ Añadir idea</translation>
    </message>
  </context>
  <context>
    <name>ItemRow</name>
    <message>
      <source>Type an outcome, press Enter for the next</source>
      <translation>Escriba un resultado; Intro para el siguiente</translation>
    </message>
    <message>
      <source>Type a next step, press Enter for the next</source>
      <translation>Escriba un próximo paso; Intro para el siguiente</translation>
    </message>
    <message>
      <source>Type an idea, press Enter for the next</source>
      <translation>Escriba una idea; Intro para la siguiente</translation>
    </message>
    <message>
      <source>Delete this key outcome (Alt+Delete)</source>
      <translation>Eliminar este resultado clave (Alt+Supr)</translation>
    </message>
    <message>
      <source>Delete this next step (Alt+Delete)</source>
      <translation>Eliminar este próximo paso (Alt+Supr)</translation>
    </message>
    <message>
      <source>Delete this idea (Alt+Delete)</source>
      <translation>Eliminar esta idea (Alt+Supr)</translation>
    </message>
    <message>
      <source>Delete key outcome: {text}</source>
      <translation>Eliminar el resultado principal: {text}</translation>
    </message>
    <message>
      <source>Delete next step: {text}</source>
      <translation>Eliminar el próximo paso: {text}</translation>
    </message>
    <message>
      <source>Delete idea: {text}</source>
      <translation>Eliminar la idea: {text}</translation>
    </message>
    <message>
      <source>Key outcome {number}</source>
      <translation>Resultado principal {number}</translation>
    </message>
    <message>
      <source>Next step {number}</source>
      <translation>Próximo paso {number}</translation>
    </message>
    <message>
      <source>Idea {number}</source>
      <translation>Idea {number}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
      <translation>Arrastrar para reordenar (o Alt+Arriba / Alt+Abajo)</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>Responsable del seguimiento</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Fecha límite</translation>
    </message>
    <message>
      <source>Due date: {message}</source>
      <translation>Plazo: {message}</translation>
    </message>
    <message>
      <source>Owner of next step {number}</source>
      <translation>Responsable del próximo paso {number}</translation>
    </message>
    <message>
      <source>Due date of next step {number}</source>
      <translation>Fecha límite del próximo paso {number}</translation>
    </message>
    <message>
      <source>Status of next step {number}</source>
      <translation>Estado del próximo paso {number}</translation>
    </message>
  </context>
  <context>
    <name>KeyboardShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts — {program}</source>
      <translation>Atajos de teclado — {program}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Acción</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Typing in the editor</source>
      <translation>Escritura en el editor</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>&amp;System language</source>
      <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation>El idioma de los menús, botones y mensajes de la ventana</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>(demo workshop — a temporary copy)</source>
      <translation>(taller de demostración — una copia temporal)</translation>
    </message>
    <message>
      <source>Opening {folder}…</source>
      <translation>Abriendo {folder}…</translation>
    </message>
    <message>
      <source>Opening the demo workshop…</source>
      <translation>Abriendo el taller de demostración…</translation>
    </message>
    <message>
      <source>E&amp;xport this session…</source>
      <translation>E&amp;xportar esta sesión…</translation>
    </message>
  </context>
  <context>
    <name>NextStepsDock</name>
    <message>
      <source>Next steps</source>
      <translation>Próximos pasos</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>Próximos pasos de todos los eventos</translation>
    </message>
  </context>
  <context>
    <name>NextStepsModel</name>
    <message>
      <source>No date</source>
      <translation>Sin fecha</translation>
    </message>
    <message>
      <source>(no text)</source>
      <translation>(sin texto)</translation>
    </message>
    <message>
      <source>(the event itself)</source>
      <translation>(el propio evento)</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Próximo paso</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Overdue: {date}</source>
      <translation>Vencido: {date}</translation>
    </message>
    <message>
      <source>{place} — carried from {event}</source>
      <translation>{place} — traído de {event}</translation>
    </message>
    <message>
      <source>Overdue: due before today and not done.</source>
      <translation>Vencido: el plazo ya pasó y no está hecho.</translation>
    </message>
    <message>
      <source>Check: {warning}</source>
      <translation>Revisar: {warning}</translation>
    </message>
    <message>
      <source>Carried into: {events}</source>
      <translation>Traído a: {events}</translation>
    </message>
  </context>
  <context>
    <name>NextStepsView</name>
    <message>
      <source>Next steps</source>
      <translation>Próximos pasos</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>Próximos pasos de todos los eventos</translation>
    </message>
    <message>
      <source>What the table shows</source>
      <translation>Lo que muestra la tabla</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
      <source>Mark the current next step done</source>
      <translation>Marcar como hecho el próximo paso seleccionado</translation>
    </message>
    <message>
      <source>Mark the current next step done (Ctrl+D)</source>
      <translation>Marcar como hecho el próximo paso seleccionado (Ctrl+D)</translation>
    </message>
    <message>
      <source>&amp;Carry into an event…</source>
      <translation>&amp;Trasladar a un evento…</translation>
    </message>
    <message>
      <source>Carry the current next step into an event</source>
      <translation>Trasladar el próximo paso seleccionado a un evento</translation>
    </message>
    <message>
      <source>Show the current next step in another event too (Ctrl+Shift+C)</source>
      <translation>Mostrar también el próximo paso seleccionado en otro evento (Ctrl+Mayús+C)</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xportar…</translation>
    </message>
    <message>
      <source>Export the next steps shown</source>
      <translation>Exportar los próximos pasos mostrados</translation>
    </message>
    <message>
      <source>Write the next steps the filter shows as CSV, Excel, calendar or PDF</source>
      <translation>Escribir los próximos pasos filtrados en CSV, Excel, calendario o PDF</translation>
    </message>
    <message>
      <source>No next step matches.</source>
      <translation>Ningún próximo paso coincide.</translation>
    </message>
    <message>
      <source>First {count:,} next steps</source>
      <translation>Los primeros {count:,} próximos pasos</translation>
    </message>
    <message>
      <source>1 next step</source>
      <translation>1 próximo paso</translation>
    </message>
    <message>
      <source>{count:,} next steps</source>
      <translation>{count:,} próximos pasos</translation>
    </message>
    <message>
      <source>{shown:,} of {total:,} next steps (scroll for more)</source>
      <translation>{shown:,} de {total:,} próximos pasos (desplácese para ver más)</translation>
    </message>
    <message>
      <source>Select a next step first.</source>
      <translation>Seleccione primero un próximo paso.</translation>
    </message>
  </context>
  <context>
    <name>OwnerDelegate</name>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>Responsable del seguimiento</translation>
    </message>
  </context>
  <context>
    <name>Panels</name>
    <message>
      <source>No events yet.
Ctrl+Shift+E adds one.</source>
      <translation>Aún no hay eventos.
Ctrl+Mayús+E añade uno.</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <source>Select a session to see its marketplace tables.</source>
      <translation>Seleccione una sesión para ver sus mesas temáticas.</translation>
    </message>
    <message>
      <source>No marketplace tables.
Ctrl+Shift+G adds one.</source>
      <translation>No hay mesas temáticas.
Ctrl+Mayús+G añade una.</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>Mesas temáticas</translation>
    </message>
    <message>
      <source>Select an event to see its sessions.</source>
      <translation>Seleccione un evento para ver sus sesiones.</translation>
    </message>
    <message>
      <source>No sessions yet.
Ctrl+Shift+S adds one.</source>
      <translation>Aún no hay sesiones.
Ctrl+Mayús+S añade una.</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
      <source>%n delegate(s)</source>
      <translation>
        <numerusform>%n delegado</numerusform>
        <numerusform>%n delegados</numerusform>
      </translation>
    </message>
    <message>
      <source>Host: {host}</source>
      <translation>Anfitrión: {host}</translation>
    </message>
    <message>
      <source>Needs review · {detail}</source>
      <translation>Pendiente de revisión · {detail}</translation>
    </message>
  </context>
  <context>
    <name>PastEvent</name>
    <message>
      <source>CMCoord records (*.cmcsync *.json);;All files (*)</source>
      <translation>Registros CMCoord (*.cmcsync *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>From a records file (an export or a shared file)…</source>
      <translation>De un archivo de registros (una exportación o un archivo compartido)…</translation>
    </message>
    <message>
      <source>Which event's sessions and marketplace tables should the new event get?</source>
      <translation>¿De qué evento debe tomar el nuevo evento las sesiones y mesas temáticas?</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>Nuevo evento a partir de un evento pasado</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sin título)</translation>
    </message>
  </context>
  <context>
    <name>RecordActions</name>
    <message>
      <source>New event</source>
      <translation>Nuevo evento</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>Nuevo evento a partir de un evento pasado</translation>
    </message>
    <message>
      <source>New event “{title}”: its sessions and tables are copied.</source>
      <translation>Nuevo evento «{title}»: se copiaron sus sesiones y mesas.</translation>
    </message>
    <message>
      <source>Select an event first, or add one with Ctrl+Shift+E.</source>
      <translation>Seleccione primero un evento, o añada uno con Ctrl+Mayús+E.</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nueva sesión</translation>
    </message>
    <message>
      <source>Select a session first, or add one with Ctrl+Shift+S.</source>
      <translation>Seleccione primero una sesión, o añada una con Ctrl+Mayús+S.</translation>
    </message>
    <message>
      <source>New marketplace table</source>
      <translation>Nueva mesa temática</translation>
    </message>
    <message>
      <source>Nothing selected to delete.</source>
      <translation>No hay nada seleccionado para eliminar.</translation>
    </message>
    <message>
      <source>Select a session or a marketplace table to move; events follow their dates.</source>
      <translation>Seleccione una sesión o una mesa temática para moverla; los eventos siguen sus fechas.</translation>
    </message>
    <message>
      <source>Sessions follow their date and start time: change those to move it past “{title}”.</source>
      <translation>Las sesiones siguen su fecha y hora de inicio: cámbielas para moverla más allá de «{title}».</translation>
    </message>
    <message>
      <source>Select an event, session or marketplace table first.</source>
      <translation>Seleccione primero un evento, una sesión o una mesa temática.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Select an event, a session or a marketplace table
to capture its outcomes here.</source>
      <translation>Seleccione un evento, una sesión o una mesa temática
para registrar aquí sus resultados.</translation>
    </message>
    <message>
      <source>This record is in the trash.
Undo (Ctrl+Z) or restore it from the Trash.</source>
      <translation>Este registro está en la papelera.
Deshaga (Ctrl+Z) o restáurelo desde la papelera.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>Workshop</source>
      <translation>Taller</translation>
    </message>
    <message>
      <source>Annual meeting</source>
      <translation>Reunión anual</translation>
    </message>
    <message>
      <source>Thematic sessions</source>
      <translation>Sesiones temáticas</translation>
    </message>
    <message>
      <source>Training programme</source>
      <translation>Programa de capacitación</translation>
    </message>
    <message>
      <source>Networks and partnerships week</source>
      <translation>Semana de redes y alianzas</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>Conferencia</translation>
    </message>
    <message>
      <source>Event · upcoming</source>
      <translation>Evento · próximo</translation>
    </message>
    <message>
      <source>Event · ongoing</source>
      <translation>Evento · en curso</translation>
    </message>
    <message>
      <source>Event · past</source>
      <translation>Evento · pasado</translation>
    </message>
    <message>
      <source>Event title</source>
      <translation>Título del evento</translation>
    </message>
    <message>
      <source>Programme or series, e.g. HNPW</source>
      <translation>Programa o serie, p. ej. HNPW</translation>
    </message>
    <message>
      <source>Workshop, annual meeting…</source>
      <translation>Taller, reunión anual…</translation>
    </message>
    <message>
      <source>Host organisation</source>
      <translation>Organización anfitriona</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>En línea</translation>
    </message>
    <message>
      <source>Platform, e.g. Virtual OSOCC</source>
      <translation>Plataforma, p. ej. Virtual OSOCC</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Fechas</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Primer día</translation>
    </message>
    <message>
      <source>to</source>
      <translation>a</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Último día</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>Número</translation>
    </message>
    <message>
      <source>Summary in</source>
      <translation>Resumen en</translation>
    </message>
    <message>
      <source>What the event is about</source>
      <translation>Objeto del evento</translation>
    </message>
    <message>
      <source>Topic of the table, e.g. Simulations and exercises</source>
      <translation>Tema de la mesa, p. ej. Simulaciones y ejercicios</translation>
    </message>
    <message>
      <source>Who hosts this table</source>
      <translation>Quién modera esta mesa</translation>
    </message>
    <message>
      <source>Who took part, or how many</source>
      <translation>Participantes, o su número</translation>
    </message>
    <message>
      <source>Marketplace table in {session}</source>
      <translation>Mesa temática de la sesión {session}</translation>
    </message>
    <message>
      <source>Marketplace table in an untitled session</source>
      <translation>Mesa temática de una sesión sin título</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>Mesa temática</translation>
    </message>
    <message>
      <source>Panel discussion</source>
      <translation>Mesa redonda</translation>
    </message>
    <message>
      <source>Group work</source>
      <translation>Trabajo en grupo</translation>
    </message>
    <message>
      <source>Marketplace</source>
      <translation>Mesas temáticas</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>Sesión plenaria</translation>
    </message>
    <message>
      <source>Thematic session</source>
      <translation>Sesión temática</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <source>Simulation exercise</source>
      <translation>Ejercicio de simulación</translation>
    </message>
    <message>
      <source>Briefing</source>
      <translation>Sesión informativa</translation>
    </message>
    <message>
      <source>Session title</source>
      <translation>Título de la sesión</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Fecha y hora</translation>
    </message>
    <message>
      <source>Date, e.g. 2017-02-07</source>
      <translation>Fecha, p. ej. 2017-02-07</translation>
    </message>
    <message>
      <source>from</source>
      <translation>de</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>hh:mm</translation>
    </message>
    <message>
      <source>Panel discussion, group work…</source>
      <translation>Mesa redonda, trabajo en grupo…</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>Panel</translation>
    </message>
    <message>
      <source>Panel members and facilitators</source>
      <translation>Miembros del panel y facilitadores</translation>
    </message>
    <message>
      <source>Heading it is grouped under in the summary (optional)</source>
      <translation>Epígrafe bajo el que figura en el resumen (opcional)</translation>
    </message>
    <message>
      <source>Anything else worth keeping</source>
      <translation>Cualquier otra información útil</translation>
    </message>
    <message>
      <source>Session of {event}</source>
      <translation>Sesión del evento {event}</translation>
    </message>
    <message>
      <source>Session of an untitled event</source>
      <translation>Sesión de un evento sin título</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
  </context>
  <context>
    <name>RecordForm dates</name>
    <message>
      <source>to</source>
      <translation>al</translation>
    </message>
  </context>
  <context>
    <name>RecordSentences</name>
    <message>
      <source>Edit title</source>
      <translation>Editar el título</translation>
    </message>
    <message>
      <source>Edit series</source>
      <translation>Editar la serie</translation>
    </message>
    <message>
      <source>Edit kind</source>
      <translation>Editar el tipo</translation>
    </message>
    <message>
      <source>Edit host</source>
      <translation>Editar el anfitrión</translation>
    </message>
    <message>
      <source>Edit city</source>
      <translation>Editar la ciudad</translation>
    </message>
    <message>
      <source>Edit country</source>
      <translation>Editar el país</translation>
    </message>
    <message>
      <source>Edit online platform</source>
      <translation>Editar la plataforma en línea</translation>
    </message>
    <message>
      <source>Edit link</source>
      <translation>Editar el enlace</translation>
    </message>
    <message>
      <source>Edit start date</source>
      <translation>Editar la fecha de inicio</translation>
    </message>
    <message>
      <source>Edit end date</source>
      <translation>Editar la fecha de fin</translation>
    </message>
    <message>
      <source>Edit participants</source>
      <translation>Editar el número de participantes</translation>
    </message>
    <message>
      <source>Edit language</source>
      <translation>Editar el idioma</translation>
    </message>
    <message>
      <source>Edit description</source>
      <translation>Editar la descripción</translation>
    </message>
    <message>
      <source>Edit date</source>
      <translation>Editar la fecha</translation>
    </message>
    <message>
      <source>Edit start time</source>
      <translation>Editar la hora de inicio</translation>
    </message>
    <message>
      <source>Edit end time</source>
      <translation>Editar la hora de fin</translation>
    </message>
    <message>
      <source>Edit format</source>
      <translation>Editar el formato</translation>
    </message>
    <message>
      <source>Edit delegates</source>
      <translation>Editar el número de delegados</translation>
    </message>
    <message>
      <source>Edit panel members</source>
      <translation>Editar los panelistas</translation>
    </message>
    <message>
      <source>Edit track</source>
      <translation>Editar la línea temática</translation>
    </message>
    <message>
      <source>Edit notes</source>
      <translation>Editar las notas</translation>
    </message>
    <message>
      <source>Edit topic</source>
      <translation>Editar el tema</translation>
    </message>
    <message>
      <source>Edit table host</source>
      <translation>Editar el anfitrión de la mesa</translation>
    </message>
    <message>
      <source>Edit owner</source>
      <translation>Editar el responsable</translation>
    </message>
    <message>
      <source>Edit due date</source>
      <translation>Editar el plazo</translation>
    </message>
    <message>
      <source>Edit status</source>
      <translation>Editar el estado</translation>
    </message>
    <message>
      <source>Edit caption</source>
      <translation>Editar la leyenda</translation>
    </message>
    <message>
      <source>Edit “{field}”</source>
      <translation>Editar «{field}»</translation>
    </message>
    <message>
      <source>Delete event “{title}”</source>
      <translation>Eliminar el evento «{title}»</translation>
    </message>
    <message>
      <source>Delete session “{title}”</source>
      <translation>Eliminar la sesión «{title}»</translation>
    </message>
    <message>
      <source>Delete marketplace table “{title}”</source>
      <translation>Eliminar la mesa temática «{title}»</translation>
    </message>
    <message>
      <source>Delete presentation “{title}”</source>
      <translation>Eliminar la presentación «{title}»</translation>
    </message>
    <message>
      <source>Delete key outcome “{title}”</source>
      <translation>Eliminar el resultado clave «{title}»</translation>
    </message>
    <message>
      <source>Delete next step “{title}”</source>
      <translation>Eliminar el próximo paso «{title}»</translation>
    </message>
    <message>
      <source>Delete idea “{title}”</source>
      <translation>Eliminar la idea «{title}»</translation>
    </message>
    <message>
      <source>Delete carried next step “{title}”</source>
      <translation>Eliminar el próximo paso arrastrado «{title}»</translation>
    </message>
    <message>
      <source>Delete item “{title}”</source>
      <translation>Eliminar el elemento «{title}»</translation>
    </message>
    <message>
      <source>Restore event “{title}”</source>
      <translation>Restaurar el evento «{title}»</translation>
    </message>
    <message>
      <source>Restore session “{title}”</source>
      <translation>Restaurar la sesión «{title}»</translation>
    </message>
    <message>
      <source>Restore marketplace table “{title}”</source>
      <translation>Restaurar la mesa temática «{title}»</translation>
    </message>
    <message>
      <source>Restore presentation “{title}”</source>
      <translation>Restaurar la presentación «{title}»</translation>
    </message>
    <message>
      <source>Restore key outcome “{title}”</source>
      <translation>Restaurar el resultado clave «{title}»</translation>
    </message>
    <message>
      <source>Restore next step “{title}”</source>
      <translation>Restaurar el próximo paso «{title}»</translation>
    </message>
    <message>
      <source>Restore idea “{title}”</source>
      <translation>Restaurar la idea «{title}»</translation>
    </message>
    <message>
      <source>Restore carried next step “{title}”</source>
      <translation>Restaurar el próximo paso arrastrado «{title}»</translation>
    </message>
    <message>
      <source>Restore item “{title}”</source>
      <translation>Restaurar el elemento «{title}»</translation>
    </message>
    <message>
      <source>Restored event “{title}”.</source>
      <translation>Evento «{title}» restaurado.</translation>
    </message>
    <message>
      <source>Restored session “{title}”.</source>
      <translation>Sesión «{title}» restaurada.</translation>
    </message>
    <message>
      <source>Restored marketplace table “{title}”.</source>
      <translation>Mesa temática «{title}» restaurada.</translation>
    </message>
    <message>
      <source>Restored presentation “{title}”.</source>
      <translation>Presentación «{title}» restaurada.</translation>
    </message>
    <message>
      <source>Restored key outcome “{title}”.</source>
      <translation>Resultado clave «{title}» restaurado.</translation>
    </message>
    <message>
      <source>Restored next step “{title}”.</source>
      <translation>Próximo paso «{title}» restaurado.</translation>
    </message>
    <message>
      <source>Restored idea “{title}”.</source>
      <translation>Idea «{title}» restaurada.</translation>
    </message>
    <message>
      <source>Restored carried next step “{title}”.</source>
      <translation>Próximo paso arrastrado «{title}» restaurado.</translation>
    </message>
    <message>
      <source>Restored item “{title}”.</source>
      <translation>Elemento «{title}» restaurado.</translation>
    </message>
    <message>
      <source>Restored “{title}”; what it belongs to is still in the Trash.</source>
      <translation>Se restauró «{title}»; el registro al que pertenece sigue en la papelera.</translation>
    </message>
    <message>
      <source>Moved event “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Evento «{title}» movido a la papelera (Ctrl+Z lo deshace, Ctrl+Mayús+T muestra la papelera).</translation>
    </message>
    <message>
      <source>Moved session “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Sesión «{title}» movida a la papelera (Ctrl+Z lo deshace, Ctrl+Mayús+T muestra la papelera).</translation>
    </message>
    <message>
      <source>Moved marketplace table “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Mesa temática «{title}» movida a la papelera (Ctrl+Z lo deshace, Ctrl+Mayús+T muestra la papelera).</translation>
    </message>
    <message>
      <source>Move session up</source>
      <translation>Subir la sesión</translation>
    </message>
    <message>
      <source>Move session down</source>
      <translation>Bajar la sesión</translation>
    </message>
    <message>
      <source>Move marketplace table up</source>
      <translation>Subir la mesa temática</translation>
    </message>
    <message>
      <source>Move marketplace table down</source>
      <translation>Bajar la mesa temática</translation>
    </message>
    <message>
      <source>Move key outcome up</source>
      <translation>Subir el resultado clave</translation>
    </message>
    <message>
      <source>Move key outcome down</source>
      <translation>Bajar el resultado clave</translation>
    </message>
    <message>
      <source>Move key outcome</source>
      <translation>Mover el resultado clave</translation>
    </message>
    <message>
      <source>Move next step up</source>
      <translation>Subir el próximo paso</translation>
    </message>
    <message>
      <source>Move next step down</source>
      <translation>Bajar el próximo paso</translation>
    </message>
    <message>
      <source>Move next step</source>
      <translation>Mover el próximo paso</translation>
    </message>
    <message>
      <source>Move idea up</source>
      <translation>Subir la idea</translation>
    </message>
    <message>
      <source>Move idea down</source>
      <translation>Bajar la idea</translation>
    </message>
    <message>
      <source>Move idea</source>
      <translation>Mover la idea</translation>
    </message>
    <message>
      <source>Add key outcome</source>
      <translation>Añadir un resultado clave</translation>
    </message>
    <message>
      <source>Add next step</source>
      <translation>Añadir un próximo paso</translation>
    </message>
    <message>
      <source>Add idea</source>
      <translation>Añadir una idea</translation>
    </message>
    <message>
      <source>Split key outcome</source>
      <translation>Dividir el resultado clave</translation>
    </message>
    <message>
      <source>Split next step</source>
      <translation>Dividir el próximo paso</translation>
    </message>
    <message>
      <source>Split idea</source>
      <translation>Dividir la idea</translation>
    </message>
    <message>
      <source>Edit key outcome</source>
      <translation>Editar el resultado clave</translation>
    </message>
    <message>
      <source>Edit next step</source>
      <translation>Editar el próximo paso</translation>
    </message>
    <message>
      <source>Edit idea</source>
      <translation>Editar la idea</translation>
    </message>
    <message>
      <source>Delete key outcome</source>
      <translation>Eliminar el resultado clave</translation>
    </message>
    <message>
      <source>Delete next step</source>
      <translation>Eliminar el próximo paso</translation>
    </message>
    <message>
      <source>Delete idea</source>
      <translation>Eliminar la idea</translation>
    </message>
    <message>
      <source>Delete empty key outcome</source>
      <translation>Eliminar el resultado clave vacío</translation>
    </message>
    <message>
      <source>Delete empty next step</source>
      <translation>Eliminar el próximo paso vacío</translation>
    </message>
    <message>
      <source>Delete empty idea</source>
      <translation>Eliminar la idea vacía</translation>
    </message>
    <message>
      <source>Set status to open</source>
      <translation>Marcar como pendiente</translation>
    </message>
    <message>
      <source>Set status to in progress</source>
      <translation>Marcar como en curso</translation>
    </message>
    <message>
      <source>Set status to done</source>
      <translation>Marcar como hecho</translation>
    </message>
    <message>
      <source>Set status to dropped</source>
      <translation>Marcar como descartado</translation>
    </message>
    <message>
      <source>Set next step “{step}” to open</source>
      <translation>Marcar el próximo paso «{step}» como pendiente</translation>
    </message>
    <message>
      <source>Set next step “{step}” to in progress</source>
      <translation>Marcar el próximo paso «{step}» como en curso</translation>
    </message>
    <message>
      <source>Set next step “{step}” to done</source>
      <translation>Marcar el próximo paso «{step}» como hecho</translation>
    </message>
    <message>
      <source>Set next step “{step}” to dropped</source>
      <translation>Marcar el próximo paso «{step}» como descartado</translation>
    </message>
    <message>
      <source>Set status to “{status}”</source>
      <translation>Establecer el estado: «{status}»</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (en la papelera)</translation>
    </message>
    <message>
      <source>{detail}: {before}{match}{after}; matched “{match}”</source>
      <translation>{detail}: {before}{match}{after}; coincide con «{match}»</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <source>Keep &amp;this</source>
      <translation>Conservar &amp;este</translation>
    </message>
    <message>
      <source>Keep t&amp;hat</source>
      <translation>Conservar &amp;aquel</translation>
    </message>
    <message>
      <source>{kind} “{title}” — {problem}</source>
      <translation>{kind} «{title}» — {problem}</translation>
    </message>
    <message>
      <source>edited after it was deleted</source>
      <translation>modificación tras la eliminación</translation>
    </message>
    <message>
      <source>changed on two laptops</source>
      <translation>cambios en dos computadoras</translation>
    </message>
    <message>
      <source>The values to choose from</source>
      <translation>Los valores entre los que elegir</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>Pendiente de revisión</translation>
    </message>
    <message>
      <source>Records that need review</source>
      <translation>Registros pendientes de revisión</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) where laptops disagreed</source>
      <translation>
        <numerusform>%n registro en el que los equipos no coinciden</numerusform>
        <numerusform>%n registros en los que los equipos no coinciden</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing needs review: every laptop agreed.</source>
      <translation>Nada pendiente de revisión: todos los equipos coinciden.</translation>
    </message>
    <message>
      <source>Keep this one</source>
      <translation>Conservar este</translation>
    </message>
    <message>
      <source>Keep this value on every laptop</source>
      <translation>Conservar este valor en todas las computadoras</translation>
    </message>
    <message>
      <source>Keep &amp;both (as two items)</source>
      <translation>Conservar &amp;ambos (como dos elementos)</translation>
    </message>
    <message>
      <source>Deleted on one laptop, edited on another</source>
      <translation>Eliminado en un equipo, modificado en otro</translation>
    </message>
    <message>
      <source>Deleted by {who}</source>
      <translation>Eliminado por {who}</translation>
    </message>
    <message>
      <source>Edited by {who}, which the delete had not seen</source>
      <translation>Modificado por {who}, sin que la eliminación lo hubiera visto</translation>
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation>&amp;Conservar</translation>
    </message>
    <message>
      <source>&amp;Delete it</source>
      <translation>&amp;Eliminar</translation>
    </message>
    <message>
      <source>Keep “{value}” ({field})</source>
      <translation>Conservar «{value}» ({field})</translation>
    </message>
    <message>
      <source>Keep both values as two items</source>
      <translation>Conservar ambos valores como dos elementos</translation>
    </message>
    <message>
      <source>Add the other value as an item</source>
      <translation>Añadir el otro valor como elemento</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vacío)</translation>
    </message>
    <message>
      <source>laptop {device}</source>
      <translation>computadora {device}</translation>
    </message>
    <message>
      <source>{laptop} · {when}</source>
      <translation>{laptop} · {when}</translation>
    </message>
  </context>
  <context>
    <name>SaveStatus</name>
    <message>
      <source>Every change is written to disk the moment you make it: there is nothing to save.</source>
      <translation>Cada cambio se escribe en el disco en el momento en que lo hace: no hay nada que guardar.</translation>
    </message>
    <message>
      <source>All changes are saved as you type</source>
      <translation>Todos los cambios se guardan mientras escribe</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>Guardado a las {time}</translation>
    </message>
    <message>
      <source>Not saved: the data folder cannot be written</source>
      <translation>No guardado: no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
      <source>What you typed stays on screen and is saved as soon as the folder can be written again.</source>
      <translation>Lo que escribió sigue en pantalla y se guardará en cuanto se pueda volver a escribir en la carpeta.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>No guardado</translation>
    </message>
  </context>
  <context>
    <name>SearchDock</name>
    <message>
      <source>Find</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <source>Find in every record</source>
      <translation>Buscar en todos los registros</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search</source>
      <translation>Búsqueda</translation>
    </message>
    <message>
      <source>Search every record</source>
      <translation>Buscar en todos los registros</translation>
    </message>
    <message>
      <source>Search events, sessions, outcomes, next steps…</source>
      <translation>Buscar eventos, sesiones, resultados, próximos pasos…</translation>
    </message>
    <message>
      <source>Search notice</source>
      <translation>Aviso de búsqueda</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
      <source>Nothing matches “{typed}”.</source>
      <translation>Nada coincide con «{typed}».</translation>
    </message>
    <message>
      <source>The first {count} matches: add words to narrow them.</source>
      <translation>Las primeras {count} coincidencias: añada palabras para acotarlas.</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Window open for {duration}</source>
      <translation>Ventana abierta desde hace {duration}</translation>
    </message>
    <message>
      <source>Session starts in {duration} (at {time})</source>
      <translation>La sesión empieza dentro de {duration} (a las {time})</translation>
    </message>
    <message>
      <source>Session running {duration} (since {time})</source>
      <translation>Sesión en curso desde hace {duration} (desde las {time})</translation>
    </message>
    <message>
      <source>Session clock: time since the selected session started today</source>
      <translation>Reloj de sesión: tiempo transcurrido desde que empezó hoy la sesión seleccionada</translation>
    </message>
  </context>
  <context>
    <name>SessionClockWords</name>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · %n min left</source>
      <translation>
        <numerusform>Sesión en curso desde hace {duration} (desde las {time}) · queda %n min</numerusform>
        <numerusform>Sesión en curso desde hace {duration} (desde las {time}) · quedan %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · over by %n min</source>
      <translation>
        <numerusform>Sesión en curso desde hace {duration} (desde las {time}) · excedida en %n min</numerusform>
        <numerusform>Sesión en curso desde hace {duration} (desde las {time}) · excedida en %n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusDelegate</name>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
  </context>
  <context>
    <name>StepCarry</name>
    <message>
      <source>There is no other event to carry this next step into.</source>
      <translation>No hay ningún otro evento al que trasladar este próximo paso.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sin título)</translation>
    </message>
    <message>
      <source>Carry into an event</source>
      <translation>Trasladar a un evento</translation>
    </message>
    <message>
      <source>Show this next step in:</source>
      <translation>Mostrar este próximo paso en:</translation>
    </message>
    <message>
      <source>Carry a next step into “{event}”</source>
      <translation>Trasladar un próximo paso a «{event}»</translation>
    </message>
    <message>
      <source>Carried into “{event}”.</source>
      <translation>Trasladado a «{event}».</translation>
    </message>
  </context>
  <context>
    <name>StepEdits</name>
    <message>
      <source>Open</source>
      <translation>Pendiente</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Descartado</translation>
    </message>
    <message>
      <source>Set the owner of next step “{step}”</source>
      <translation>Fijar el responsable del próximo paso «{step}»</translation>
    </message>
    <message>
      <source>Set the due date of next step “{step}”</source>
      <translation>Fijar la fecha límite del próximo paso «{step}»</translation>
    </message>
  </context>
  <context>
    <name>StepExport</name>
    <message>
      <source>Spreadsheet, UTF-8 (*.csv)</source>
      <translation>Hoja de cálculo, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Calendar tasks (*.ics)</source>
      <translation>Tareas de calendario (*.ics)</translation>
    </message>
    <message>
      <source>PDF, open next steps per owner (*.pdf)</source>
      <translation>PDF, próximos pasos abiertos por responsable (*.pdf)</translation>
    </message>
    <message>
      <source>Export next steps</source>
      <translation>Exportar los próximos pasos</translation>
    </message>
    <message>
      <source>Not exported: name the file .csv, .xlsx, .ics or .pdf to choose its format.</source>
      <translation>No exportado: nombre el archivo .csv, .xlsx, .ics o .pdf para elegir su formato.</translation>
    </message>
    <message>
      <source>Not exported: {file} could not be written ({reason}).</source>
      <translation>No exportado: no se pudo escribir {file} ({reason}).</translation>
    </message>
    <message>
      <source>Exported {count} next steps to {file}.</source>
      <translation>{count} próximos pasos exportados a {file}.</translation>
    </message>
  </context>
  <context>
    <name>SummaryController</name>
    <message>
      <source>Select an event to export its summary.</source>
      <translation>Seleccione un evento para exportar su resumen.</translation>
    </message>
    <message>
      <source>Select a session to export it.</source>
      <translation>Seleccione una sesión para exportarla.</translation>
    </message>
    <message>
      <source>Select an event to copy its summary.</source>
      <translation>Seleccione un evento para copiar su resumen.</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>Resumen copiado: péguelo en un nuevo correo electrónico.</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>Not synced</source>
      <translation>No sincronizado</translation>
    </message>
    <message>
      <source>Sync with shared file</source>
      <translation>Sincronizar con el archivo compartido</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead block the shared file. Re-date them to now and rewrite the file?</source>
      <translation>Los cambios hechos en este portátil mientras su reloj iba adelantado bloquean el archivo compartido. ¿Fecharlos de nuevo a ahora y reescribir el archivo?</translation>
    </message>
    <message>
      <source>CMCoord shared files (*.cmcsync);;All files (*)</source>
      <translation>Archivos compartidos de CMCoord (*.cmcsync);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
      <source>Synced with {file}: {summary} here.</source>
      <translation>Sincronizado con {file}: {summary} en esta computadora.</translation>
    </message>
    <message numerus="yes">
      <source>Merged %n conflicted copies.</source>
      <translation>
        <numerusform>Se fusionó %n copia en conflicto.</numerusform>
        <numerusform>Se fusionaron %n copias en conflicto.</numerusform>
      </translation>
    </message>
    <message>
      <source>Held back (dated ahead of this laptop's clock): {names}.</source>
      <translation>Retenidos (con fecha posterior al reloj de esta computadora): {names}.</translation>
    </message>
    <message>
      <source>Re-date and rewrite</source>
      <translation>Fechar de nuevo y reescribir</translation>
    </message>
    <message>
      <source>Not synced yet</source>
      <translation>Aún no sincronizado</translation>
    </message>
    <message>
      <source>Last synced {time} with {file}</source>
      <translation>Última sincronización: {time}, con {file}</translation>
    </message>
    <message>
      <source>Recent shared &amp;files</source>
      <translation>Archivos compartidos recien&amp;tes</translation>
    </message>
    <message>
      <source>No shared files yet</source>
      <translation>Aún no hay archivos compartidos</translation>
    </message>
    <message>
      <source>Create “{file}” from this laptop's records?</source>
      <translation>¿Crear «{file}» a partir de los registros de esta computadora?</translation>
    </message>
    <message>
      <source>Sync with “{file}”?</source>
      <translation>¿Sincronizar con «{file}»?</translation>
    </message>
    <message>
      <source>This laptop: {summary}</source>
      <translation>Esta computadora: {summary}</translation>
    </message>
    <message>
      <source>The shared file: {summary}</source>
      <translation>El archivo compartido: {summary}</translation>
    </message>
    <message>
      <source>Conflicted copies to merge in: {count}</source>
      <translation>Copias en conflicto que se fusionarán: {count}</translation>
    </message>
    <message>
      <source>Records with conflicting changes will be listed under View › Needs review.</source>
      <translation>Los registros con cambios en conflicto aparecerán en Ver › Pendiente de revisión.</translation>
    </message>
    <message>
      <source>Careful: {reason}</source>
      <translation>Atención: {reason}</translation>
    </message>
    <message>
      <source>Careful: “{file}” holds another workshop (no event in common with this laptop's); syncing merges both workshops.</source>
      <translation>Atención: «{file}» contiene otro taller (ningún evento en común con los de esta computadora); la sincronización fusionará ambos talleres.</translation>
    </message>
    <message>
      <source>Merge both workshops</source>
      <translation>Fusionar ambos talleres</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>Eliminar y sincronizar</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
  </context>
  <context>
    <name>TeamServerController</name>
    <message>
      <source>Team server</source>
      <translation>Servidor de equipo</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
      <source>Not synced with {server}: {why}</source>
      <translation>No sincronizado con {server}: {why}</translation>
    </message>
    <message>
      <source>Sync with a team server</source>
      <translation>Sincronizar con un servidor de equipo</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>Eliminar y sincronizar</translation>
    </message>
    <message>
      <source>Not synced with {server}</source>
      <translation>No sincronizado con {server}</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) in</source>
      <translation>
        <numerusform>%n registro recibido</numerusform>
        <numerusform>%n registros recibidos</numerusform>
      </translation>
    </message>
    <message>
      <source>Online with {server}</source>
      <translation>Conectado con {server}</translation>
    </message>
    <message>
      <source>Not synced with {server}: this sync would delete most records. Sync by hand to decide.</source>
      <translation>No sincronizado con {server}: esta sincronización eliminaría la mayoría de los registros. Sincronice manualmente para decidir.</translation>
    </message>
    <message>
      <source>Synced with {server} at {time}</source>
      <translation>Sincronizado con {server} a las {time}</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, none out (this account only reads).</source>
      <translation>Sincronizado con el servidor de equipo {server}: {records_in}, ninguno enviado (esta cuenta solo lee).</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, {out} out.</source>
      <translation>Sincronizado con el servidor de equipo {server}: {records_in}, {out} enviados.</translation>
    </message>
    <message>
      <source>{count} to review (View › Needs review).</source>
      <translation>{count} por revisar (Ver › Pendiente de revisión).</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>Sin conexión desde las {time}</translation>
    </message>
    <message>
      <source>Last synced with the team server at {time}</source>
      <translation>Última sincronización con el servidor de equipo a las {time}</translation>
    </message>
    <message>
      <source>Recent team ser&amp;vers</source>
      <translation>Ser&amp;vidores de equipo recientes</translation>
    </message>
    <message>
      <source>No team servers yet</source>
      <translation>Aún no hay servidores de equipo</translation>
    </message>
  </context>
  <context>
    <name>TeamServerDialog</name>
    <message>
      <source>Sync with a team server</source>
      <translation>Sincronizar con un servidor de equipo</translation>
    </message>
    <message>
      <source>&amp;Address of the team server:</source>
      <translation>&amp;Dirección del servidor de equipo:</translation>
    </message>
    <message>
      <source>Address of the team server</source>
      <translation>Dirección del servidor de equipo</translation>
    </message>
    <message>
      <source>For example postgresql://anna@db.example.org/workshops</source>
      <translation>Por ejemplo postgresql://anna@db.example.org/workshops</translation>
    </message>
    <message>
      <source>Your IT administrator gives you this address. No password in it: you are asked for the password when the server wants one, and it is kept in the system's keyring.</source>
      <translation>Su administrador de informática le da esta dirección. No lleva contraseña: se le pide cuando el servidor la requiere y se guarda en el llavero del sistema.</translation>
    </message>
    <message>
      <source>Where the address comes from</source>
      <translation>De dónde sale la dirección</translation>
    </message>
    <message>
      <source>Sync or cancel</source>
      <translation>Sincronizar o cancelar</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronizar</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <source>Password for the team server</source>
      <translation>Contraseña del servidor de equipo</translation>
    </message>
    <message>
      <source>Password of {server}:</source>
      <translation>Contraseña de {server}:</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Contraseña</translation>
    </message>
  </context>
  <context>
    <name>TeamServerListener</name>
    <message>
      <source>The connection to {server} was lost.</source>
      <translation>Se perdió la conexión con {server}.</translation>
    </message>
  </context>
  <context>
    <name>TrashDock</name>
    <message>
      <source>Trash</source>
      <translation>Papelera</translation>
    </message>
    <message>
      <source>Deleted records</source>
      <translation>Registros eliminados</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Restaurar</translation>
    </message>
    <message>
      <source>Put the selected record back where it was (Enter)</source>
      <translation>Devolver el registro seleccionado a su lugar (Intro)</translation>
    </message>
    <message numerus="yes">
      <source>%n deleted record(s)</source>
      <translation>
        <numerusform>%n registro eliminado</numerusform>
        <numerusform>%n registros eliminados</numerusform>
      </translation>
    </message>
    <message>
      <source>The Trash is empty.</source>
      <translation>La papelera está vacía.</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <source>today {time}</source>
      <translation>hoy a las {time}</translation>
    </message>
    <message>
      <source>yesterday {time}</source>
      <translation>ayer a las {time}</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Eliminado</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome — {program}</source>
      <translation>Bienvenida — {program}</translation>
    </message>
    <message>
      <source>Welcome to {program}</source>
      <translation>Le damos la bienvenida a {program}</translation>
    </message>
    <message>
      <source>Capture the key outcomes and next steps of a workshop as people speak, export the summary the same day, and merge notes with your co-facilitators. Nothing to save: every edit is kept the moment you make it.</source>
      <translation>Registre los resultados clave y los próximos pasos de un taller mientras se habla, exporte el resumen el mismo día y combine sus notas con las de los cofacilitadores. No hay nada que guardar: cada cambio se conserva en el momento en que lo hace.</translation>
    </message>
    <message>
      <source>Try the demo workshop</source>
      <translation>Probar el taller de demostración</translation>
    </message>
    <message>
      <source>Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. Your own data folder stays empty.</source>
      <translation>Abrir una copia temporal de la HNPW 2017 y de otros dos eventos UN-CMCoord. Su propia carpeta de datos sigue vacía.</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>Crear un evento</translation>
    </message>
    <message>
      <source>Start with an empty event, then add its sessions and marketplace tables.</source>
      <translation>Empezar con un evento vacío y añadir después sus sesiones y mesas temáticas.</translation>
    </message>
    <message>
      <source>Create from a copy of a past event…</source>
      <translation>Crear a partir de una copia de un evento pasado…</translation>
    </message>
    <message>
      <source>Pick last year's records file (an export or a shared file): its sessions and marketplace tables are copied, without outcomes, next steps, ideas, notes or delegates.</source>
      <translation>Elija el archivo de registros del año pasado (una exportación o un archivo compartido): se copian sus sesiones y mesas temáticas, sin resultados, próximos pasos, ideas, notas ni delegados.</translation>
    </message>
    <message>
      <source>Your data folder: {folder}</source>
      <translation>Su carpeta de datos: {folder}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>CMCoord Desktop is already open</source>
      <translation>CMCoord Desktop ya está abierto</translation>
    </message>
    <message>
      <source>Install the newer version to open it; nothing was changed.</source>
      <translation>Instale la versión más reciente para abrirla; no se ha modificado nada.</translation>
    </message>
    <message>
      <source>Made by a newer CMCoord Desktop</source>
      <translation>Creado por una versión más reciente de CMCoord Desktop</translation>
    </message>
  </context>
  <context>
    <name>carry forward</name>
    <message>
      <source>Only next steps can be carried into another event.</source>
      <translation>Solo los próximos pasos pueden trasladarse a otro evento.</translation>
    </message>
    <message>
      <source>That event is in the Trash: restore it first.</source>
      <translation>Ese evento está en la papelera: restáurelo primero.</translation>
    </message>
    <message>
      <source>This next step already belongs to that event.</source>
      <translation>Este próximo paso ya pertenece a ese evento.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>{text} is not a day written YYYY-MM-DD</source>
      <translation>{text} no es una fecha en formato AAAA-MM-DD</translation>
    </message>
    <message>
      <source>{heading}:</source>
      <translation>{heading}:</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>uso: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>argumentos posicionales</translation>
    </message>
    <message>
      <source>options</source>
      <translation>opciones</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
      <source>{program}: error: {message}</source>
      <translation>{program}: error: {message}</translation>
    </message>
    <message>
      <source>the following arguments are required: {names}</source>
      <translation>se requieren los siguientes argumentos: {names}</translation>
    </message>
    <message>
      <source>unrecognized arguments: {names}</source>
      <translation>argumentos no reconocidos: {names}</translation>
    </message>
    <message>
      <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
      <translation>argumento {name}: opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
      <source>argument {name}: expected one argument</source>
      <translation>argumento {name}: se esperaba un valor</translation>
    </message>
    <message>
      <source>argument {name}: expected at least one argument</source>
      <translation>argumento {name}: se esperaba al menos un valor</translation>
    </message>
    <message>
      <source>argument {name}: {message}</source>
      <translation>argumento {name}: {message}</translation>
    </message>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
      <translation>Registrar en directo los resultados de los talleres UN-CMCoord, exportar resúmenes en PDF y sincronizar con los cofacilitadores mediante un archivo compartido.</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
      <source>the window's and these messages' language: ar, zh, en, fr, ru or es</source>
      <translation>idioma de la ventana y de estos mensajes: ar, zh, en, fr, ru o es</translation>
    </message>
    <message>
      <source>data folder (default: the user's data folder)</source>
      <translation>carpeta de datos (por defecto: la del usuario)</translation>
    </message>
    <message>
      <source>work on a fresh copy of the demo workshop, not your data</source>
      <translation>trabajar con una copia nueva del taller de demostración, no con sus datos</translation>
    </message>
    <message>
      <source>export an event summary (pdf, html, docx, email, md) or all records (json)</source>
      <translation>exportar el resumen de un evento (pdf, html, docx, email, md) o todos los registros (json)</translation>
    </message>
    <message>
      <source>the event's id or exact title; several events make one summary of them all</source>
      <translation>el identificador o el título exacto del evento; varios eventos dan un solo resumen</translation>
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
      <translation>todos los registros, incluidos los eliminados (json)</translation>
    </message>
    <message>
      <source>the file format to write</source>
      <translation>el formato del archivo que se escribe</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>archivo que se escribirá</translation>
    </message>
    <message>
      <source>only these sessions (id or title)</source>
      <translation>solo estas sesiones (identificador o título)</translation>
    </message>
    <message>
      <source>pdf: the paper size (default: a4)</source>
      <translation>pdf: el tamaño del papel (predeterminado: a4)</translation>
    </message>
    <message>
      <source>print the sessions' internal notes too</source>
      <translation>imprimir también las notas internas de las sesiones</translation>
    </message>
    <message>
      <source>several events: which are upcoming is decided as of this day (default: today)</source>
      <translation>varios eventos: los próximos se determinan a esta fecha (por defecto: hoy)</translation>
    </message>
    <message>
      <source>several events: the summary's title (default: UN-CMCoord events)</source>
      <translation>varios eventos: el título del resumen (por defecto: Eventos UN-CMCoord)</translation>
    </message>
    <message>
      <source>html: the summary alone, without page or style</source>
      <translation>html: solo el resumen, sin página ni estilo</translation>
    </message>
    <message>
      <source>html: slides as files in a folder beside the page instead of inside it</source>
      <translation>html: las diapositivas como archivos en una carpeta junto a la página, no dentro de ella</translation>
    </message>
    <message>
      <source>email: attach the summary as a PDF too</source>
      <translation>email: adjuntar también el resumen en PDF</translation>
    </message>
    <message>
      <source>merge a records file (a json export) into the data folder</source>
      <translation>combinar un archivo de registros (una exportación json) con la carpeta de datos</translation>
    </message>
    <message>
      <source>a records file (json export) or a summary PDF</source>
      <translation>un archivo de registros (exportación json) o un PDF de resumen</translation>
    </message>
    <message>
      <source>merge with a shared file or a team server (postgresql://…), both ways</source>
      <translation>combinar con un archivo compartido o un servidor de equipo (postgresql://…), en ambos sentidos</translation>
    </message>
    <message>
      <source>the shared file, or postgresql://USER@HOST/DATABASE</source>
      <translation>el archivo compartido, o postgresql://USUARIO@SERVIDOR/BASE</translation>
    </message>
    <message>
      <source>go ahead even if more than half of the records would be deleted</source>
      <translation>continuar aunque se vaya a eliminar más de la mitad de los registros</translation>
    </message>
    <message>
      <source>merge even if the file holds another workshop (no event in common)</source>
      <translation>combinar aunque el archivo contenga otro taller (ningún evento en común)</translation>
    </message>
    <message>
      <source>re-date changes made while this laptop's clock was far ahead, and rewrite FILE</source>
      <translation>corregir la fecha de los cambios hechos mientras el reloj de este equipo iba muy adelantado, y reescribir FILE</translation>
    </message>
    <message>
      <source>the shared file to rewrite</source>
      <translation>el archivo compartido que se reescribirá</translation>
    </message>
    <message>
      <source>set up a team server (PostgreSQL) and its members</source>
      <translation>configurar un servidor de equipo (PostgreSQL) y sus miembros</translation>
    </message>
    <message>
      <source>create or upgrade the schema and the two roles</source>
      <translation>crear o actualizar el esquema y los dos roles</translation>
    </message>
    <message>
      <source>the server: postgresql://ADMIN@HOST/DATABASE</source>
      <translation>el servidor: postgresql://ADMIN@HOST/DATABASE</translation>
    </message>
    <message>
      <source>after restoring a backup: every laptop reads the whole server again</source>
      <translation>tras restaurar una copia de seguridad: cada equipo vuelve a leer todo el servidor</translation>
    </message>
    <message>
      <source>remove superseded versions (every laptop's records stay the same)</source>
      <translation>eliminar las versiones sustituidas (los registros de cada equipo no cambian)</translation>
    </message>
    <message>
      <source>create a login account for a member</source>
      <translation>crear una cuenta de acceso para un miembro</translation>
    </message>
    <message>
      <source>the member's login name</source>
      <translation>el nombre de usuario del miembro</translation>
    </message>
    <message>
      <source>may only read</source>
      <translation>solo lectura</translation>
    </message>
    <message>
      <source>cmcoord-desktop: stopped.</source>
      <translation>cmcoord-desktop: detenido.</translation>
    </message>
    <message>
      <source>{folder} is a folder: name the file to write in it</source>
      <translation>{folder} es una carpeta: indique el archivo que se escribirá en ella</translation>
    </message>
    <message>
      <source>json exports every record: add --all</source>
      <translation>json exporta todos los registros: añada --all</translation>
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation>Se escribió {file}</translation>
    </message>
    <message>
      <source>find any word of any record; one match a line, grouped by event</source>
      <translation>buscar cualquier palabra de cualquier registro; una coincidencia por línea, agrupadas por evento</translation>
    </message>
    <message>
      <source>words, "a quoted phrase"; the last word may be a prefix</source>
      <translation>palabras, "una frase entre comillas"; la última palabra puede ser un prefijo</translation>
    </message>
    <message>
      <source>also records in the Trash</source>
      <translation>también los registros de la papelera</translation>
    </message>
    <message>
      <source>at most this many (200)</source>
      <translation>como máximo esta cantidad (200)</translation>
    </message>
    <message>
      <source>every next step of every event: list them, or write csv, xlsx, ics or pdf</source>
      <translation>todos los próximos pasos de todos los eventos: listarlos o escribir csv, xlsx, ics o pdf</translation>
    </message>
    <message>
      <source>only these statuses</source>
      <translation>solo estos estados</translation>
    </message>
    <message>
      <source>only this owner (case and accents ignored)</source>
      <translation>solo este responsable (sin distinguir mayúsculas ni acentos)</translation>
    </message>
    <message>
      <source>only this event (id or exact title), carried ones too</source>
      <translation>solo este evento (identificador o título exacto), también los arrastrados</translation>
    </message>
    <message>
      <source>only events of this series</source>
      <translation>solo los eventos de esta serie</translation>
    </message>
    <message>
      <source>only overdue, this week, no date</source>
      <translation>solo vencidos, de esta semana, sin fecha</translation>
    </message>
    <message>
      <source>only steps whose text or owner has these words</source>
      <translation>solo los pasos cuyo texto o responsable contiene estas palabras</translation>
    </message>
    <message>
      <source>file format (pdf: open and in progress by default)</source>
      <translation>formato del archivo (pdf: pendientes y en curso por defecto)</translation>
    </message>
    <message>
      <source>file to write (without it: list them)</source>
      <translation>archivo que se escribirá (sin él: listarlos)</translation>
    </message>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (en la papelera)</translation>
    </message>
    <message>
      <source>No record matches.</source>
      <translation>Ningún registro coincide.</translation>
    </message>
    <message>
      <source>say where to write the {format} file: add --out FILE</source>
      <translation>indique dónde escribir el archivo {format}: añada --out ARCHIVO</translation>
    </message>
    <message>
      <source>choose the file format: --format csv, xlsx, ics or pdf</source>
      <translation>elija el formato del archivo: --format csv, xlsx, ics o pdf</translation>
    </message>
    <message>
      <source>{due} overdue</source>
      <translation>{due} vencido</translation>
    </message>
    <message>
      <source>{session} (carried from {event})</source>
      <translation>{session} (trasladado de {event})</translation>
    </message>
  </context>
  <context>
    <name>data folder</name>
    <message>
      <source>Data folder on a network drive</source>
      <translation>Carpeta de datos en una unidad de red</translation>
    </message>
    <message>
      <source>The data folder {folder} is on a network drive ({network}). The database must stay on this computer's own disk: a database on a shared drive can be corrupted when the connection drops.

Start CMCoord Desktop with a data folder on a local disk (--data-dir), and share your notes with File › Sync with shared file, which is made for network drives.</source>
      <translation>La carpeta de datos {folder} está en una unidad de red ({network}). La base de datos debe permanecer en el disco de este equipo: una base de datos en una unidad compartida puede dañarse si se corta la conexión.

Inicie CMCoord Desktop con una carpeta de datos en un disco local (--data-dir) y comparta sus notas con Archivo › Sincronizar con el archivo compartido, pensado para unidades de red.</translation>
    </message>
    <message>
      <source>Data folder is read-only</source>
      <translation>Carpeta de datos de solo lectura</translation>
    </message>
    <message>
      <source>CMCoord Desktop cannot write to its data folder {folder} ({reason}). Nothing was changed.

Check that the disk is not write-protected and that you may write to the folder, or start with another data folder (--data-dir).</source>
      <translation>CMCoord Desktop no puede escribir en su carpeta de datos {folder} ({reason}). No se ha cambiado nada.

Compruebe que el disco no esté protegido contra escritura y que tenga permiso para escribir en la carpeta, o inicie con otra carpeta de datos (--data-dir).</translation>
    </message>
    <message>
      <source>Disk almost full</source>
      <translation>Disco casi lleno</translation>
    </message>
    <message>
      <source>The disk of the data folder {folder} has only {free} free; CMCoord Desktop needs at least {needed} to save your notes safely. Nothing was changed.

Free some space (empty the recycle bin, move large files away) and start again.</source>
      <translation>El disco de la carpeta de datos {folder} solo tiene {free} libres; CMCoord Desktop necesita al menos {needed} para guardar sus notas de forma segura. No se ha cambiado nada.

Libere espacio (vacíe la papelera, mueva los archivos grandes) y vuelva a empezar.</translation>
    </message>
    <message>
      <source>a UNC network path</source>
      <translation>una ruta de red UNC</translation>
    </message>
    <message>
      <source>a mapped network drive</source>
      <translation>una unidad de red asignada</translation>
    </message>
    <message>
      <source>{filesystem} mount at {folder}</source>
      <translation>montaje {filesystem} en {folder}</translation>
    </message>
    <message>
      <source>{file} cannot be written</source>
      <translation>{file} no se puede escribir</translation>
    </message>
    <message>
      <source>{count} MB</source>
      <translation>{count} MB</translation>
    </message>
  </context>
  <context>
    <name>event copy</name>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (copia)</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>cmcoord-desktop: name the event to export (its id or exact title)</source>
      <translation>cmcoord-desktop: indique el evento que se exporta (su identificador o su título exacto)</translation>
    </message>
    <message>
      <source>--sessions chooses sessions of one event: name only that event</source>
      <translation>--sessions elige sesiones de un solo evento: indique solo ese evento</translation>
    </message>
    <message>
      <source>no event with id or title {reference}</source>
      <translation>ningún evento tiene el identificador o el título {reference}</translation>
    </message>
    <message>
      <source>no session with id or title {reference} in this event</source>
      <translation>ninguna sesión de este evento tiene el identificador o el título {reference}</translation>
    </message>
    <message>
      <source>event {event} is in the trash</source>
      <translation>el evento {event} está en la papelera</translation>
    </message>
  </context>
  <context>
    <name>failure</name>
    <message>
      <source>the database file is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>el archivo de la base de datos está dañado o no es una base de datos de CMCoord Desktop; no se ha cambiado nada: guarde una copia de la carpeta y envíela con el registro cuando pida ayuda</translation>
    </message>
    <message>
      <source>the database file in {folder} is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>el archivo de la base de datos en {folder} está dañado o no es una base de datos de CMCoord Desktop; no se ha cambiado nada: guarde una copia de la carpeta y envíela con el registro cuando pida ayuda</translation>
    </message>
    <message>
      <source>a system library the window needs is missing ({error}): install the libraries listed under Set up in the README</source>
      <translation>falta una biblioteca del sistema que la ventana necesita ({error}): instale las bibliotecas indicadas en Set up del README</translation>
    </message>
    <message>
      <source>the computer ran out of memory: close other programs and try again</source>
      <translation>el equipo se quedó sin memoria: cierre otros programas y vuelva a intentarlo</translation>
    </message>
    <message>
      <source>an unexpected error ({error}); nothing else was changed: please send the log file when you ask for help</source>
      <translation>un error inesperado ({error}); no se ha cambiado nada más: envíe el archivo de registro cuando pida ayuda</translation>
    </message>
    <message>
      <source>Could not open the window: {reason}</source>
      <translation>No se pudo abrir la ventana: {reason}</translation>
    </message>
    <message>
      <source>Could not export: {reason}</source>
      <translation>No se pudo exportar: {reason}</translation>
    </message>
    <message>
      <source>Could not import: {reason}</source>
      <translation>No se pudo importar: {reason}</translation>
    </message>
    <message>
      <source>Could not sync: {reason}</source>
      <translation>No se pudo sincronizar: {reason}</translation>
    </message>
    <message>
      <source>Could not repair the clock: {reason}</source>
      <translation>No se pudo corregir el reloj: {reason}</translation>
    </message>
    <message>
      <source>Could not search: {reason}</source>
      <translation>No se pudo buscar: {reason}</translation>
    </message>
    <message>
      <source>Could not list the next steps: {reason}</source>
      <translation>No se pudieron enumerar los próximos pasos: {reason}</translation>
    </message>
    <message>
      <source>Could not set up the team server: {reason}</source>
      <translation>No se pudo configurar el servidor del equipo: {reason}</translation>
    </message>
    <message>
      <source>Could not {doing}: {reason}</source>
      <translation>No se pudo completar «{doing}»: {reason}</translation>
    </message>
    <message>
      <source>{failed}.</source>
      <translation>{failed}.</translation>
    </message>
    <message>
      <source>{failed} (details in {log}).</source>
      <translation>{failed} (detalles en {log}).</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Anfitrión</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ciudad</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>País</translation>
    </message>
    <message>
      <source>Online platform</source>
      <translation>Plataforma en línea</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Enlace</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Fecha de inicio</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Fecha de fin</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Eliminado</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Hora de inicio</translation>
    </message>
    <message>
      <source>End time</source>
      <translation>Hora de fin</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Delegates</source>
      <translation>Delegados</translation>
    </message>
    <message>
      <source>Panel members</source>
      <translation>Panelistas</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Línea temática</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Place in the agenda</source>
      <translation>Lugar en el programa</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Table host</source>
      <translation>Anfitrión de la mesa</translation>
    </message>
    <message>
      <source>Place in the session</source>
      <translation>Lugar en la sesión</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Place in the list</source>
      <translation>Lugar en la lista</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>Leyenda</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nombre del archivo</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Tipo de archivo</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <source>Place among the presentations</source>
      <translation>Lugar entre las presentaciones</translation>
    </message>
    <message>
      <source>Carried from</source>
      <translation>Arrastrado de</translation>
    </message>
  </context>
  <context>
    <name>glyph report</name>
    <message>
      <source>{record}: no font has {characters} ({codes})</source>
      <translation>{record}: ninguna fuente contiene {characters} ({codes})</translation>
    </message>
    <message>
      <source>event {event}, title</source>
      <translation>evento {event}, título</translation>
    </message>
    <message>
      <source>event {event}, series</source>
      <translation>evento {event}, serie</translation>
    </message>
    <message>
      <source>event {event}, kind</source>
      <translation>evento {event}, tipo</translation>
    </message>
    <message>
      <source>event {event}, host</source>
      <translation>evento {event}, anfitrión</translation>
    </message>
    <message>
      <source>event {event}, city</source>
      <translation>evento {event}, ciudad</translation>
    </message>
    <message>
      <source>event {event}, country</source>
      <translation>evento {event}, país</translation>
    </message>
    <message>
      <source>event {event}, online platform</source>
      <translation>evento {event}, plataforma en línea</translation>
    </message>
    <message>
      <source>event {event}, description</source>
      <translation>evento {event}, descripción</translation>
    </message>
    <message>
      <source>session {number} {session}, title</source>
      <translation>sesión {number} {session}, título</translation>
    </message>
    <message>
      <source>session {number} {session}, format</source>
      <translation>sesión {number} {session}, formato</translation>
    </message>
    <message>
      <source>session {number} {session}, panel</source>
      <translation>sesión {number} {session}, panelistas</translation>
    </message>
    <message>
      <source>event {event}, key outcome {number}</source>
      <translation>evento {event}, resultado clave {number}</translation>
    </message>
    <message>
      <source>event {event}, next step {number}</source>
      <translation>evento {event}, próximo paso {number}</translation>
    </message>
    <message>
      <source>session {number} {session}, notes</source>
      <translation>sesión {number} {session}, notas</translation>
    </message>
    <message>
      <source>session {number} {session}, key outcome {item}</source>
      <translation>sesión {number} {session}, resultado clave {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, next step {item}</source>
      <translation>sesión {number} {session}, próximo paso {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, marketplace table {item}</source>
      <translation>sesión {number} {session}, mesa temática {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, slide {item} caption</source>
      <translation>sesión {number} {session}, leyenda de la diapositiva {item}</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>{file} is a PDF without CMCoord Desktop records (only summaries exported by version 0.2 or later carry them).</source>
      <translation>{file} es un PDF sin registros de CMCoord Desktop (solo los contienen los resúmenes exportados con la versión 0.2 o posterior).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read ({size} bytes).</source>
      <translation>{file} contiene registros demasiado grandes para leerlos ({size} bytes).</translation>
    </message>
    <message>
      <source>{file} is a damaged PDF: its records cannot be read ({reason}).</source>
      <translation>{file} es un PDF dañado: no se pueden leer sus registros ({reason}).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read.</source>
      <translation>{file} contiene registros demasiado grandes para leerlos.</translation>
    </message>
  </context>
  <context>
    <name>next steps</name>
    <message>
      <source>due {due}, before its session on {starts}</source>
      <translation>vence el {due}, antes de su sesión del {starts}</translation>
    </message>
    <message>
      <source>due {due}, before its event on {starts}</source>
      <translation>vence el {due}, antes de su evento del {starts}</translation>
    </message>
    <message>
      <source>owner is {count} characters long</source>
      <translation>el responsable tiene {count} caracteres</translation>
    </message>
  </context>
  <context>
    <name>plurals</name>
    <message numerus="yes">
      <source>Searched the first %n words.</source>
      <translation>
        <numerusform>Búsqueda limitada a la primera palabra (%n).</numerusform>
        <numerusform>Búsqueda limitada a las %n primeras palabras.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} is more than %n years ahead: leave the field again to keep it, or correct it</source>
      <translation>
        <numerusform>{date} está a más de %n año en el futuro: salga de nuevo del campo para conservarla o corríjala</numerusform>
        <numerusform>{date} está a más de %n años en el futuro: salga de nuevo del campo para conservarla o corríjala</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First %n matches shown; add words or raise --limit.</source>
      <translation>
        <numerusform>Se muestra el primer resultado (%n); añada palabras o aumente --limit.</numerusform>
        <numerusform>Se muestran los %n primeros resultados; añada palabras o aumente --limit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n next steps to {file}</source>
      <translation>
        <numerusform>%n próximo paso escrito en {file}</numerusform>
        <numerusform>%n próximos pasos escritos en {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the shared file to pass them on.</source>
      <translation>
        <numerusform>Se ha corregido la fecha de %n cambio hecho mientras el reloj de este equipo iba adelantado. Sincronice con el archivo compartido para transmitirlo.</numerusform>
        <numerusform>Se ha corregido la fecha de %n cambios hechos mientras el reloj de este equipo iba adelantado. Sincronice con el archivo compartido para transmitirlos.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</source>
      <translation>
        <numerusform>Se ha corregido la fecha de %n cambio hecho mientras el reloj de este equipo iba adelantado; {file} reescrito. Los demás equipos ya pueden sincronizar.</numerusform>
        <numerusform>Se ha corregido la fecha de %n cambios hechos mientras el reloj de este equipo iba adelantado; {file} reescrito. Los demás equipos ya pueden sincronizar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>{file} creado — este equipo: {here}; el archivo: {there}; %n copia en conflicto combinada.</numerusform>
        <numerusform>{file} creado — este equipo: {here}; el archivo: {there}; %n copias en conflicto combinadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>Sincronizado con {file} — este equipo: {here}; el archivo: {there}; %n copia en conflicto combinada.</numerusform>
        <numerusform>Sincronizado con {file} — este equipo: {here}; el archivo: {there}; %n copias en conflicto combinadas.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{new} new, {updated} updated, %n conflict(s), {deleted} deleted</source>
      <translation>
        <numerusform>nuevos: {new}, actualizados: {updated}, %n conflicto, eliminados: {deleted}</numerusform>
        <numerusform>nuevos: {new}, actualizados: {updated}, %n conflictos, eliminados: {deleted}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) on this laptop; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>Esta sincronización eliminaría {deleted} de %n registro en este equipo; se ha retenido. Confirme para continuar.</numerusform>
        <numerusform>Esta sincronización eliminaría {deleted} de %n registros en este equipo; se ha retenido. Confirme para continuar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) in the shared file; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>Esta sincronización eliminaría {deleted} de %n registro en el archivo compartido; se ha retenido. Confirme para continuar.</numerusform>
        <numerusform>Esta sincronización eliminaría {deleted} de %n registros en el archivo compartido; se ha retenido. Confirme para continuar.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.</source>
      <translation>
        <numerusform>Sincronizado con {server} — este equipo: {here}; enviada %n versión nueva de {records} registros.</numerusform>
        <numerusform>Sincronizado con {server} — este equipo: {here}; enviadas %n versiones nuevas de {records} registros.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>record names</name>
    <message>
      <source>Event</source>
      <translation>Evento</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Eventos</translation>
    </message>
    <message>
      <source>Untitled event</source>
      <translation>Evento sin título</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Sesiones</translation>
    </message>
    <message>
      <source>Untitled session</source>
      <translation>Sesión sin título</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>Mesa temática</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>Mesas temáticas</translation>
    </message>
    <message>
      <source>Untitled table</source>
      <translation>Mesa sin título</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <source>Presentations</source>
      <translation>Presentaciones</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sin título)</translation>
    </message>
    <message>
      <source>Key outcome</source>
      <translation>Resultado clave</translation>
    </message>
    <message>
      <source>Key outcomes</source>
      <translation>Resultados clave</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Próximo paso</translation>
    </message>
    <message>
      <source>Next steps to implementing solutions</source>
      <translation>Próximos pasos para aplicar soluciones</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <source>Ideas</source>
      <translation>Ideas</translation>
    </message>
    <message>
      <source>Carried next step</source>
      <translation>Próximo paso arrastrado</translation>
    </message>
    <message>
      <source>Carried next steps</source>
      <translation>Próximos pasos arrastrados</translation>
    </message>
    <message>
      <source>(carried next step)</source>
      <translation>(próximo paso arrastrado)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Elemento</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Elementos</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Upcoming</source>
      <translation>Próximos</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Pasados</translation>
    </message>
  </context>
  <context>
    <name>record state</name>
    <message>
      <source>two different values carry the stamp {time} of {device}</source>
      <translation>dos valores distintos llevan la marca de tiempo {time} de {device}</translation>
    </message>
  </context>
  <context>
    <name>search</name>
    <message>
      <source>Searched the first {count} characters.</source>
      <translation>Búsqueda limitada a los {count} primeros caracteres.</translation>
    </message>
    <message>
      <source>Type letters or numbers to search: symbols alone match nothing.</source>
      <translation>Escriba letras o números para buscar: los símbolos por sí solos no coinciden con nada.</translation>
    </message>
    <message>
      <source>key outcome</source>
      <translation>resultado clave</translation>
    </message>
    <message>
      <source>next step</source>
      <translation>próximo paso</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>idea</translation>
    </message>
    <message>
      <source>item</source>
      <translation>elemento</translation>
    </message>
    <message>
      <source>marketplace table</source>
      <translation>mesa temática</translation>
    </message>
    <message>
      <source>slide</source>
      <translation>diapositiva</translation>
    </message>
    <message>
      <source>event</source>
      <translation>evento</translation>
    </message>
    <message>
      <source>session</source>
      <translation>sesión</translation>
    </message>
    <message>
      <source>panel member</source>
      <translation>panelista</translation>
    </message>
    <message>
      <source>session notes</source>
      <translation>notas de la sesión</translation>
    </message>
    <message>
      <source>table host</source>
      <translation>anfitrión de la mesa</translation>
    </message>
    <message>
      <source>table participants</source>
      <translation>participantes de la mesa</translation>
    </message>
    <message>
      <source>next step owner</source>
      <translation>responsable del próximo paso</translation>
    </message>
    <message>
      <source>slide caption</source>
      <translation>leyenda de la diapositiva</translation>
    </message>
    <message>
      <source>slide file</source>
      <translation>archivo de la diapositiva</translation>
    </message>
  </context>
  <context>
    <name>shared file</name>
    <message>
      <source>{file} stayed locked by another program (WinError {code}).</source>
      <translation>{file} siguió bloqueado por otro programa (WinError {code}).</translation>
    </message>
  </context>
  <context>
    <name>spelled date</name>
    <message>
      <source>January</source>
      <translation>enero</translation>
    </message>
    <message>
      <source>February</source>
      <translation>febrero</translation>
    </message>
    <message>
      <source>March</source>
      <translation>marzo</translation>
    </message>
    <message>
      <source>April</source>
      <translation>abril</translation>
    </message>
    <message>
      <source>May</source>
      <translation>mayo</translation>
    </message>
    <message>
      <source>June</source>
      <translation>junio</translation>
    </message>
    <message>
      <source>July</source>
      <translation>julio</translation>
    </message>
    <message>
      <source>August</source>
      <translation>agosto</translation>
    </message>
    <message>
      <source>September</source>
      <translation>septiembre</translation>
    </message>
    <message>
      <source>October</source>
      <translation>octubre</translation>
    </message>
    <message>
      <source>November</source>
      <translation>noviembre</translation>
    </message>
    <message>
      <source>December</source>
      <translation>diciembre</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{day} de {month} de {year}</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>This data folder was written by a newer CMCoord Desktop (schema {version}, this program knows up to {known}). Please update the program.</source>
      <translation>Esta carpeta de datos la escribió una versión más reciente de CMCoord Desktop (esquema {version}; este programa conoce hasta el {known}). Actualice el programa.</translation>
    </message>
    <message>
      <source>CMCoord Desktop is already open on {folder}. Switch to that window, or close it first.</source>
      <translation>CMCoord Desktop ya está abierto en {folder}. Cambie a esa ventana o ciérrela primero.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk holding it is full. Free some space.</source>
      <translation>No guardado: CMCoord Desktop no pudo escribir en su carpeta de datos {folder}: el disco que la contiene está lleno. Libere espacio.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk reported an error. Check that the drive is still connected.</source>
      <translation>No guardado: CMCoord Desktop no pudo escribir en su carpeta de datos {folder}: el disco notificó un error. Compruebe que la unidad sigue conectada.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: it can no longer be written to. Check the folder's permissions.</source>
      <translation>No guardado: CMCoord Desktop no pudo escribir en su carpeta de datos {folder}: ya no se puede escribir en ella. Compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file cannot be opened. Check that the drive is connected.</source>
      <translation>No guardado: CMCoord Desktop no pudo escribir en su carpeta de datos {folder}: no se puede abrir su archivo de base de datos. Compruebe que la unidad esté conectada.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database stayed busy too long. Try again in a moment.</source>
      <translation>No guardado: CMCoord Desktop no pudo escribir en su carpeta de datos {folder}: su base de datos estuvo ocupada demasiado tiempo. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file is damaged. Keep a copy of the folder and ask for help.</source>
      <translation>No guardado: CMCoord Desktop no pudo escribir en su carpeta de datos {folder}: su archivo de base de datos está dañado. Guarde una copia de la carpeta y pida ayuda.</translation>
    </message>
    <message>
      <source>There is no CMCoord Desktop data in {folder}: check the folder (--data-dir) and try again.</source>
      <translation>No hay datos de CMCoord Desktop en {folder}: compruebe la carpeta (--data-dir) y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>The data in {folder} was written by an older CMCoord Desktop: open it once in the window (cmcoord-desktop --data-dir FOLDER), which brings it up to date, then try again.</source>
      <translation>Los datos de {folder} los escribió una versión anterior de CMCoord Desktop: ábralos una vez en la ventana (cmcoord-desktop --data-dir FOLDER), que los actualiza, y vuelva a intentarlo.</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB an import reads.</source>
      <translation>No se ha escrito: {file} ocuparía {size} MiB, más que los {limit} MiB que lee una importación.</translation>
    </message>
    <message>
      <source>re-dating would change what {id} shows</source>
      <translation>corregir la fecha cambiaría lo que muestra {id}</translation>
    </message>
    <message>
      <source>a change dated in the future was not re-dated</source>
      <translation>un cambio con fecha futura no se ha corregido</translation>
    </message>
    <message>
      <source>changes of several laptops are dated in the future: {laptops}</source>
      <translation>hay cambios de varios equipos con fecha futura: {laptops}</translation>
    </message>
    <message>
      <source>there is no room to re-date these changes before the limit</source>
      <translation>no hay margen para corregir la fecha de estos cambios antes del límite</translation>
    </message>
    <message>
      <source>{file} rewritten with the changes this laptop re-dated earlier. Other laptops can sync again.</source>
      <translation>{file} reescrito con los cambios cuya fecha este equipo corrigió antes. Los demás equipos ya pueden sincronizar.</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>Leyendo {file}</translation>
    </message>
    <message>
      <source>Taking in the shared file</source>
      <translation>Incorporando el archivo compartido</translation>
    </message>
    <message>
      <source>Re-dating</source>
      <translation>Corrigiendo fechas</translation>
    </message>
    <message>
      <source>{file} changed during the repair ({reason}).</source>
      <translation>{file} cambió durante la reparación ({reason}).</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecho</translation>
    </message>
    <message>
      <source>The shared file contradicts an earlier repair ({reason}).</source>
      <translation>El archivo compartido contradice una reparación anterior ({reason}).</translation>
    </message>
    <message>
      <source>These changes cannot be re-dated exactly ({reason}).</source>
      <translation>No se puede corregir con exactitud la fecha de estos cambios ({reason}).</translation>
    </message>
    <message>
      <source>This laptop's records kept changing during the repair; try again.</source>
      <translation>Los registros de este equipo no dejaron de cambiar durante la reparación; vuelva a intentarlo.</translation>
    </message>
    <message>
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <source>Changes from {laptops} are dated more than {minutes} minutes ahead of this laptop's clock too. If this laptop's date is behind, correct its date and time first; otherwise re-date them on that laptop first.</source>
      <translation>También hay cambios de {laptops} con fecha más de {minutes} minutos por delante del reloj de este equipo. Si la fecha de este equipo está atrasada, corrija primero su fecha y hora; si no, corrija primero la fecha de esos cambios en ese equipo.</translation>
    </message>
    <message>
      <source>Correct this laptop's date and time first: every change here is dated more than {minutes} minutes after {when} UTC, so nothing shows that its clock is right now.</source>
      <translation>Corrija primero la fecha y hora de este equipo: todos los cambios aquí tienen fecha más de {minutes} minutos posterior a {when} UTC, así que nada indica que su reloj sea correcto ahora.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>Nada que reparar: ningún cambio aquí tiene fecha más de {minutes} minutos posterior al reloj de este equipo ({when} UTC). Si esa fecha es incorrecta, corríjala primero.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here or in {file} is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>Nada que reparar: ningún cambio aquí ni en {file} tiene fecha más de {minutes} minutos posterior al reloj de este equipo ({when} UTC). Si esa fecha es incorrecta, corríjala primero.</translation>
    </message>
    <message>
      <source>cmcoord-desktop: left {file} alone: {reason}</source>
      <translation>cmcoord-desktop: {file} se deja sin tocar: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: held back {file}, the rest synced: {reason}</source>
      <translation>cmcoord-desktop: {file} retenido, el resto se ha sincronizado: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not repaired: {reason}</source>
      <translation>cmcoord-desktop: no reparado: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason}</source>
      <translation>cmcoord-desktop: no sincronizado: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason} (use --allow-deletes)</source>
      <translation>cmcoord-desktop: no sincronizado: {reason} (use --allow-deletes)</translation>
    </message>
    <message>
      <source>The records in {file}</source>
      <translation>El conjunto de registros de {file}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not imported: {reason}</source>
      <translation>cmcoord-desktop: no importado: {reason}</translation>
    </message>
    <message>
      <source>Imported {file}: {new} new, {updated} updated, {conflicts} to review</source>
      <translation>{file} importado: nuevos: {new}, actualizados: {updated}, por revisar: {conflicts}</translation>
    </message>
    <message>
      <source>{name} refers to a slide that is not in {folder} ({slide}…); copy that folder with the file.</source>
      <translation>{name} remite a una diapositiva que no está en {folder} ({slide}…); copie esa carpeta junto con el archivo.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is not a slide file.</source>
      <translation>{name}: la diapositiva {slide}… no es un archivo de diapositiva.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is damaged.</source>
      <translation>{name}: la diapositiva {slide}… está dañada.</translation>
    </message>
    <message>
      <source>Record {id} is a {kind} in one copy and a different record in another; one of the copies is damaged.</source>
      <translation>El registro {id} es de tipo {kind} en una copia y otro registro distinto en otra; una de las copias está dañada.</translation>
    </message>
    <message>
      <source>Record {id} is damaged in one of the copies: {reason}.</source>
      <translation>El registro {id} está dañado en una de las copias: {reason}.</translation>
    </message>
    <message>
      <source>A {kind} ({id}) belongs to a record that is in neither this laptop nor the file; the file is incomplete or damaged.</source>
      <translation>Un registro {kind} ({id}) pertenece a un registro que no está ni en este equipo ni en el archivo; el archivo está incompleto o dañado.</translation>
    </message>
    <message>
      <source>{name} is damaged: its records are not a list.</source>
      <translation>{name} está dañado: sus registros no forman una lista.</translation>
    </message>
    <message>
      <source>{name} is damaged: a record is not shaped like a record.</source>
      <translation>{name} está dañado: un registro no tiene la forma de un registro.</translation>
    </message>
    <message>
      <source>{name} is damaged: {id} is not a record id.</source>
      <translation>{name} está dañado: {id} no es un identificador de registro.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} appears twice.</source>
      <translation>{name} está dañado: el registro {id} aparece dos veces.</translation>
    </message>
    <message>
      <source>{name} holds a record of unknown kind {kind}.</source>
      <translation>{name} contiene un registro de tipo desconocido {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} lacks its parent.</source>
      <translation>{name} está dañado: a {kind} {id} le falta su elemento superior.</translation>
    </message>
    <message>
      <source>{name} holds an item of unknown kind {kind}.</source>
      <translation>{name} contiene un elemento de tipo desconocido {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: a parent id is not a valid id.</source>
      <translation>{name} está dañado: un identificador de elemento superior no es válido.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} has no fields.</source>
      <translation>{name} está dañado: {kind} {id} no tiene campos.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} field {field} this program does not know.</source>
      <translation>{name} contiene un campo {field} de {kind} que este programa no conoce.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} are not a short list.</source>
      <translation>{name} está dañado: las versiones de un campo {field} de {kind} no forman una lista corta.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of a {kind} {field} is malformed.</source>
      <translation>{name} está dañado: una versión de un campo {field} de {kind} está mal formada.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} no one could have typed: {problem}. Nothing was changed.</source>
      <translation>{name} contiene un campo {field} de {kind} que nadie podría haber escrito: {problem}. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of {kind} {field} does not carry its own stamp.</source>
      <translation>{name} está dañado: una versión del campo {field} de {kind} no lleva su propia marca de tiempo.</translation>
    </message>
    <message>
      <source>{name} is damaged: a stamp is out of range.</source>
      <translation>{name} está dañado: una marca de tiempo está fuera de rango.</translation>
    </message>
    <message>
      <source>{name} is damaged: {device} is not a laptop's id.</source>
      <translation>{name} está dañado: {device} no es un identificador de equipo.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} that is too large.</source>
      <translation>{name} contiene un campo {field} de {kind} demasiado grande.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} field {field} holds a bad value ({reason}).</source>
      <translation>{name} está dañado: el campo {field} de {kind} contiene un valor incorrecto ({reason}).</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} longer than {limit}.</source>
      <translation>{name} contiene un campo {field} de {kind} de más de {limit} caracteres.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} number out of range.</source>
      <translation>{name} contiene un número fuera de rango en el campo {field} de {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} contradict each other.</source>
      <translation>{name} está dañado: las versiones de un campo {field} de {kind} se contradicen.</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>otro equipo</translation>
    </message>
    <message>
      <source>{name} holds changes from {laptops} dated up to {when} UTC, more than {minutes} minutes ahead of this laptop's clock: that laptop's clock was ahead when it made them. On that laptop, once its clock is right, File › Sync with shared file… offers to re-date them (or run: cmcoord-desktop repair-clock {name}); then sync here again.</source>
      <translation>{name} contiene cambios de {laptops} con fecha de hasta {when} UTC, más de {minutes} minutos por delante del reloj de este equipo: el reloj de ese equipo iba adelantado cuando se hicieron. En ese equipo, una vez corregido su reloj, Archivo › Sincronizar con archivo compartido… ofrece corregir su fecha (o ejecute: cmcoord-desktop repair-clock {name}); después vuelva a sincronizar aquí.</translation>
    </message>
    <message>
      <source>The folder {folder} is not there: is the USB stick or network share connected?</source>
      <translation>La carpeta {folder} no está: ¿está conectada la memoria USB o la unidad de red compartida?</translation>
    </message>
    <message>
      <source>{file} cannot be read right now ({reason}); nothing was changed. Sync again in a moment.</source>
      <translation>{file} no se puede leer en este momento ({reason}); no se ha cambiado nada. Vuelva a sincronizar dentro de un momento.</translation>
    </message>
    <message>
      <source>Could not write the slides beside {file} ({reason}); this laptop kept everything. Sync again later.</source>
      <translation>No se han podido escribir las diapositivas junto a {file} ({reason}); este equipo lo ha conservado todo. Vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB every laptop reads; nothing in it was replaced. Shorten the longest notes and sync again.</source>
      <translation>No se ha escrito: {file} ocuparía {size} MiB, más que los {limit} MiB que lee cada equipo; no se ha sustituido nada en él. Acorte las notas más largas y vuelva a sincronizar.</translation>
    </message>
    <message>
      <source>Could not make the folder {folder} beside {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>No se ha podido crear la carpeta {folder} junto a {file} ({reason}); este equipo ha conservado todo lo que combinó. Vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>No se ha podido escribir {file} ({reason}); este equipo ha conservado todo lo que combinó. Vuelva a sincronizar más tarde.</translation>
    </message>
    <message>
      <source>{file} in {folder} was replaced by another program right after this laptop wrote it; this laptop kept everything it merged. Sync again.</source>
      <translation>{file} en {folder} fue sustituido por otro programa justo después de que este equipo lo escribiera; este equipo ha conservado todo lo que combinó. Vuelva a sincronizar.</translation>
    </message>
    <message>
      <source>Writing {file}</source>
      <translation>Escribiendo {file}</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept its re-dated changes. Run the repair again later to rewrite the file.</source>
      <translation>No se ha podido escribir {file} ({reason}); este equipo ha conservado sus cambios con la fecha corregida. Vuelva a ejecutar la reparación más tarde para reescribir el archivo.</translation>
    </message>
    <message>
      <source>Checking {file}</source>
      <translation>Comprobando {file}</translation>
    </message>
    <message>
      <source>{file} kept changing while other laptops synced; this laptop kept its re-dated changes. Run the repair again in a moment to rewrite the file.</source>
      <translation>{file} no dejó de cambiar mientras otros equipos sincronizaban; este equipo ha conservado sus cambios con la fecha corregida. Vuelva a ejecutar la reparación dentro de un momento para reescribir el archivo.</translation>
    </message>
    <message>
      <source>The file</source>
      <translation>El archivo</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes).</source>
      <translation>{name} es demasiado grande ({size} bytes).</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} está vacío.</translation>
    </message>
    <message>
      <source>{name} is damaged: its data is nested too deeply.</source>
      <translation>{name} está dañado: sus datos están anidados a demasiada profundidad.</translation>
    </message>
    <message>
      <source>{name} is damaged or incomplete ({reason}).</source>
      <translation>{name} está dañado o incompleto ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: it has no {keys}.</source>
      <translation>{name} está dañado: no tiene {keys}.</translation>
    </message>
    <message>
      <source>{name} is damaged: its checksum does not match its contents.</source>
      <translation>{name} está dañado: su suma de comprobación no coincide con su contenido.</translation>
    </message>
    <message>
      <source>{name} is damaged: it says {count} records but holds {held}.</source>
      <translation>{name} está dañado: indica {count} registros pero contiene {held}.</translation>
    </message>
    <message>
      <source>{name} does not exist.</source>
      <translation>{name} no existe.</translation>
    </message>
    <message>
      <source>{name} is a folder, not a records file.</source>
      <translation>{name} es una carpeta, no un archivo de registros.</translation>
    </message>
    <message>
      <source>{name} is not a regular file.</source>
      <translation>{name} no es un archivo normal.</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes; the limit is {limit}).</source>
      <translation>{name} es demasiado grande ({size} bytes; el límite es {limit}).</translation>
    </message>
    <message>
      <source>{name} is not a CMCoord Desktop records file.</source>
      <translation>{name} no es un archivo de registros de CMCoord Desktop.</translation>
    </message>
    <message>
      <source>{name} is damaged: its format version is unreadable.</source>
      <translation>{name} está dañado: su versión de formato es ilegible.</translation>
    </message>
    <message>
      <source>{name} was written by a newer CMCoord Desktop (format {found}; this program reads {reads}.x). Please update the program.</source>
      <translation>{name} fue escrito por una versión más reciente de CMCoord Desktop (formato {found}; este programa lee {reads}.x). Actualice el programa.</translation>
    </message>
    <message>
      <source>{name} is in format {found}, which this program cannot read.</source>
      <translation>{name} está en el formato {found}, que este programa no puede leer.</translation>
    </message>
    <message>
      <source>{name} is damaged or not ours ({reason}).</source>
      <translation>{name} está dañado o no es nuestro ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: the key "{key}" appears twice.</source>
      <translation>{name} está dañado: la clave "{key}" aparece dos veces.</translation>
    </message>
    <message>
      <source>{name} was changed by another program (it is not exactly what CMCoord Desktop writes).</source>
      <translation>{name} fue modificado por otro programa (no es exactamente lo que escribe CMCoord Desktop).</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {deleted} deleted</source>
      <translation>nuevos: {new}, actualizados: {updated}, eliminados: {deleted}</translation>
    </message>
    <message>
      <source>the records on this laptop changed since the preview</source>
      <translation>los registros de este equipo han cambiado desde la vista previa</translation>
    </message>
    <message>
      <source>{file} changed since the preview</source>
      <translation>{file} ha cambiado desde la vista previa</translation>
    </message>
    <message>
      <source>another laptop's file in the shared place changed since the preview</source>
      <translation>el archivo de otro equipo en la ubicación compartida ha cambiado desde la vista previa</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>Combinando</translation>
    </message>
    <message>
      <source>{file} holds another workshop (no event in common with this laptop's); nothing was changed. To merge both workshops, sync again and confirm (on the command line: --merge-other-workshop).</source>
      <translation>{file} contiene otro taller (ningún evento en común con el de este equipo); no se ha cambiado nada. Para combinar ambos talleres, vuelva a sincronizar y confirme (en la línea de comandos: --merge-other-workshop).</translation>
    </message>
    <message>
      <source>Saving on this laptop</source>
      <translation>Guardando en este equipo</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than {minutes} minutes ahead of its clock now; in {file} they would be held back by every other laptop. Re-date them first: File › Sync with shared file… offers it, or run: cmcoord-desktop repair-clock {file}</source>
      <translation>Los cambios hechos en este equipo mientras su reloj iba adelantado tienen fecha de hasta {when} UTC, más de {minutes} minutos por delante de su reloj actual; en {file}, todos los demás equipos los retendrían. Corrija primero su fecha: Archivo › Sincronizar con archivo compartido… lo ofrece, o ejecute: cmcoord-desktop repair-clock {file}</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, and the changes of all {count} other laptops are dated more than {minutes} minutes after that. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>El reloj de este equipo va atrasado: indica {now} UTC, y los cambios de los {count} otros equipos tienen fecha más de {minutes} minutos posterior. Corrija la fecha y hora de este equipo y vuelva a sincronizar; no se ha cambiado nada.</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, but changes it already holds are dated up to {newest} UTC. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>El reloj de este equipo va atrasado: indica {now} UTC, pero cambios que ya tiene están fechados hasta {newest} UTC. Corrija la fecha y hora de este equipo y vuelva a sincronizar; no se ha cambiado nada.</translation>
    </message>
  </context>
  <context>
    <name>team_server</name>
    <message>
      <source>That is not a server address; it looks like postgresql://USER@HOST/DATABASE.</source>
      <translation>Esa no es una dirección de servidor; tiene la forma postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
      <source>Leave the password out of the server address: the address is remembered and shown. You will be asked for it (and it is kept in the system keyring), or put it in .pgpass.</source>
      <translation>No incluya la contraseña en la dirección del servidor: la dirección se recuerda y se muestra. Se le pedirá (y se guardará en el llavero del sistema), o póngala en .pgpass.</translation>
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation>Contraseña para {server}: </translation>
    </message>
    <message>
      <source>Set up the team server {server} (schema {schema}).</source>
      <translation>Servidor de equipo {server} configurado (esquema {schema}).</translation>
    </message>
    <message>
      <source>The team server {server} is at schema {schema} (was {was}); roles granted again.</source>
      <translation>El servidor de equipo {server} está en el esquema {schema} (estaba en el {was}); funciones concedidas de nuevo.</translation>
    </message>
    <message>
      <source>Removed {versions} superseded versions and {attachments} unused attachments from {server}.</source>
      <translation>Versiones sustituidas eliminadas: {versions}; adjuntos sin uso eliminados: {attachments} (en {server}).</translation>
    </message>
    <message>
      <source>Added {name} to {server} as an observer ({group}).</source>
      <translation>{name} añadido a {server} como observador ({group}).</translation>
    </message>
    <message>
      <source>Added {name} to {server} as a member ({group}).</source>
      <translation>{name} añadido a {server} como miembro ({group}).</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>Nueva contraseña para {name}: </translation>
    </message>
    <message>
      <source>Once more: </source>
      <translation>Otra vez: </translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>Las dos contraseñas no coinciden; no se ha cambiado nada.</translation>
    </message>
    <message>
      <source>{server} asks for a password: run the sync where it can be asked for, or add it to .pgpass.</source>
      <translation>{server} pide una contraseña: ejecute la sincronización donde se pueda pedir, o añádala a .pgpass.</translation>
    </message>
    <message>
      <source>The certificate of {host} is made out to another name: this may not be your team server. Nothing was changed; ask its administrator.</source>
      <translation>El certificado de {host} está emitido a otro nombre: puede que no sea su servidor de equipo. No se ha cambiado nada; consulte a su administrador.</translation>
    </message>
    <message>
      <source>The certificate of {host} cannot be checked: this laptop has no certificate of the authority that signed it (~/.postgresql/root.crt). Nothing was changed; ask the server's administrator for it.</source>
      <translation>No se puede comprobar el certificado de {host}: este equipo no tiene el certificado de la autoridad que lo firmó (~/.postgresql/root.crt). No se ha cambiado nada; pídaselo al administrador del servidor.</translation>
    </message>
    <message>
      <source>The certificate of {host} could not be verified: it is not signed by an authority this laptop trusts, or it expired. Nothing was changed; ask its administrator.</source>
      <translation>No se ha podido verificar el certificado de {host}: no está firmado por una autoridad de confianza para este equipo, o ha caducado. No se ha cambiado nada; consulte a su administrador.</translation>
    </message>
    <message>
      <source>{host} does not offer an encrypted connection (TLS), so this laptop will not send anything to it. Ask its administrator to turn TLS on.</source>
      <translation>{host} no ofrece una conexión cifrada (TLS), así que este equipo no le enviará nada. Pida a su administrador que active TLS.</translation>
    </message>
    <message>
      <source>The server {server} did not accept the password. Nothing was changed.</source>
      <translation>El servidor {server} no ha aceptado la contraseña. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The server has no database {database}. Nothing was changed.</source>
      <translation>El servidor no tiene ninguna base de datos {database}. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The server has no account {account}. Nothing was changed.</source>
      <translation>El servidor no tiene ninguna cuenta {account}. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The server {server} does not let this account in from here. Nothing was changed.</source>
      <translation>El servidor {server} no permite la entrada de esta cuenta desde aquí. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>Could not reach the team server {server} ({reason}). This laptop kept everything.</source>
      <translation>No se ha podido contactar con el servidor de equipo {server} ({reason}). Este equipo lo ha conservado todo.</translation>
    </message>
    <message>
      <source>{name} cannot be an account name: use lower-case letters, digits, _ . or -, starting with a letter (at most 63).</source>
      <translation>{name} no puede ser un nombre de cuenta: use letras minúsculas, cifras, _ . o -, empezando por una letra (63 como máximo).</translation>
    </message>
    <message>
      <source>Give the account a password of at least 12 characters.</source>
      <translation>Dé a la cuenta una contraseña de al menos 12 caracteres.</translation>
    </message>
    <message>
      <source>The server already has an account {name}; nothing changed.</source>
      <translation>El servidor ya tiene una cuenta {name}; no ha cambiado nada.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} has no readable parent; nothing was changed on this laptop.</source>
      <translation>{name} está dañado: el registro {id} no tiene un elemento superior legible; no se ha cambiado nada en este equipo.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} is stored as two different records; nothing was changed on this laptop.</source>
      <translation>{name} está dañado: el registro {id} está guardado como dos registros distintos; no se ha cambiado nada en este equipo.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} has no value; nothing was changed on this laptop.</source>
      <translation>{name} está dañado: una versión del registro {id} no tiene valor; no se ha cambiado nada en este equipo.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} {field} is unreadable; nothing was changed on this laptop.</source>
      <translation>{name} está dañado: una versión del registro {id} {field} es ilegible; no se ha cambiado nada en este equipo.</translation>
    </message>
    <message>
      <source>{database} on {server}</source>
      <translation>{database} en {server}</translation>
    </message>
    <message>
      <source>The database {where} is not set up as a team server. Its administrator sets it up with: cmcoord-desktop server init URL. Nothing was changed.</source>
      <translation>La base de datos {where} no está configurada como servidor de equipo. Su administrador la configura con: cmcoord-desktop server init URL. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The database {where} holds another program's tables named cmcoord; nothing was changed. Check the address.</source>
      <translation>La base de datos {where} contiene tablas de otro programa llamadas cmcoord; no se ha cambiado nada. Compruebe la dirección.</translation>
    </message>
    <message>
      <source>The team server {where} is damaged: no schema version.</source>
      <translation>El servidor de equipo {where} está dañado: no tiene versión de esquema.</translation>
    </message>
    <message>
      <source>The team server {where} was set up by a newer CMCoord Desktop (schema {version}, this one knows {known}); update this program. Nothing was changed.</source>
      <translation>El servidor de equipo {where} fue configurado por una versión más reciente de CMCoord Desktop (esquema {version}; esta conoce el {known}); actualice este programa. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The team server {where} needs upgrading to this release's schema: its administrator runs cmcoord-desktop server init URL again. Nothing was changed.</source>
      <translation>El servidor de equipo {where} debe actualizarse al esquema de esta versión: su administrador vuelve a ejecutar cmcoord-desktop server init URL. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>This database already has a schema named cmcoord that is not CMCoord Desktop's; nothing was changed. Use another database.</source>
      <translation>Esta base de datos ya tiene un esquema llamado cmcoord que no es de CMCoord Desktop; no se ha cambiado nada. Use otra base de datos.</translation>
    </message>
    <message>
      <source>This team server was set up by a newer CMCoord Desktop (schema {version}); update this program first. Nothing was changed.</source>
      <translation>Este servidor de equipo fue configurado por una versión más reciente de CMCoord Desktop (esquema {version}); actualice primero este programa. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The account {account} may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>La cuenta {account} no puede configurar el servidor de equipo ({reason}); use la cuenta del propietario de la base de datos con derecho a crear funciones (CREATEROLE). No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>The account you used may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>La cuenta utilizada no puede configurar el servidor de equipo ({reason}); use la cuenta del propietario de la base de datos con derecho a crear funciones (CREATEROLE). No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>Synced with {server}: this laptop {here}; this account only reads, nothing sent.</source>
      <translation>Sincronizado con {server} — este equipo: {here}; esta cuenta solo lee, no se ha enviado nada.</translation>
    </message>
    <message>
      <source>Connecting to {server}</source>
      <translation>Conectando con {server}</translation>
    </message>
    <message>
      <source>The team server {server}</source>
      <translation>El servidor de equipo {server}</translation>
    </message>
    <message>
      <source>Reading what is new</source>
      <translation>Leyendo lo nuevo</translation>
    </message>
    <message>
      <source>{name} is damaged: its tables are incomplete. Nothing was changed.</source>
      <translation>{name} está dañado: sus tablas están incompletas. No se ha cambiado nada.</translation>
    </message>
    <message>
      <source>Sending to {server}</source>
      <translation>Enviando a {server}</translation>
    </message>
    <message>
      <source>This laptop's id ({device}) is already used on the server by the account {account}: a copied data folder? Nothing was sent.</source>
      <translation>El identificador de este equipo ({device}) ya lo usa en el servidor la cuenta {account}: ¿una carpeta de datos copiada? No se ha enviado nada.</translation>
    </message>
    <message>
      <source>{server} refused this push: {reason}. Nobody may send changes in another laptop's name; nothing was sent.</source>
      <translation>{server} ha rechazado este envío: {reason}. Nadie puede enviar cambios en nombre de otro equipo; no se ha enviado nada.</translation>
    </message>
    <message>
      <source>The account {account} may not do that on {server} ({reason}); nothing was sent.</source>
      <translation>La cuenta {account} no puede hacer eso en {server} ({reason}); no se ha enviado nada.</translation>
    </message>
    <message>
      <source>The disk of {server} is full; nothing was sent and this laptop kept everything. Tell the server's administrator, then sync again.</source>
      <translation>El disco de {server} está lleno; no se ha enviado nada y este equipo lo ha conservado todo. Avise al administrador del servidor y vuelva a sincronizar.</translation>
    </message>
    <message>
      <source>The connection to {server} was lost; this laptop kept everything. Sync again in a moment.</source>
      <translation>Se ha perdido la conexión con {server}; este equipo lo ha conservado todo. Vuelva a sincronizar dentro de un momento.</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than a day ahead of its clock now; on {server} they would block every other laptop. Re-date them first: cmcoord-desktop repair-clock</source>
      <translation>Los cambios hechos en este equipo mientras su reloj iba adelantado tienen fecha de hasta {when} UTC, más de un día por delante de su reloj actual; en {server} bloquearían a todos los demás equipos. Corrija primero su fecha: cmcoord-desktop repair-clock</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A title is needed</source>
      <translation>Se necesita un título</translation>
    </message>
    <message>
      <source>A topic is needed</source>
      <translation>Se necesita un tema</translation>
    </message>
    <message>
      <source>Type a whole number, like 35</source>
      <translation>Escriba un número entero, por ejemplo 35</translation>
    </message>
    <message>
      <source>A count cannot be below zero</source>
      <translation>Un número no puede ser inferior a cero</translation>
    </message>
    <message>
      <source>That number is too large for a count</source>
      <translation>Ese número es demasiado grande para un recuento</translation>
    </message>
    <message>
      <source>Type a date like 2017-02-06 or 6 Feb 2017</source>
      <translation>Escriba una fecha como 2017-02-06 o 6/2/2017</translation>
    </message>
    <message>
      <source>Type a time like 09:30 or 2:30 pm</source>
      <translation>Escriba una hora como 09:30 o 2:30 pm</translation>
    </message>
    <message>
      <source>The end date is before the start date</source>
      <translation>La fecha de finalización es anterior a la de inicio</translation>
    </message>
    <message>
      <source>The start date is after the end date</source>
      <translation>La fecha de inicio es posterior a la de finalización</translation>
    </message>
    <message>
      <source>The session ends before it starts</source>
      <translation>La sesión termina antes de empezar</translation>
    </message>
    <message>
      <source>The session starts after it ends</source>
      <translation>La sesión empieza después de terminar</translation>
    </message>
    <message>
      <source>That value cannot be stored here</source>
      <translation>Ese valor no se puede guardar aquí</translation>
    </message>
    <message>
      <source>Removed an invisible direction-override character (it would reorder the text around it)</source>
      <translation>Se eliminó un carácter invisible de cambio de dirección (reordenaría el texto que lo rodea)</translation>
    </message>
    <message>
      <source>Read as {date}</source>
      <translation>Leído como {date}</translation>
    </message>
    <message>
      <source>{date} is before 1945: leave the field again to keep it, or correct it</source>
      <translation>{date} es anterior a 1945: salga de nuevo del campo para conservarla o corríjala</translation>
    </message>
  </context>
  <context>
    <name>value rules</name>
    <message>
      <source>not a whole number</source>
      <translation>no es un número entero</translation>
    </message>
    <message>
      <source>a count below zero ({value})</source>
      <translation>un número inferior a cero ({value})</translation>
    </message>
    <message>
      <source>a count too large ({value})</source>
      <translation>un número demasiado grande ({value})</translation>
    </message>
    <message>
      <source>a status not on the list ({value}; the list: open, in progress, done)</source>
      <translation>un estado que no figura en la lista ({value}; la lista: open, in progress, done)</translation>
    </message>
    <message>
      <source>a time that is not HH:MM ({value})</source>
      <translation>una hora que no tiene el formato HH:MM ({value})</translation>
    </message>
    <message>
      <source>a date that is not YYYY-MM-DD ({value})</source>
      <translation>una fecha que no tiene el formato AAAA-MM-DD ({value})</translation>
    </message>
    <message>
      <source>a direction-override character, which would reorder the text around it</source>
      <translation>un carácter de cambio de dirección, que reordenaría el texto que lo rodea</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>not base64: {reason}</source>
      <translation>no es base64: {reason}</translation>
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation>se esperaba {expected}, se recibió {got}</translation>
    </message>
  </context>
</TS>
