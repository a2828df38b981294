<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>About</name>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Папка данных</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>Файл журнала</translation>
    </message>
    <message>
      <source>not written (see the terminal)</source>
      <translation>не записан (см. терминал)</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>Создано с помощью</translation>
    </message>
    <message>
      <source>Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, and merge notes with co-facilitators through a shared file.</source>
      <translation>Записывайте результаты семинаров UN-CMCoord по ходу работы, экспортируйте резюме в PDF в тот же день и объединяйте заметки с коллегами-ведущими через общий файл.</translation>
    </message>
    <message>
      <source>Fonts in PDF summaries</source>
      <translation>Шрифты в резюме PDF</translation>
    </message>
    <message>
      <source>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji and Noto Sans Symbols 2; their licences:</source>
      <translation>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei и DejaVu Sans, а для эмодзи и символов (и в окне, если в системе нет шрифта эмодзи) — подмножества Noto Emoji и Noto Sans Symbols 2; их лицензии:</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>Библиотеки</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit unmodified in the program folder and can be replaced with compatible builds. Source: {link}.</source>
      <translation>Qt и PySide6 используются на условиях GNU LGPL версии 3: их общие библиотеки находятся в папке программы без изменений и могут быть заменены совместимыми сборками. Исходный код: {link}.</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About {program}</source>
      <translation>О программе {program}</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Спр&amp;авка</translation>
    </message>
    <message>
      <source>New &amp;event</source>
      <translation>Новое &amp;мероприятие</translation>
    </message>
    <message>
      <source>Add an event and type its title</source>
      <translation>Добавить мероприятие и ввести его название</translation>
    </message>
    <message>
      <source>New event from a &amp;past event…</source>
      <translation>Новое мероприятие на основе &amp;прошедшего…</translation>
    </message>
    <message>
      <source>A new event with the sessions and marketplace tables of a past one (of this data folder or of a records file), without their content</source>
      <translation>Новое мероприятие с заседаниями и тематическими столами прошедшего (из этой папки данных или из файла записей), без их содержания</translation>
    </message>
    <message>
      <source>New &amp;session</source>
      <translation>Новое &amp;заседание</translation>
    </message>
    <message>
      <source>Add a session to the selected event</source>
      <translation>Добавить заседание к выбранному мероприятию</translation>
    </message>
    <message>
      <source>New marketplace &amp;table</source>
      <translation>Новый тематический &amp;стол</translation>
    </message>
    <message>
      <source>Add a marketplace table (topic group) to the selected session</source>
      <translation>Добавить тематический стол (группу по теме) к выбранному заседанию</translation>
    </message>
    <message>
      <source>E&amp;xport summary…</source>
      <translation>&amp;Экспорт резюме…</translation>
    </message>
    <message>
      <source>Export a summary of the selected event: PDF, web page, Word, Markdown or e-mail</source>
      <translation>Экспортировать резюме выбранного мероприятия: PDF, веб-страница, Word, Markdown или электронное письмо</translation>
    </message>
    <message>
      <source>S&amp;ync with shared file…</source>
      <translation>С&amp;инхронизировать с общим файлом…</translation>
    </message>
    <message>
      <source>Merge your notes with co-facilitators' through one shared file</source>
      <translation>Объединить ваши заметки с заметками коллег-ведущих через общий файл</translation>
    </message>
    <message>
      <source>Sync with a tea&amp;m server…</source>
      <translation>Синхронизировать с сервером &amp;команды…</translation>
    </message>
    <message>
      <source>Merge your notes with the team's PostgreSQL server, and stay online with it</source>
      <translation>Объединить заметки с сервером PostgreSQL команды и оставаться на связи</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>Close CMCoord Desktop (everything is already saved)</source>
      <translation>Закрыть CMCoord Desktop (всё уже сохранено)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Найти…</translation>
    </message>
    <message>
      <source>Find any word of any event, session, table, outcome, next step, idea, note or caption</source>
      <translation>Найти любое слово мероприятия, заседания, стола, итога, следующего шага, идеи, заметки или подписи</translation>
    </message>
    <message>
      <source>Copy as e-&amp;mail</source>
      <translation>Копировать как &amp;письмо</translation>
    </message>
    <message>
      <source>Copy the selected event's summary, to paste into Outlook or Gmail as formatted text</source>
      <translation>Скопировать резюме выбранного мероприятия, чтобы вставить его в Outlook или Gmail как форматированный текст</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Move the selected event, session or table to the Trash</source>
      <translation>Переместить выбранное мероприятие, заседание или стол в корзину</translation>
    </message>
    <message>
      <source>Delete the event, session or table selected in a list (to the Trash)</source>
      <translation>Удалить мероприятие, заседание или стол, выбранные в списке (в корзину)</translation>
    </message>
    <message>
      <source>Move u&amp;p</source>
      <translation>Переместить вв&amp;ерх</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table up the list</source>
      <translation>Переместить выбранное заседание (в пределах дня) или тематический стол вверх по списку</translation>
    </message>
    <message>
      <source>Move up: the item being typed, or the session or table selected in a list</source>
      <translation>Вверх: вводимый пункт или заседание либо стол, выбранные в списке</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>В&amp;низ</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table down the list</source>
      <translation>Переместить выбранное заседание (в пределах дня) или тематический стол вниз по списку</translation>
    </message>
    <message>
      <source>Move down: the item being typed, or the session or table selected in a list</source>
      <translation>Вниз: вводимый пункт или заседание либо стол, выбранные в списке</translation>
    </message>
    <message>
      <source>Add key &amp;outcome</source>
      <translation>Добавить основной &amp;результат</translation>
    </message>
    <message>
      <source>Add a key outcome to the record in the editor</source>
      <translation>Добавить основной результат к записи в редакторе</translation>
    </message>
    <message>
      <source>Add &amp;next step</source>
      <translation>Добавить дальнейший &amp;шаг</translation>
    </message>
    <message>
      <source>Add a next step to the record in the editor</source>
      <translation>Добавить дальнейший шаг к записи в редакторе</translation>
    </message>
    <message>
      <source>Add &amp;idea</source>
      <translation>Добавить &amp;идею</translation>
    </message>
    <message>
      <source>Add an idea to the marketplace table in the editor</source>
      <translation>Добавить идею к тематическому столу в редакторе</translation>
    </message>
    <message>
      <source>&amp;Filter events</source>
      <translation>&amp;Отбор мероприятий</translation>
    </message>
    <message>
      <source>Filter the events by title, host or place</source>
      <translation>Отфильтровать мероприятия по названию, организатору или месту</translation>
    </message>
    <message>
      <source>Go to &amp;events</source>
      <translation>К &amp;мероприятиям</translation>
    </message>
    <message>
      <source>Go to &amp;sessions</source>
      <translation>К &amp;заседаниям</translation>
    </message>
    <message>
      <source>Go to marketplace &amp;tables</source>
      <translation>К тематическим &amp;столам</translation>
    </message>
    <message>
      <source>Go to e&amp;ditor</source>
      <translation>К &amp;редактору</translation>
    </message>
    <message>
      <source>T&amp;rash</source>
      <translation>&amp;Корзина</translation>
    </message>
    <message>
      <source>Show deleted records and restore them</source>
      <translation>Показать удалённые записи и восстановить их</translation>
    </message>
    <message>
      <source>&amp;Next steps</source>
      <translation>&amp;Следующие шаги</translation>
    </message>
    <message>
      <source>Every next step of every event: filter them, close them, export them</source>
      <translation>Все следующие шаги всех мероприятий: отбирать, закрывать, экспортировать</translation>
    </message>
    <message>
      <source>Needs re&amp;view</source>
      <translation>Требует &amp;проверки</translation>
    </message>
    <message>
      <source>Records where laptops disagreed: choose which value to keep</source>
      <translation>Записи, по которым компьютеры разошлись: выберите, какое значение оставить</translation>
    </message>
    <message>
      <source>Session &amp;clock</source>
      <translation>&amp;Часы заседания</translation>
    </message>
    <message>
      <source>Show the time since the selected session started</source>
      <translation>Показать время с начала выбранного заседания</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
      <source>List every keyboard shortcut</source>
      <translation>Показать все сочетания клавиш</translation>
    </message>
    <message>
      <source>&amp;About CMCoord Desktop</source>
      <translation>О &amp;программе CMCoord Desktop</translation>
    </message>
    <message>
      <source>Version, data folder, log file and licences</source>
      <translation>Версия, папка данных, файл журнала и лицензии</translation>
    </message>
    <message>
      <source>The next item, right after this one (in an item, or a next step's owner or due date)</source>
      <translation>Следующий пункт сразу после этого (в пункте или в поле ответственного либо срока дальнейшего шага)</translation>
    </message>
    <message>
      <source>A line break inside the item</source>
      <translation>Перенос строки внутри пункта</translation>
    </message>
    <message>
      <source>Delete the empty item and go back up</source>
      <translation>Удалить пустой пункт и вернуться вверх</translation>
    </message>
    <message>
      <source>Delete the item</source>
      <translation>Удалить пункт</translation>
    </message>
    <message>
      <source>The next field (a next step's text, owner, due date, status)</source>
      <translation>Следующее поле (текст, ответственный, срок, статус дальнейшего шага)</translation>
    </message>
    <message>
      <source>The previous field</source>
      <translation>Предыдущее поле</translation>
    </message>
    <message>
      <source>Paste a slide image into the session's presentation</source>
      <translation>Вставить изображение слайда в презентацию заседания</translation>
    </message>
  </context>
  <context>
    <name>AttachmentStrip</name>
    <message>
      <source>Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)</source>
      <translation>Слайды (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
      <source>That file is not an image or a PDF, so it was not added</source>
      <translation>Этот файл не является изображением или PDF, поэтому он не добавлен</translation>
    </message>
    <message>
      <source>Caption, e.g. the slide's title</source>
      <translation>Подпись, например название слайда</translation>
    </message>
    <message>
      <source>Remove this slide (Undo brings it back)</source>
      <translation>Убрать этот слайд (отмена возвращает его)</translation>
    </message>
    <message>
      <source>Slide removed</source>
      <translation>Слайд удалён</translation>
    </message>
    <message>
      <source>Slide removed: {file}</source>
      <translation>Слайд удалён: {file}</translation>
    </message>
    <message>
      <source>Its image was removed from every laptop after it was deleted; the caption is kept.</source>
      <translation>Изображение было удалено со всех ноутбуков после удаления слайда; подпись сохранена.</translation>
    </message>
    <message>
      <source>Caption of {file}</source>
      <translation>Подпись к {file}</translation>
    </message>
    <message>
      <source>Delete presentation: {file}</source>
      <translation>Удалить презентацию: {file}</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Презентация</translation>
    </message>
    <message>
      <source>Add a slide image…</source>
      <translation>Добавить изображение слайда…</translation>
    </message>
    <message>
      <source>or paste one (Ctrl+V), or drop a file here</source>
      <translation>или вставьте его (Ctrl+V), или перетащите сюда файл</translation>
    </message>
    <message>
      <source>Add presentation slide</source>
      <translation>Добавить слайд презентации</translation>
    </message>
    <message>
      <source>Could not read {file}: {reason}</source>
      <translation>Не удалось прочитать {file}: {reason}</translation>
    </message>
    <message>
      <source>Choose a presentation slide</source>
      <translation>Выберите слайд презентации</translation>
    </message>
    <message>
      <source>Delete slide</source>
      <translation>Удалить слайд</translation>
    </message>
  </context>
  <context>
    <name>BackgroundRunner</name>
    <message>
      <source>Something went wrong; nothing was lost, and the log has the details.</source>
      <translation>Произошла ошибка; ничего не потеряно, подробности — в журнале.</translation>
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
      <translation>Произошла ошибка: {summary}.

Ваши данные в сохранности: каждое изменение записывалось сразу. CMCoord Desktop продолжает работать; если что-то выглядит неправильно, закройте программу и откройте снова.

Подробности в файле журнала:
{log}
Отправьте этот файл и коротко опишите, что вы делали.</translation>
    </message>
    <message>
      <source>Something went wrong: {summary}.

Your data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.

The details could not be written to a log file.</source>
      <translation>Произошла ошибка: {summary}.

Ваши данные в сохранности: каждое изменение записывалось сразу. CMCoord Desktop продолжает работать; если что-то выглядит неправильно, закройте программу и откройте снова.

Подробности не удалось записать в файл журнала.</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not open its data folder {folder}: {reason}.

Nothing in the folder was deleted. Keep a copy of the folder before trying anything else, and ask for help with it.</source>
      <translation>CMCoord Desktop не удалось открыть папку данных {folder}: {reason}.

Ничего в папке не удалено. Сделайте копию папки, прежде чем предпринимать что-либо ещё, и обратитесь за помощью.</translation>
    </message>
    <message>
      <source>The details are in the log file:
{log}</source>
      <translation>Подробности в файле журнала:
{log}</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not start</source>
      <translation>Не удалось запустить CMCoord Desktop</translation>
    </message>
    <message>
      <source>CMCoord Desktop: unexpected error</source>
      <translation>CMCoord Desktop: непредвиденная ошибка</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sync</source>
      <translation>Синхронизировать</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Продолжить</translation>
    </message>
  </context>
  <context>
    <name>DueDelegate</name>
    <message>
      <source>Due date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>e.g. 15 March 2026; empty: no date</source>
      <translation>напр. 15 марта 2026; пусто — без даты</translation>
    </message>
    <message>
      <source>Due date not saved: {reason}</source>
      <translation>Срок не сохранён: {reason}</translation>
    </message>
    <message>
      <source>{doubt} Press Enter again to keep it.</source>
      <translation>{doubt} Нажмите Enter ещё раз, чтобы оставить.</translation>
    </message>
  </context>
  <context>
    <name>EventPicker</name>
    <message>
      <source>Events</source>
      <translation>Мероприятия</translation>
    </message>
    <message>
      <source>Events in the summary</source>
      <translation>Мероприятия в резюме</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>мероприятие без названия</translation>
    </message>
    <message>
      <source>Tic&amp;k all</source>
      <translation>Отм&amp;етить все</translation>
    </message>
    <message>
      <source>Put every event in the summary</source>
      <translation>Включить все мероприятия в резюме</translation>
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation>Сн&amp;ять отметки</translation>
    </message>
    <message>
      <source>Take every event out of the summary</source>
      <translation>Исключить все мероприятия из резюме</translation>
    </message>
    <message>
      <source>Upcoming and past as of</source>
      <translation>Предстоящие и прошедшие по состоянию на</translation>
    </message>
    <message>
      <source>Events that start after this day are listed as upcoming, the others as past</source>
      <translation>Мероприятия, начинающиеся после этого дня, указываются как предстоящие, остальные — как прошедшие</translation>
    </message>
    <message>
      <source>Title of the summary</source>
      <translation>Название резюме</translation>
    </message>
    <message>
      <source>As of &amp;date:</source>
      <translation>По состоянию &amp;на:</translation>
    </message>
    <message>
      <source>Summary &amp;title:</source>
      <translation>Название &amp;резюме:</translation>
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <source>No event matches “{words}”.</source>
      <translation>Нет мероприятий, соответствующих «{words}».</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Web page (for a website or CMS)</source>
      <translation>Веб-страница (для сайта или CMS)</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
      <source>Word (for comments and translators)</source>
      <translation>Word (для замечаний и переводчиков)</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
      <source>Markdown (wikis, repositories)</source>
      <translation>Markdown (вики, репозитории)</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>E-mail (.eml, to send or forward)</source>
      <translation>Электронное письмо (.eml, для отправки или пересылки)</translation>
    </message>
    <message>
      <source>E-mail message (*.eml)</source>
      <translation>Электронное письмо (*.eml)</translation>
    </message>
    <message>
      <source>Export summary — {title}</source>
      <translation>Экспорт резюме — {title}</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>мероприятие без названия</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Не экспортировано</translation>
    </message>
    <message>
      <source>&amp;All sessions</source>
      <translation>&amp;Все заседания</translation>
    </message>
    <message>
      <source>&amp;Chosen sessions:</source>
      <translation>&amp;Выбранные заседания:</translation>
    </message>
    <message>
      <source>(untitled session)</source>
      <translation>(заседание без названия)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <source>&amp;Marketplace tables</source>
      <translation>&amp;Тематические столы</translation>
    </message>
    <message>
      <source>Presentation &amp;images</source>
      <translation>&amp;Изображения презентаций</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Заметки</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Параметры</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Бумага:</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Формат:</translation>
    </message>
    <message>
      <source>Choose sessions and options, then Export.</source>
      <translation>Выберите заседания и параметры, затем нажмите «Экспорт».</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Экспорт…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <source>Open the exported file in the program that shows it</source>
      <translation>Открыть экспортированный файл в программе для его просмотра</translation>
    </message>
    <message>
      <source>Show in fo&amp;lder</source>
      <translation>Показать в &amp;папке</translation>
    </message>
    <message>
      <source>Open the folder the exported file is in</source>
      <translation>Открыть папку с экспортированным файлом</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Cop&amp;y as e-mail</source>
      <translation>Копировать как пи&amp;сьмо</translation>
    </message>
    <message>
      <source>Put the summary on the clipboard, to paste into a new e-mail</source>
      <translation>Поместить резюме в буфер обмена, чтобы вставить его в новое письмо</translation>
    </message>
    <message numerus="yes">
      <source>Export summary — %n event(s)</source>
      <translation>
        <numerusform>Экспорт резюме — %n мероприятие</numerusform>
        <numerusform>Экспорт резюме — %n мероприятия</numerusform>
        <numerusform>Экспорт резюме — %n мероприятий</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick at least one event to export its summary.</source>
      <translation>Отметьте хотя бы одно мероприятие, чтобы экспортировать его резюме.</translation>
    </message>
    <message>
      <source>Choose the day, the title and options, then Export.</source>
      <translation>Выберите дату, заголовок и параметры, затем нажмите «Экспорт».</translation>
    </message>
    <message>
      <source>Choose at least one session, or All sessions.</source>
      <translation>Выберите хотя бы одно заседание или «Все заседания».</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>Резюме скопировано: вставьте его в новое письмо.</translation>
    </message>
    <message>
      <source>Export summary</source>
      <translation>Экспорт резюме</translation>
    </message>
    <message>
      <source>Exporting the summary to {file}…</source>
      <translation>Экспорт резюме в {file}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation>Файл {file} экспортирован.</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
      <source>The export failed and wrote no file. {message}</source>
      <translation>Экспорт не удался, файл не записан. {message}</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>No program on this computer opens {file}.</source>
      <translation>На этом компьютере нет программы, открывающей {file}.</translation>
    </message>
    <message>
      <source>The folder {folder} did not open.</source>
      <translation>Не удалось открыть папку {folder}.</translation>
    </message>
    <message>
      <source>{path} is no longer there: export it again.</source>
      <translation>{path} больше нет: экспортируйте его снова.</translation>
    </message>
  </context>
  <context>
    <name>FieldBinding</name>
    <message>
      <source>Not saved yet: kept here, and saved as soon as the data folder can be written.</source>
      <translation>Ещё не сохранено: текст остаётся здесь и будет сохранён, как только в папку данных можно будет записывать.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Состояние</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Отбор по состоянию</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Любое состояние</translation>
    </message>
    <message>
      <source>Still to do</source>
      <translation>Ещё не выполнено</translation>
    </message>
    <message>
      <source>O&amp;wner</source>
      <translation>Отв&amp;етственный</translation>
    </message>
    <message>
      <source>Owner filter</source>
      <translation>Отбор по ответственному</translation>
    </message>
    <message>
      <source>E&amp;vent</source>
      <translation>Мероп&amp;риятие</translation>
    </message>
    <message>
      <source>Event filter</source>
      <translation>Отбор по мероприятию</translation>
    </message>
    <message>
      <source>Se&amp;ries</source>
      <translation>Се&amp;рия</translation>
    </message>
    <message>
      <source>Series filter</source>
      <translation>Отбор по серии</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>Сро&amp;к</translation>
    </message>
    <message>
      <source>Due date filter</source>
      <translation>Отбор по сроку</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>Любая дата</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Просрочено</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>На этой неделе</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Без даты</translation>
    </message>
    <message>
      <source>Words in the next step or owner</source>
      <translation>Слова из шага или имени ответственного</translation>
    </message>
    <message>
      <source>Words filter</source>
      <translation>Отбор по словам</translation>
    </message>
    <message>
      <source>W&amp;ords</source>
      <translation>Сл&amp;ова</translation>
    </message>
    <message>
      <source>Any owner</source>
      <translation>Любой ответственный</translation>
    </message>
    <message>
      <source>Any event</source>
      <translation>Любое мероприятие</translation>
    </message>
    <message>
      <source>Any series</source>
      <translation>Любая серия</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
  </context>
  <context>
    <name>FilterBox</name>
    <message>
      <source>Filter events (title, host, place)</source>
      <translation>Фильтр мероприятий (название, организатор, место)</translation>
    </message>
    <message>
      <source>Filter events</source>
      <translation>Фильтр мероприятий</translation>
    </message>
  </context>
  <context>
    <name>FollowUpController</name>
    <message>
      <source>That record is no longer there (deleted on another laptop?).</source>
      <translation>Этой записи больше нет (удалена на другом ноутбуке?).</translation>
    </message>
    <message>
      <source>That record is in the Trash: restore it to open it.</source>
      <translation>Эта запись в корзине: восстановите её, чтобы открыть.</translation>
    </message>
    <message>
      <source>The session or event of that record is in the Trash.</source>
      <translation>Заседание или мероприятие этой записи находится в корзине.</translation>
    </message>
  </context>
  <context>
    <name>ItemList</name>
    <message>
      <source>+ Add key outcome</source>
      <translation>+ Добавить основной результат</translation>
    </message>
    <message>
      <source>+ Add next step</source>
      <translation>+ Добавить дальнейший шаг</translation>
    </message>
    <message>
      <source>+ Add idea</source>
      <translation>+ Добавить идею</translation>
    </message>
  </context>
  <context>
    <name>ItemRow</name>
    <message>
      <source>Type an outcome, press Enter for the next</source>
      <translation>Введите результат; Enter — следующий</translation>
    </message>
    <message>
      <source>Type a next step, press Enter for the next</source>
      <translation>Введите дальнейший шаг; Enter — следующий</translation>
    </message>
    <message>
      <source>Type an idea, press Enter for the next</source>
      <translation>Введите идею; Enter — следующая</translation>
    </message>
    <message>
      <source>Delete this key outcome (Alt+Delete)</source>
      <translation>Удалить этот основной результат (Alt+Delete)</translation>
    </message>
    <message>
      <source>Delete this next step (Alt+Delete)</source>
      <translation>Удалить этот дальнейший шаг (Alt+Delete)</translation>
    </message>
    <message>
      <source>Delete this idea (Alt+Delete)</source>
      <translation>Удалить эту идею (Alt+Delete)</translation>
    </message>
    <message>
      <source>Delete key outcome: {text}</source>
      <translation>Удалить основной итог: {text}</translation>
    </message>
    <message>
      <source>Delete next step: {text}</source>
      <translation>Удалить следующий шаг: {text}</translation>
    </message>
    <message>
      <source>Delete idea: {text}</source>
      <translation>Удалить идею: {text}</translation>
    </message>
    <message>
      <source>Key outcome {number}</source>
      <translation>Основной итог {number}</translation>
    </message>
    <message>
      <source>Next step {number}</source>
      <translation>Следующий шаг {number}</translation>
    </message>
    <message>
      <source>Idea {number}</source>
      <translation>Идея {number}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыт</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Выполняется</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Выполнен</translation>
    </message>
    <message>
      <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
      <translation>Перетащите, чтобы изменить порядок (или Alt+Вверх / Alt+Вниз)</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>Кто отвечает</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Due date: {message}</source>
      <translation>Срок: {message}</translation>
    </message>
    <message>
      <source>Owner of next step {number}</source>
      <translation>Ответственный за следующий шаг {number}</translation>
    </message>
    <message>
      <source>Due date of next step {number}</source>
      <translation>Срок следующего шага {number}</translation>
    </message>
    <message>
      <source>Status of next step {number}</source>
      <translation>Состояние следующего шага {number}</translation>
    </message>
  </context>
  <context>
    <name>KeyboardShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts — {program}</source>
      <translation>Сочетания клавиш — {program}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Typing in the editor</source>
      <translation>Ввод в редакторе</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;System language</source>
      <translation>&amp;Язык системы</translation>
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation>Язык меню, кнопок и сообщений окна</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>(demo workshop — a temporary copy)</source>
      <translation>(демонстрационный семинар — временная копия)</translation>
    </message>
    <message>
      <source>Opening {folder}…</source>
      <translation>Открывается {folder}…</translation>
    </message>
    <message>
      <source>Opening the demo workshop…</source>
      <translation>Открывается демонстрационный семинар…</translation>
    </message>
    <message>
      <source>E&amp;xport this session…</source>
      <translation>&amp;Экспортировать это заседание…</translation>
    </message>
  </context>
  <context>
    <name>NextStepsDock</name>
    <message>
      <source>Next steps</source>
      <translation>Следующие шаги</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>Следующие шаги всех мероприятий</translation>
    </message>
  </context>
  <context>
    <name>NextStepsModel</name>
    <message>
      <source>No date</source>
      <translation>Без даты</translation>
    </message>
    <message>
      <source>(no text)</source>
      <translation>(без текста)</translation>
    </message>
    <message>
      <source>(the event itself)</source>
      <translation>(само мероприятие)</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Дальнейший шаг</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Overdue: {date}</source>
      <translation>Просрочено: {date}</translation>
    </message>
    <message>
      <source>{place} — carried from {event}</source>
      <translation>{place} — перенесено из {event}</translation>
    </message>
    <message>
      <source>Overdue: due before today and not done.</source>
      <translation>Просрочено: срок прошёл, а шаг не выполнен.</translation>
    </message>
    <message>
      <source>Check: {warning}</source>
      <translation>Проверьте: {warning}</translation>
    </message>
    <message>
      <source>Carried into: {events}</source>
      <translation>Перенесено в: {events}</translation>
    </message>
  </context>
  <context>
    <name>NextStepsView</name>
    <message>
      <source>Next steps</source>
      <translation>Следующие шаги</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>Следующие шаги всех мероприятий</translation>
    </message>
    <message>
      <source>What the table shows</source>
      <translation>Что показывает таблица</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>Отметить в&amp;ыполненным</translation>
    </message>
    <message>
      <source>Mark the current next step done</source>
      <translation>Отметить выбранный шаг выполненным</translation>
    </message>
    <message>
      <source>Mark the current next step done (Ctrl+D)</source>
      <translation>Отметить выбранный шаг выполненным (Ctrl+D)</translation>
    </message>
    <message>
      <source>&amp;Carry into an event…</source>
      <translation>&amp;Перенести в мероприятие…</translation>
    </message>
    <message>
      <source>Carry the current next step into an event</source>
      <translation>Перенести выбранный следующий шаг в мероприятие</translation>
    </message>
    <message>
      <source>Show the current next step in another event too (Ctrl+Shift+C)</source>
      <translation>Показать выбранный следующий шаг также в другом мероприятии (Ctrl+Shift+C)</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>Э&amp;кспорт…</translation>
    </message>
    <message>
      <source>Export the next steps shown</source>
      <translation>Экспортировать показанные шаги</translation>
    </message>
    <message>
      <source>Write the next steps the filter shows as CSV, Excel, calendar or PDF</source>
      <translation>Записать отобранные шаги в CSV, Excel, календарь или PDF</translation>
    </message>
    <message>
      <source>No next step matches.</source>
      <translation>Ни один шаг не подходит.</translation>
    </message>
    <message>
      <source>First {count:,} next steps</source>
      <translation>Первые шаги: {count:,}</translation>
    </message>
    <message>
      <source>1 next step</source>
      <translation>1 следующий шаг</translation>
    </message>
    <message>
      <source>{count:,} next steps</source>
      <translation>Следующих шагов: {count:,}</translation>
    </message>
    <message>
      <source>{shown:,} of {total:,} next steps (scroll for more)</source>
      <translation>Показано {shown:,} из {total:,} шагов (прокрутите, чтобы увидеть ещё)</translation>
    </message>
    <message>
      <source>Select a next step first.</source>
      <translation>Сначала выберите шаг.</translation>
    </message>
  </context>
  <context>
    <name>OwnerDelegate</name>
    <message>
      <source>Owner</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>Кто отвечает</translation>
    </message>
  </context>
  <context>
    <name>Panels</name>
    <message>
      <source>No events yet.
Ctrl+Shift+E adds one.</source>
      <translation>Мероприятий пока нет.
Ctrl+Shift+E добавляет мероприятие.</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Мероприятия</translation>
    </message>
    <message>
      <source>Select a session to see its marketplace tables.</source>
      <translation>Выберите заседание, чтобы увидеть его тематические столы.</translation>
    </message>
    <message>
      <source>No marketplace tables.
Ctrl+Shift+G adds one.</source>
      <translation>Тематических столов нет.
Ctrl+Shift+G добавляет стол.</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>Тематические столы</translation>
    </message>
    <message>
      <source>Select an event to see its sessions.</source>
      <translation>Выберите мероприятие, чтобы увидеть его заседания.</translation>
    </message>
    <message>
      <source>No sessions yet.
Ctrl+Shift+S adds one.</source>
      <translation>Заседаний пока нет.
Ctrl+Shift+S добавляет заседание.</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Заседания</translation>
    </message>
    <message numerus="yes">
      <source>%n delegate(s)</source>
      <translation>
        <numerusform>%n делегат</numerusform>
        <numerusform>%n делегата</numerusform>
        <numerusform>%n делегатов</numerusform>
      </translation>
    </message>
    <message>
      <source>Host: {host}</source>
      <translation>Организатор: {host}</translation>
    </message>
    <message>
      <source>Needs review · {detail}</source>
      <translation>Требует проверки · {detail}</translation>
    </message>
  </context>
  <context>
    <name>PastEvent</name>
    <message>
      <source>CMCoord records (*.cmcsync *.json);;All files (*)</source>
      <translation>Записи CMCoord (*.cmcsync *.json);;Все файлы (*)</translation>
    </message>
    <message>
      <source>From a records file (an export or a shared file)…</source>
      <translation>Из файла записей (экспорт или общий файл)…</translation>
    </message>
    <message>
      <source>Which event's sessions and marketplace tables should the new event get?</source>
      <translation>Заседания и тематические столы какого мероприятия перенести в новое?</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>Новое мероприятие на основе прошедшего</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
  </context>
  <context>
    <name>RecordActions</name>
    <message>
      <source>New event</source>
      <translation>Новое мероприятие</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>Новое мероприятие на основе прошедшего</translation>
    </message>
    <message>
      <source>New event “{title}”: its sessions and tables are copied.</source>
      <translation>Новое мероприятие «{title}»: его заседания и столы скопированы.</translation>
    </message>
    <message>
      <source>Select an event first, or add one with Ctrl+Shift+E.</source>
      <translation>Сначала выберите мероприятие или добавьте его клавишами Ctrl+Shift+E.</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Новое заседание</translation>
    </message>
    <message>
      <source>Select a session first, or add one with Ctrl+Shift+S.</source>
      <translation>Сначала выберите заседание или добавьте его клавишами Ctrl+Shift+S.</translation>
    </message>
    <message>
      <source>New marketplace table</source>
      <translation>Новый тематический стол</translation>
    </message>
    <message>
      <source>Nothing selected to delete.</source>
      <translation>Ничего не выбрано для удаления.</translation>
    </message>
    <message>
      <source>Select a session or a marketplace table to move; events follow their dates.</source>
      <translation>Выберите заседание или тематический стол для перемещения; мероприятия упорядочены по датам.</translation>
    </message>
    <message>
      <source>Sessions follow their date and start time: change those to move it past “{title}”.</source>
      <translation>Заседания упорядочены по дате и времени начала: измените их, чтобы переместить заседание за «{title}».</translation>
    </message>
    <message>
      <source>Select an event, session or marketplace table first.</source>
      <translation>Сначала выберите мероприятие, заседание или тематический стол.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Select an event, a session or a marketplace table
to capture its outcomes here.</source>
      <translation>Выберите мероприятие, заседание или тематический стол,
чтобы записать здесь его результаты.</translation>
    </message>
    <message>
      <source>This record is in the trash.
Undo (Ctrl+Z) or restore it from the Trash.</source>
      <translation>Эта запись в корзине.
Отмените действие (Ctrl+Z) или восстановите её из корзины.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>Workshop</source>
      <translation>Семинар</translation>
    </message>
    <message>
      <source>Annual meeting</source>
      <translation>Ежегодное совещание</translation>
    </message>
    <message>
      <source>Thematic sessions</source>
      <translation>Тематические заседания</translation>
    </message>
    <message>
      <source>Training programme</source>
      <translation>Программа подготовки</translation>
    </message>
    <message>
      <source>Networks and partnerships week</source>
      <translation>Неделя сетей и партнёрств</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>Конференция</translation>
    </message>
    <message>
      <source>Event · upcoming</source>
      <translation>Мероприятие · предстоящее</translation>
    </message>
    <message>
      <source>Event · ongoing</source>
      <translation>Мероприятие · текущее</translation>
    </message>
    <message>
      <source>Event · past</source>
      <translation>Мероприятие · прошедшее</translation>
    </message>
    <message>
      <source>Event title</source>
      <translation>Название мероприятия</translation>
    </message>
    <message>
      <source>Programme or series, e.g. HNPW</source>
      <translation>Программа или серия, например HNPW</translation>
    </message>
    <message>
      <source>Workshop, annual meeting…</source>
      <translation>Семинар, ежегодное совещание…</translation>
    </message>
    <message>
      <source>Host organisation</source>
      <translation>Принимающая организация</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>Онлайн</translation>
    </message>
    <message>
      <source>Platform, e.g. Virtual OSOCC</source>
      <translation>Платформа, например Virtual OSOCC</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Даты</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Первый день</translation>
    </message>
    <message>
      <source>to</source>
      <translation>до</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Последний день</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>Число</translation>
    </message>
    <message>
      <source>Summary in</source>
      <translation>Резюме на языке</translation>
    </message>
    <message>
      <source>What the event is about</source>
      <translation>О чем мероприятие</translation>
    </message>
    <message>
      <source>Topic of the table, e.g. Simulations and exercises</source>
      <translation>Тема стола, например «Моделирование и учения»</translation>
    </message>
    <message>
      <source>Who hosts this table</source>
      <translation>Ведущий стола</translation>
    </message>
    <message>
      <source>Who took part, or how many</source>
      <translation>Участники или их число</translation>
    </message>
    <message>
      <source>Marketplace table in {session}</source>
      <translation>Тематический стол заседания {session}</translation>
    </message>
    <message>
      <source>Marketplace table in an untitled session</source>
      <translation>Тематический стол заседания без названия</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>Тематический стол</translation>
    </message>
    <message>
      <source>Panel discussion</source>
      <translation>Групповая дискуссия</translation>
    </message>
    <message>
      <source>Group work</source>
      <translation>Работа в группах</translation>
    </message>
    <message>
      <source>Marketplace</source>
      <translation>Тематические столы</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>Пленарное заседание</translation>
    </message>
    <message>
      <source>Thematic session</source>
      <translation>Тематическое заседание</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Презентация</translation>
    </message>
    <message>
      <source>Simulation exercise</source>
      <translation>Имитационное учение</translation>
    </message>
    <message>
      <source>Briefing</source>
      <translation>Брифинг</translation>
    </message>
    <message>
      <source>Session title</source>
      <translation>Название заседания</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <source>Date, e.g. 2017-02-07</source>
      <translation>Дата, например 2017-02-07</translation>
    </message>
    <message>
      <source>from</source>
      <translation>с</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>чч:мм</translation>
    </message>
    <message>
      <source>Panel discussion, group work…</source>
      <translation>Дискуссия, групповая работа…</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Panel members and facilitators</source>
      <translation>Члены дискуссионной группы и ведущие</translation>
    </message>
    <message>
      <source>Heading it is grouped under in the summary (optional)</source>
      <translation>Рубрика, под которой оно приводится в резюме (необязательно)</translation>
    </message>
    <message>
      <source>Anything else worth keeping</source>
      <translation>Прочие сведения</translation>
    </message>
    <message>
      <source>Session of {event}</source>
      <translation>Заседание мероприятия {event}</translation>
    </message>
    <message>
      <source>Session of an untitled event</source>
      <translation>Заседание мероприятия без названия</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
  </context>
  <context>
    <name>RecordForm dates</name>
    <message>
      <source>to</source>
      <translation>по</translation>
    </message>
  </context>
  <context>
    <name>RecordSentences</name>
    <message>
      <source>Edit title</source>
      <translation>Изменить название</translation>
    </message>
    <message>
      <source>Edit series</source>
      <translation>Изменить серию</translation>
    </message>
    <message>
      <source>Edit kind</source>
      <translation>Изменить тип</translation>
    </message>
    <message>
      <source>Edit host</source>
      <translation>Изменить организатора</translation>
    </message>
    <message>
      <source>Edit city</source>
      <translation>Изменить город</translation>
    </message>
    <message>
      <source>Edit country</source>
      <translation>Изменить страну</translation>
    </message>
    <message>
      <source>Edit online platform</source>
      <translation>Изменить онлайн-платформу</translation>
    </message>
    <message>
      <source>Edit link</source>
      <translation>Изменить ссылку</translation>
    </message>
    <message>
      <source>Edit start date</source>
      <translation>Изменить дату начала</translation>
    </message>
    <message>
      <source>Edit end date</source>
      <translation>Изменить дату окончания</translation>
    </message>
    <message>
      <source>Edit participants</source>
      <translation>Изменить число участников</translation>
    </message>
    <message>
      <source>Edit language</source>
      <translation>Изменить язык</translation>
    </message>
    <message>
      <source>Edit description</source>
      <translation>Изменить описание</translation>
    </message>
    <message>
      <source>Edit date</source>
      <translation>Изменить дату</translation>
    </message>
    <message>
      <source>Edit start time</source>
      <translation>Изменить время начала</translation>
    </message>
    <message>
      <source>Edit end time</source>
      <translation>Изменить время окончания</translation>
    </message>
    <message>
      <source>Edit format</source>
      <translation>Изменить формат</translation>
    </message>
    <message>
      <source>Edit delegates</source>
      <translation>Изменить число делегатов</translation>
    </message>
    <message>
      <source>Edit panel members</source>
      <translation>Изменить участников дискуссии</translation>
    </message>
    <message>
      <source>Edit track</source>
      <translation>Изменить направление</translation>
    </message>
    <message>
      <source>Edit notes</source>
      <translation>Изменить заметки</translation>
    </message>
    <message>
      <source>Edit topic</source>
      <translation>Изменить тему</translation>
    </message>
    <message>
      <source>Edit table host</source>
      <translation>Изменить ведущего стола</translation>
    </message>
    <message>
      <source>Edit owner</source>
      <translation>Изменить ответственного</translation>
    </message>
    <message>
      <source>Edit due date</source>
      <translation>Изменить срок</translation>
    </message>
    <message>
      <source>Edit status</source>
      <translation>Изменить статус</translation>
    </message>
    <message>
      <source>Edit caption</source>
      <translation>Изменить подпись</translation>
    </message>
    <message>
      <source>Edit “{field}”</source>
      <translation>Изменить «{field}»</translation>
    </message>
    <message>
      <source>Delete event “{title}”</source>
      <translation>Удалить мероприятие «{title}»</translation>
    </message>
    <message>
      <source>Delete session “{title}”</source>
      <translation>Удалить заседание «{title}»</translation>
    </message>
    <message>
      <source>Delete marketplace table “{title}”</source>
      <translation>Удалить тематический стол «{title}»</translation>
    </message>
    <message>
      <source>Delete presentation “{title}”</source>
      <translation>Удалить презентацию «{title}»</translation>
    </message>
    <message>
      <source>Delete key outcome “{title}”</source>
      <translation>Удалить основной результат «{title}»</translation>
    </message>
    <message>
      <source>Delete next step “{title}”</source>
      <translation>Удалить дальнейший шаг «{title}»</translation>
    </message>
    <message>
      <source>Delete idea “{title}”</source>
      <translation>Удалить идею «{title}»</translation>
    </message>
    <message>
      <source>Delete carried next step “{title}”</source>
      <translation>Удалить перенесённый шаг «{title}»</translation>
    </message>
    <message>
      <source>Delete item “{title}”</source>
      <translation>Удалить пункт «{title}»</translation>
    </message>
    <message>
      <source>Restore event “{title}”</source>
      <translation>Восстановить мероприятие «{title}»</translation>
    </message>
    <message>
      <source>Restore session “{title}”</source>
      <translation>Восстановить заседание «{title}»</translation>
    </message>
    <message>
      <source>Restore marketplace table “{title}”</source>
      <translation>Восстановить тематический стол «{title}»</translation>
    </message>
    <message>
      <source>Restore presentation “{title}”</source>
      <translation>Восстановить презентацию «{title}»</translation>
    </message>
    <message>
      <source>Restore key outcome “{title}”</source>
      <translation>Восстановить основной результат «{title}»</translation>
    </message>
    <message>
      <source>Restore next step “{title}”</source>
      <translation>Восстановить дальнейший шаг «{title}»</translation>
    </message>
    <message>
      <source>Restore idea “{title}”</source>
      <translation>Восстановить идею «{title}»</translation>
    </message>
    <message>
      <source>Restore carried next step “{title}”</source>
      <translation>Восстановить перенесённый шаг «{title}»</translation>
    </message>
    <message>
      <source>Restore item “{title}”</source>
      <translation>Восстановить пункт «{title}»</translation>
    </message>
    <message>
      <source>Restored event “{title}”.</source>
      <translation>Мероприятие «{title}» восстановлено.</translation>
    </message>
    <message>
      <source>Restored session “{title}”.</source>
      <translation>Заседание «{title}» восстановлено.</translation>
    </message>
    <message>
      <source>Restored marketplace table “{title}”.</source>
      <translation>Тематический стол «{title}» восстановлен.</translation>
    </message>
    <message>
      <source>Restored presentation “{title}”.</source>
      <translation>Презентация «{title}» восстановлена.</translation>
    </message>
    <message>
      <source>Restored key outcome “{title}”.</source>
      <translation>Основной результат «{title}» восстановлен.</translation>
    </message>
    <message>
      <source>Restored next step “{title}”.</source>
      <translation>Дальнейший шаг «{title}» восстановлен.</translation>
    </message>
    <message>
      <source>Restored idea “{title}”.</source>
      <translation>Идея «{title}» восстановлена.</translation>
    </message>
    <message>
      <source>Restored carried next step “{title}”.</source>
      <translation>Перенесённый шаг «{title}» восстановлен.</translation>
    </message>
    <message>
      <source>Restored item “{title}”.</source>
      <translation>Пункт «{title}» восстановлен.</translation>
    </message>
    <message>
      <source>Restored “{title}”; what it belongs to is still in the Trash.</source>
      <translation>«{title}»: восстановление выполнено; запись, к которой это относится, всё ещё в корзине.</translation>
    </message>
    <message>
      <source>Moved event “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Мероприятие «{title}» перемещено в корзину (Ctrl+Z — отменить, Ctrl+Shift+T — показать корзину).</translation>
    </message>
    <message>
      <source>Moved session “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Заседание «{title}» перемещено в корзину (Ctrl+Z — отменить, Ctrl+Shift+T — показать корзину).</translation>
    </message>
    <message>
      <source>Moved marketplace table “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Тематический стол «{title}» перемещён в корзину (Ctrl+Z — отменить, Ctrl+Shift+T — показать корзину).</translation>
    </message>
    <message>
      <source>Move session up</source>
      <translation>Переместить заседание вверх</translation>
    </message>
    <message>
      <source>Move session down</source>
      <translation>Переместить заседание вниз</translation>
    </message>
    <message>
      <source>Move marketplace table up</source>
      <translation>Переместить тематический стол вверх</translation>
    </message>
    <message>
      <source>Move marketplace table down</source>
      <translation>Переместить тематический стол вниз</translation>
    </message>
    <message>
      <source>Move key outcome up</source>
      <translation>Переместить основной результат вверх</translation>
    </message>
    <message>
      <source>Move key outcome down</source>
      <translation>Переместить основной результат вниз</translation>
    </message>
    <message>
      <source>Move key outcome</source>
      <translation>Переместить основной результат</translation>
    </message>
    <message>
      <source>Move next step up</source>
      <translation>Переместить дальнейший шаг вверх</translation>
    </message>
    <message>
      <source>Move next step down</source>
      <translation>Переместить дальнейший шаг вниз</translation>
    </message>
    <message>
      <source>Move next step</source>
      <translation>Переместить дальнейший шаг</translation>
    </message>
    <message>
      <source>Move idea up</source>
      <translation>Переместить идею вверх</translation>
    </message>
    <message>
      <source>Move idea down</source>
      <translation>Переместить идею вниз</translation>
    </message>
    <message>
      <source>Move idea</source>
      <translation>Переместить идею</translation>
    </message>
    <message>
      <source>Add key outcome</source>
      <translation>Добавить основной результат</translation>
    </message>
    <message>
      <source>Add next step</source>
      <translation>Добавить дальнейший шаг</translation>
    </message>
    <message>
      <source>Add idea</source>
      <translation>Добавить идею</translation>
    </message>
    <message>
      <source>Split key outcome</source>
      <translation>Разделить основной результат</translation>
    </message>
    <message>
      <source>Split next step</source>
      <translation>Разделить дальнейший шаг</translation>
    </message>
    <message>
      <source>Split idea</source>
      <translation>Разделить идею</translation>
    </message>
    <message>
      <source>Edit key outcome</source>
      <translation>Изменить основной результат</translation>
    </message>
    <message>
      <source>Edit next step</source>
      <translation>Изменить дальнейший шаг</translation>
    </message>
    <message>
      <source>Edit idea</source>
      <translation>Изменить идею</translation>
    </message>
    <message>
      <source>Delete key outcome</source>
      <translation>Удалить основной результат</translation>
    </message>
    <message>
      <source>Delete next step</source>
      <translation>Удалить дальнейший шаг</translation>
    </message>
    <message>
      <source>Delete idea</source>
      <translation>Удалить идею</translation>
    </message>
    <message>
      <source>Delete empty key outcome</source>
      <translation>Удалить пустой основной результат</translation>
    </message>
    <message>
      <source>Delete empty next step</source>
      <translation>Удалить пустой дальнейший шаг</translation>
    </message>
    <message>
      <source>Delete empty idea</source>
      <translation>Удалить пустую идею</translation>
    </message>
    <message>
      <source>Set status to open</source>
      <translation>Отметить как открытый</translation>
    </message>
    <message>
      <source>Set status to in progress</source>
      <translation>Отметить как выполняемый</translation>
    </message>
    <message>
      <source>Set status to done</source>
      <translation>Отметить как выполненный</translation>
    </message>
    <message>
      <source>Set status to dropped</source>
      <translation>Отметить как отменённый</translation>
    </message>
    <message>
      <source>Set next step “{step}” to open</source>
      <translation>Отметить дальнейший шаг «{step}» как открытый</translation>
    </message>
    <message>
      <source>Set next step “{step}” to in progress</source>
      <translation>Отметить дальнейший шаг «{step}» как выполняемый</translation>
    </message>
    <message>
      <source>Set next step “{step}” to done</source>
      <translation>Отметить дальнейший шаг «{step}» как выполненный</translation>
    </message>
    <message>
      <source>Set next step “{step}” to dropped</source>
      <translation>Отметить дальнейший шаг «{step}» как отменённый</translation>
    </message>
    <message>
      <source>Set status to “{status}”</source>
      <translation>Задать статус: «{status}»</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (в корзине)</translation>
    </message>
    <message>
      <source>{detail}: {before}{match}{after}; matched “{match}”</source>
      <translation>{detail}: {before}{match}{after}; совпадение «{match}»</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <source>Keep &amp;this</source>
      <translation>Оставить &amp;это</translation>
    </message>
    <message>
      <source>Keep t&amp;hat</source>
      <translation>Оставить &amp;то</translation>
    </message>
    <message>
      <source>{kind} “{title}” — {problem}</source>
      <translation>{kind} «{title}» — {problem}</translation>
    </message>
    <message>
      <source>edited after it was deleted</source>
      <translation>изменение после удаления</translation>
    </message>
    <message>
      <source>changed on two laptops</source>
      <translation>изменения на двух компьютерах</translation>
    </message>
    <message>
      <source>The values to choose from</source>
      <translation>Значения для выбора</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>Требует проверки</translation>
    </message>
    <message>
      <source>Records that need review</source>
      <translation>Записи, требующие проверки</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) where laptops disagreed</source>
      <translation>
        <numerusform>%n запись, по которой компьютеры разошлись</numerusform>
        <numerusform>%n записи, по которым компьютеры разошлись</numerusform>
        <numerusform>%n записей, по которым компьютеры разошлись</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing needs review: every laptop agreed.</source>
      <translation>Проверять нечего: все компьютеры согласны.</translation>
    </message>
    <message>
      <source>Keep this one</source>
      <translation>Оставить это</translation>
    </message>
    <message>
      <source>Keep this value on every laptop</source>
      <translation>Сохранить это значение на всех компьютерах</translation>
    </message>
    <message>
      <source>Keep &amp;both (as two items)</source>
      <translation>Оставить &amp;оба (как два пункта)</translation>
    </message>
    <message>
      <source>Deleted on one laptop, edited on another</source>
      <translation>Удалено на одном компьютере, изменено на другом</translation>
    </message>
    <message>
      <source>Deleted by {who}</source>
      <translation>Удалено: {who}</translation>
    </message>
    <message>
      <source>Edited by {who}, which the delete had not seen</source>
      <translation>Изменено: {who}; при удалении это изменение не было известно</translation>
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation>&amp;Сохранить</translation>
    </message>
    <message>
      <source>&amp;Delete it</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <source>Keep “{value}” ({field})</source>
      <translation>Сохранить «{value}» ({field})</translation>
    </message>
    <message>
      <source>Keep both values as two items</source>
      <translation>Сохранить оба значения как два пункта</translation>
    </message>
    <message>
      <source>Add the other value as an item</source>
      <translation>Добавить другое значение как пункт</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(пусто)</translation>
    </message>
    <message>
      <source>laptop {device}</source>
      <translation>компьютер {device}</translation>
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
      <translation>Каждое изменение записывается на диск сразу: сохранять ничего не нужно.</translation>
    </message>
    <message>
      <source>All changes are saved as you type</source>
      <translation>Все изменения сохраняются по ходу ввода</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>Сохранено в {time}</translation>
    </message>
    <message>
      <source>Not saved: the data folder cannot be written</source>
      <translation>Не сохранено: в папку данных нельзя записать</translation>
    </message>
    <message>
      <source>What you typed stays on screen and is saved as soon as the folder can be written again.</source>
      <translation>Введённое остаётся на экране и будет сохранено, как только в папку снова можно будет записать.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
  </context>
  <context>
    <name>SearchDock</name>
    <message>
      <source>Find</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Find in every record</source>
      <translation>Искать во всех записях</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Search every record</source>
      <translation>Искать во всех записях</translation>
    </message>
    <message>
      <source>Search events, sessions, outcomes, next steps…</source>
      <translation>Искать мероприятия, заседания, итоги, шаги…</translation>
    </message>
    <message>
      <source>Search notice</source>
      <translation>Сообщение поиска</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Результаты поиска</translation>
    </message>
    <message>
      <source>Nothing matches “{typed}”.</source>
      <translation>Ничего не найдено по запросу «{typed}».</translation>
    </message>
    <message>
      <source>The first {count} matches: add words to narrow them.</source>
      <translation>Первые совпадения ({count}): добавьте слова, чтобы сузить поиск.</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Window open for {duration}</source>
      <translation>Окно открыто {duration}</translation>
    </message>
    <message>
      <source>Session starts in {duration} (at {time})</source>
      <translation>Заседание начнётся через {duration} (в {time})</translation>
    </message>
    <message>
      <source>Session running {duration} (since {time})</source>
      <translation>Заседание идёт {duration} (с {time})</translation>
    </message>
    <message>
      <source>Session clock: time since the selected session started today</source>
      <translation>Часы заседания: время с начала выбранного заседания сегодня</translation>
    </message>
  </context>
  <context>
    <name>SessionClockWords</name>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · %n min left</source>
      <translation>
        <numerusform>Заседание идёт {duration} (с {time}) · осталась %n мин</numerusform>
        <numerusform>Заседание идёт {duration} (с {time}) · осталось %n мин</numerusform>
        <numerusform>Заседание идёт {duration} (с {time}) · осталось %n мин</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · over by %n min</source>
      <translation>
        <numerusform>Заседание идёт {duration} (с {time}) · превышено на %n мин</numerusform>
        <numerusform>Заседание идёт {duration} (с {time}) · превышено на %n мин</numerusform>
        <numerusform>Заседание идёт {duration} (с {time}) · превышено на %n мин</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusDelegate</name>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>StepCarry</name>
    <message>
      <source>There is no other event to carry this next step into.</source>
      <translation>Нет другого мероприятия, в которое можно перенести этот следующий шаг.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <source>Carry into an event</source>
      <translation>Перенести в мероприятие</translation>
    </message>
    <message>
      <source>Show this next step in:</source>
      <translation>Показать этот следующий шаг в:</translation>
    </message>
    <message>
      <source>Carry a next step into “{event}”</source>
      <translation>Перенести следующий шаг в «{event}»</translation>
    </message>
    <message>
      <source>Carried into “{event}”.</source>
      <translation>Перенесено в «{event}».</translation>
    </message>
  </context>
  <context>
    <name>StepEdits</name>
    <message>
      <source>Open</source>
      <translation>Открыт</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Выполняется</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Выполнен</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <source>Set the owner of next step “{step}”</source>
      <translation>Назначить ответственного за шаг «{step}»</translation>
    </message>
    <message>
      <source>Set the due date of next step “{step}”</source>
      <translation>Установить срок шага «{step}»</translation>
    </message>
  </context>
  <context>
    <name>StepExport</name>
    <message>
      <source>Spreadsheet, UTF-8 (*.csv)</source>
      <translation>Таблица, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Calendar tasks (*.ics)</source>
      <translation>Задачи календаря (*.ics)</translation>
    </message>
    <message>
      <source>PDF, open next steps per owner (*.pdf)</source>
      <translation>PDF, открытые шаги по ответственным (*.pdf)</translation>
    </message>
    <message>
      <source>Export next steps</source>
      <translation>Экспорт следующих шагов</translation>
    </message>
    <message>
      <source>Not exported: name the file .csv, .xlsx, .ics or .pdf to choose its format.</source>
      <translation>Не экспортировано: дайте файлу расширение .csv, .xlsx, .ics или .pdf, чтобы выбрать формат.</translation>
    </message>
    <message>
      <source>Not exported: {file} could not be written ({reason}).</source>
      <translation>Не экспортировано: не удалось записать {file} ({reason}).</translation>
    </message>
    <message>
      <source>Exported {count} next steps to {file}.</source>
      <translation>Экспортировано шагов: {count}, файл {file}.</translation>
    </message>
  </context>
  <context>
    <name>SummaryController</name>
    <message>
      <source>Select an event to export its summary.</source>
      <translation>Выберите мероприятие, чтобы экспортировать его резюме.</translation>
    </message>
    <message>
      <source>Select a session to export it.</source>
      <translation>Выберите заседание, чтобы экспортировать его.</translation>
    </message>
    <message>
      <source>Select an event to copy its summary.</source>
      <translation>Выберите мероприятие, чтобы скопировать его резюме.</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>Резюме скопировано: вставьте его в новое письмо.</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>Not synced</source>
      <translation>Не синхронизировано</translation>
    </message>
    <message>
      <source>Sync with shared file</source>
      <translation>Синхронизация с общим файлом</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead block the shared file. Re-date them to now and rewrite the file?</source>
      <translation>Изменения, сделанные на этом ноутбуке, когда его часы спешили, блокируют общий файл. Датировать их текущим временем и перезаписать файл?</translation>
    </message>
    <message>
      <source>CMCoord shared files (*.cmcsync);;All files (*)</source>
      <translation>Общие файлы CMCoord (*.cmcsync);;Все файлы (*)</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>Синхронизация уже идёт.</translation>
    </message>
    <message>
      <source>Synced with {file}: {summary} here.</source>
      <translation>Синхронизировано с {file}: на этом компьютере {summary}.</translation>
    </message>
    <message numerus="yes">
      <source>Merged %n conflicted copies.</source>
      <translation>
        <numerusform>Объединена %n конфликтующая копия.</numerusform>
        <numerusform>Объединены %n конфликтующие копии.</numerusform>
        <numerusform>Объединено %n конфликтующих копий.</numerusform>
      </translation>
    </message>
    <message>
      <source>Held back (dated ahead of this laptop's clock): {names}.</source>
      <translation>Отложено (дата позже часов этого компьютера): {names}.</translation>
    </message>
    <message>
      <source>Re-date and rewrite</source>
      <translation>Передатировать и перезаписать</translation>
    </message>
    <message>
      <source>Not synced yet</source>
      <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
      <source>Last synced {time} with {file}</source>
      <translation>Последняя синхронизация: {time}, с {file}</translation>
    </message>
    <message>
      <source>Recent shared &amp;files</source>
      <translation>Недавние о&amp;бщие файлы</translation>
    </message>
    <message>
      <source>No shared files yet</source>
      <translation>Общих файлов пока нет</translation>
    </message>
    <message>
      <source>Create “{file}” from this laptop's records?</source>
      <translation>Создать «{file}» из записей этого компьютера?</translation>
    </message>
    <message>
      <source>Sync with “{file}”?</source>
      <translation>Синхронизировать с «{file}»?</translation>
    </message>
    <message>
      <source>This laptop: {summary}</source>
      <translation>Этот компьютер: {summary}</translation>
    </message>
    <message>
      <source>The shared file: {summary}</source>
      <translation>Общий файл: {summary}</translation>
    </message>
    <message>
      <source>Conflicted copies to merge in: {count}</source>
      <translation>Конфликтующих копий для объединения: {count}</translation>
    </message>
    <message>
      <source>Records with conflicting changes will be listed under View › Needs review.</source>
      <translation>Записи с конфликтующими изменениями будут перечислены в разделе Вид › Требует проверки.</translation>
    </message>
    <message>
      <source>Careful: {reason}</source>
      <translation>Внимание: {reason}</translation>
    </message>
    <message>
      <source>Careful: “{file}” holds another workshop (no event in common with this laptop's); syncing merges both workshops.</source>
      <translation>Внимание: «{file}» содержит другой семинар (нет общих мероприятий с этим компьютером); синхронизация объединит оба семинара.</translation>
    </message>
    <message>
      <source>Merge both workshops</source>
      <translation>Объединить оба семинара</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>Удалить и синхронизировать</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Синхронизировать</translation>
    </message>
  </context>
  <context>
    <name>TeamServerController</name>
    <message>
      <source>Team server</source>
      <translation>Сервер команды</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>Синхронизация уже идёт.</translation>
    </message>
    <message>
      <source>Not synced with {server}: {why}</source>
      <translation>Нет синхронизации с {server}: {why}</translation>
    </message>
    <message>
      <source>Sync with a team server</source>
      <translation>Синхронизация с сервером команды</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>Удалить и синхронизировать</translation>
    </message>
    <message>
      <source>Not synced with {server}</source>
      <translation>Нет синхронизации с {server}</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) in</source>
      <translation>
        <numerusform>получена %n запись</numerusform>
        <numerusform>получены %n записи</numerusform>
        <numerusform>получено %n записей</numerusform>
      </translation>
    </message>
    <message>
      <source>Online with {server}</source>
      <translation>На связи с {server}</translation>
    </message>
    <message>
      <source>Not synced with {server}: this sync would delete most records. Sync by hand to decide.</source>
      <translation>Не синхронизировано с {server}: эта синхронизация удалила бы большинство записей. Выполните синхронизацию вручную, чтобы принять решение.</translation>
    </message>
    <message>
      <source>Synced with {server} at {time}</source>
      <translation>Синхронизировано с {server} в {time}</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, none out (this account only reads).</source>
      <translation>Синхронизировано с сервером команды {server}: {records_in}, ничего не отправлено (эта учётная запись только читает).</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, {out} out.</source>
      <translation>Синхронизировано с сервером команды {server}: {records_in}, отправлено: {out}.</translation>
    </message>
    <message>
      <source>{count} to review (View › Needs review).</source>
      <translation>На проверку: {count} (Вид › Требует проверки).</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>Нет связи с {time}</translation>
    </message>
    <message>
      <source>Last synced with the team server at {time}</source>
      <translation>Последняя синхронизация с сервером команды в {time}</translation>
    </message>
    <message>
      <source>Recent team ser&amp;vers</source>
      <translation>Недавние с&amp;ерверы команды</translation>
    </message>
    <message>
      <source>No team servers yet</source>
      <translation>Серверов команды пока нет</translation>
    </message>
  </context>
  <context>
    <name>TeamServerDialog</name>
    <message>
      <source>Sync with a team server</source>
      <translation>Синхронизация с сервером команды</translation>
    </message>
    <message>
      <source>&amp;Address of the team server:</source>
      <translation>&amp;Адрес сервера команды:</translation>
    </message>
    <message>
      <source>Address of the team server</source>
      <translation>Адрес сервера команды</translation>
    </message>
    <message>
      <source>For example postgresql://anna@db.example.org/workshops</source>
      <translation>Например, postgresql://anna@db.example.org/workshops</translation>
    </message>
    <message>
      <source>Your IT administrator gives you this address. No password in it: you are asked for the password when the server wants one, and it is kept in the system's keyring.</source>
      <translation>Этот адрес даёт ваш ИТ-администратор. Пароля в нём нет: его спросят, когда он понадобится серверу, и сохранят в системном хранилище ключей.</translation>
    </message>
    <message>
      <source>Where the address comes from</source>
      <translation>Откуда берётся адрес</translation>
    </message>
    <message>
      <source>Sync or cancel</source>
      <translation>Синхронизировать или отменить</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Синхронизировать</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Password for the team server</source>
      <translation>Пароль сервера команды</translation>
    </message>
    <message>
      <source>Password of {server}:</source>
      <translation>Пароль для {server}:</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
  </context>
  <context>
    <name>TeamServerListener</name>
    <message>
      <source>The connection to {server} was lost.</source>
      <translation>Соединение с {server} потеряно.</translation>
    </message>
  </context>
  <context>
    <name>TrashDock</name>
    <message>
      <source>Trash</source>
      <translation>Корзина</translation>
    </message>
    <message>
      <source>Deleted records</source>
      <translation>Удалённые записи</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Восстановить</translation>
    </message>
    <message>
      <source>Put the selected record back where it was (Enter)</source>
      <translation>Вернуть выбранную запись на прежнее место (Enter)</translation>
    </message>
    <message numerus="yes">
      <source>%n deleted record(s)</source>
      <translation>
        <numerusform>%n удалённая запись</numerusform>
        <numerusform>%n удалённые записи</numerusform>
        <numerusform>%n удалённых записей</numerusform>
      </translation>
    </message>
    <message>
      <source>The Trash is empty.</source>
      <translation>Корзина пуста.</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <source>today {time}</source>
      <translation>сегодня в {time}</translation>
    </message>
    <message>
      <source>yesterday {time}</source>
      <translation>вчера в {time}</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Удалено</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome — {program}</source>
      <translation>Добро пожаловать — {program}</translation>
    </message>
    <message>
      <source>Welcome to {program}</source>
      <translation>Добро пожаловать в {program}</translation>
    </message>
    <message>
      <source>Capture the key outcomes and next steps of a workshop as people speak, export the summary the same day, and merge notes with your co-facilitators. Nothing to save: every edit is kept the moment you make it.</source>
      <translation>Записывайте основные результаты и дальнейшие шаги семинара по ходу выступлений, экспортируйте резюме в тот же день и объединяйте заметки с коллегами-ведущими. Сохранять ничего не нужно: каждое изменение записывается сразу.</translation>
    </message>
    <message>
      <source>Try the demo workshop</source>
      <translation>Открыть демонстрационный семинар</translation>
    </message>
    <message>
      <source>Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. Your own data folder stays empty.</source>
      <translation>Открыть временную копию HNPW 2017 и ещё двух мероприятий UN-CMCoord. Ваша папка данных останется пустой.</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>Создать мероприятие</translation>
    </message>
    <message>
      <source>Start with an empty event, then add its sessions and marketplace tables.</source>
      <translation>Начать с пустого мероприятия, затем добавить его заседания и тематические столы.</translation>
    </message>
    <message>
      <source>Create from a copy of a past event…</source>
      <translation>Создать на основе прошедшего мероприятия…</translation>
    </message>
    <message>
      <source>Pick last year's records file (an export or a shared file): its sessions and marketplace tables are copied, without outcomes, next steps, ideas, notes or delegates.</source>
      <translation>Выберите файл записей прошлого года (экспорт или общий файл): его заседания и тематические столы копируются без результатов, дальнейших шагов, идей, заметок и делегатов.</translation>
    </message>
    <message>
      <source>Your data folder: {folder}</source>
      <translation>Ваша папка данных: {folder}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>CMCoord Desktop is already open</source>
      <translation>CMCoord Desktop уже открыт</translation>
    </message>
    <message>
      <source>Install the newer version to open it; nothing was changed.</source>
      <translation>Установите более новую версию, чтобы открыть эти данные; ничего не изменено.</translation>
    </message>
    <message>
      <source>Made by a newer CMCoord Desktop</source>
      <translation>Создано более новой версией CMCoord Desktop</translation>
    </message>
  </context>
  <context>
    <name>carry forward</name>
    <message>
      <source>Only next steps can be carried into another event.</source>
      <translation>В другое мероприятие можно перенести только дальнейшие шаги.</translation>
    </message>
    <message>
      <source>That event is in the Trash: restore it first.</source>
      <translation>Это мероприятие находится в корзине: сначала восстановите его.</translation>
    </message>
    <message>
      <source>This next step already belongs to that event.</source>
      <translation>Этот дальнейший шаг уже относится к этому мероприятию.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>{text} is not a day written YYYY-MM-DD</source>
      <translation>{text} — не дата в формате ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <source>{heading}:</source>
      <translation>{heading}:</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>использование: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>позиционные аргументы</translation>
    </message>
    <message>
      <source>options</source>
      <translation>параметры</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>показать эту справку и выйти</translation>
    </message>
    <message>
      <source>{program}: error: {message}</source>
      <translation>{program}: ошибка: {message}</translation>
    </message>
    <message>
      <source>the following arguments are required: {names}</source>
      <translation>необходимо указать следующие аргументы: {names}</translation>
    </message>
    <message>
      <source>unrecognized arguments: {names}</source>
      <translation>нераспознанные аргументы: {names}</translation>
    </message>
    <message>
      <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
      <translation>аргумент {name}: недопустимое значение: {value} (выберите из {choices})</translation>
    </message>
    <message>
      <source>argument {name}: expected one argument</source>
      <translation>аргумент {name}: ожидается одно значение</translation>
    </message>
    <message>
      <source>argument {name}: expected at least one argument</source>
      <translation>аргумент {name}: ожидается хотя бы одно значение</translation>
    </message>
    <message>
      <source>argument {name}: {message}</source>
      <translation>аргумент {name}: {message}</translation>
    </message>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
      <translation>Записывать результаты семинаров UN-CMCoord в ходе работы, экспортировать резюме в PDF и синхронизироваться с коллегами-ведущими через общий файл.</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
      <source>the window's and these messages' language: ar, zh, en, fr, ru or es</source>
      <translation>язык окна и этих сообщений: ar, zh, en, fr, ru или es</translation>
    </message>
    <message>
      <source>data folder (default: the user's data folder)</source>
      <translation>папка данных (по умолчанию: папка данных пользователя)</translation>
    </message>
    <message>
      <source>work on a fresh copy of the demo workshop, not your data</source>
      <translation>работать с новой копией демонстрационного семинара, а не с вашими данными</translation>
    </message>
    <message>
      <source>export an event summary (pdf, html, docx, email, md) or all records (json)</source>
      <translation>экспортировать резюме мероприятия (pdf, html, docx, email, md) или все записи (json)</translation>
    </message>
    <message>
      <source>the event's id or exact title; several events make one summary of them all</source>
      <translation>идентификатор или точное название мероприятия; несколько мероприятий дают одну сводку</translation>
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
      <translation>все записи, включая удалённые (json)</translation>
    </message>
    <message>
      <source>the file format to write</source>
      <translation>формат записываемого файла</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>файл для записи</translation>
    </message>
    <message>
      <source>only these sessions (id or title)</source>
      <translation>только эти заседания (идентификатор или название)</translation>
    </message>
    <message>
      <source>pdf: the paper size (default: a4)</source>
      <translation>pdf: размер бумаги (по умолчанию: a4)</translation>
    </message>
    <message>
      <source>print the sessions' internal notes too</source>
      <translation>печатать также внутренние заметки заседаний</translation>
    </message>
    <message>
      <source>several events: which are upcoming is decided as of this day (default: today)</source>
      <translation>несколько мероприятий: предстоящие определяются на эту дату (по умолчанию: сегодня)</translation>
    </message>
    <message>
      <source>several events: the summary's title (default: UN-CMCoord events)</source>
      <translation>несколько мероприятий: заголовок сводки (по умолчанию: Мероприятия UN-CMCoord)</translation>
    </message>
    <message>
      <source>html: the summary alone, without page or style</source>
      <translation>html: только резюме, без страницы и стиля</translation>
    </message>
    <message>
      <source>html: slides as files in a folder beside the page instead of inside it</source>
      <translation>html: слайды отдельными файлами в папке рядом со страницей, а не внутри неё</translation>
    </message>
    <message>
      <source>email: attach the summary as a PDF too</source>
      <translation>email: приложить также резюме в PDF</translation>
    </message>
    <message>
      <source>merge a records file (a json export) into the data folder</source>
      <translation>объединить файл записей (экспорт json) с папкой данных</translation>
    </message>
    <message>
      <source>a records file (json export) or a summary PDF</source>
      <translation>файл записей (экспорт json) или PDF-файл с итогами</translation>
    </message>
    <message>
      <source>merge with a shared file or a team server (postgresql://…), both ways</source>
      <translation>объединить с общим файлом или сервером группы (postgresql://…) в обе стороны</translation>
    </message>
    <message>
      <source>the shared file, or postgresql://USER@HOST/DATABASE</source>
      <translation>общий файл или postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ/БАЗА</translation>
    </message>
    <message>
      <source>go ahead even if more than half of the records would be deleted</source>
      <translation>продолжить, даже если будет удалено больше половины записей</translation>
    </message>
    <message>
      <source>merge even if the file holds another workshop (no event in common)</source>
      <translation>объединить, даже если в файле другой семинар (нет общих мероприятий)</translation>
    </message>
    <message>
      <source>re-date changes made while this laptop's clock was far ahead, and rewrite FILE</source>
      <translation>исправить даты изменений, сделанных, когда часы этого компьютера сильно спешили, и перезаписать FILE</translation>
    </message>
    <message>
      <source>the shared file to rewrite</source>
      <translation>общий файл для перезаписи</translation>
    </message>
    <message>
      <source>set up a team server (PostgreSQL) and its members</source>
      <translation>настроить сервер группы (PostgreSQL) и его участников</translation>
    </message>
    <message>
      <source>create or upgrade the schema and the two roles</source>
      <translation>создать или обновить схему и две роли</translation>
    </message>
    <message>
      <source>the server: postgresql://ADMIN@HOST/DATABASE</source>
      <translation>сервер: postgresql://ADMIN@HOST/DATABASE</translation>
    </message>
    <message>
      <source>after restoring a backup: every laptop reads the whole server again</source>
      <translation>после восстановления резервной копии: каждый компьютер заново читает весь сервер</translation>
    </message>
    <message>
      <source>remove superseded versions (every laptop's records stay the same)</source>
      <translation>удалить устаревшие версии (записи на каждом компьютере не меняются)</translation>
    </message>
    <message>
      <source>create a login account for a member</source>
      <translation>создать учётную запись участника</translation>
    </message>
    <message>
      <source>the member's login name</source>
      <translation>имя для входа участника</translation>
    </message>
    <message>
      <source>may only read</source>
      <translation>только чтение</translation>
    </message>
    <message>
      <source>cmcoord-desktop: stopped.</source>
      <translation>cmcoord-desktop: остановлено.</translation>
    </message>
    <message>
      <source>{folder} is a folder: name the file to write in it</source>
      <translation>{folder} — это папка: укажите файл для записи в ней</translation>
    </message>
    <message>
      <source>json exports every record: add --all</source>
      <translation>json экспортирует все записи: добавьте --all</translation>
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation>Записан файл {file}</translation>
    </message>
    <message>
      <source>find any word of any record; one match a line, grouped by event</source>
      <translation>найти любое слово любой записи; одно совпадение в строке, по мероприятиям</translation>
    </message>
    <message>
      <source>words, "a quoted phrase"; the last word may be a prefix</source>
      <translation>слова, "фраза в кавычках"; последнее слово может быть началом слова</translation>
    </message>
    <message>
      <source>also records in the Trash</source>
      <translation>также записи в корзине</translation>
    </message>
    <message>
      <source>at most this many (200)</source>
      <translation>не больше этого числа (200)</translation>
    </message>
    <message>
      <source>every next step of every event: list them, or write csv, xlsx, ics or pdf</source>
      <translation>все дальнейшие шаги всех мероприятий: вывести списком или записать csv, xlsx, ics или pdf</translation>
    </message>
    <message>
      <source>only these statuses</source>
      <translation>только эти статусы</translation>
    </message>
    <message>
      <source>only this owner (case and accents ignored)</source>
      <translation>только этот ответственный (без учёта регистра и диакритики)</translation>
    </message>
    <message>
      <source>only this event (id or exact title), carried ones too</source>
      <translation>только это мероприятие (идентификатор или точное название), включая перенесённые</translation>
    </message>
    <message>
      <source>only events of this series</source>
      <translation>только мероприятия этой серии</translation>
    </message>
    <message>
      <source>only overdue, this week, no date</source>
      <translation>только просроченные, на этой неделе, без даты</translation>
    </message>
    <message>
      <source>only steps whose text or owner has these words</source>
      <translation>только шаги, в тексте или ответственном которых есть эти слова</translation>
    </message>
    <message>
      <source>file format (pdf: open and in progress by default)</source>
      <translation>формат файла (pdf: по умолчанию открытые и выполняемые)</translation>
    </message>
    <message>
      <source>file to write (without it: list them)</source>
      <translation>файл для записи (без него: вывести списком)</translation>
    </message>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (в корзине)</translation>
    </message>
    <message>
      <source>No record matches.</source>
      <translation>Совпадающих записей нет.</translation>
    </message>
    <message>
      <source>say where to write the {format} file: add --out FILE</source>
      <translation>укажите, куда записать файл {format}: добавьте --out ФАЙЛ</translation>
    </message>
    <message>
      <source>choose the file format: --format csv, xlsx, ics or pdf</source>
      <translation>выберите формат файла: --format csv, xlsx, ics или pdf</translation>
    </message>
    <message>
      <source>{due} overdue</source>
      <translation>{due} просрочено</translation>
    </message>
    <message>
      <source>{session} (carried from {event})</source>
      <translation>{session} (перенесено из {event})</translation>
    </message>
  </context>
  <context>
    <name>data folder</name>
    <message>
      <source>Data folder on a network drive</source>
      <translation>Папка данных на сетевом диске</translation>
    </message>
    <message>
      <source>The data folder {folder} is on a network drive ({network}). The database must stay on this computer's own disk: a database on a shared drive can be corrupted when the connection drops.

Start CMCoord Desktop with a data folder on a local disk (--data-dir), and share your notes with File › Sync with shared file, which is made for network drives.</source>
      <translation>Папка данных {folder} находится на сетевом диске ({network}). База данных должна оставаться на собственном диске этого компьютера: база данных на общем диске может быть повреждена при обрыве соединения.

Запустите CMCoord Desktop с папкой данных на локальном диске (--data-dir) и делитесь заметками через Файл › Синхронизация с общим файлом, предназначенную для сетевых дисков.</translation>
    </message>
    <message>
      <source>Data folder is read-only</source>
      <translation>Папка данных доступна только для чтения</translation>
    </message>
    <message>
      <source>CMCoord Desktop cannot write to its data folder {folder} ({reason}). Nothing was changed.

Check that the disk is not write-protected and that you may write to the folder, or start with another data folder (--data-dir).</source>
      <translation>CMCoord Desktop не может записывать в свою папку данных {folder} ({reason}). Ничего не изменено.

Проверьте, что диск не защищён от записи и что у вас есть право записи в папку, или запустите программу с другой папкой данных (--data-dir).</translation>
    </message>
    <message>
      <source>Disk almost full</source>
      <translation>Диск почти заполнен</translation>
    </message>
    <message>
      <source>The disk of the data folder {folder} has only {free} free; CMCoord Desktop needs at least {needed} to save your notes safely. Nothing was changed.

Free some space (empty the recycle bin, move large files away) and start again.</source>
      <translation>На диске папки данных {folder} свободно только {free}; CMCoord Desktop нужно не менее {needed}, чтобы надёжно сохранять заметки. Ничего не изменено.

Освободите место (очистите корзину, перенесите большие файлы) и запустите снова.</translation>
    </message>
    <message>
      <source>a UNC network path</source>
      <translation>сетевой путь UNC</translation>
    </message>
    <message>
      <source>a mapped network drive</source>
      <translation>подключённый сетевой диск</translation>
    </message>
    <message>
      <source>{filesystem} mount at {folder}</source>
      <translation>подключение {filesystem} в {folder}</translation>
    </message>
    <message>
      <source>{file} cannot be written</source>
      <translation>{file} недоступен для записи</translation>
    </message>
    <message>
      <source>{count} MB</source>
      <translation>{count} МБ</translation>
    </message>
  </context>
  <context>
    <name>event copy</name>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (копия)</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>cmcoord-desktop: name the event to export (its id or exact title)</source>
      <translation>cmcoord-desktop: укажите мероприятие для экспорта (его идентификатор или точное название)</translation>
    </message>
    <message>
      <source>--sessions chooses sessions of one event: name only that event</source>
      <translation>--sessions выбирает заседания одного мероприятия: укажите только это мероприятие</translation>
    </message>
    <message>
      <source>no event with id or title {reference}</source>
      <translation>нет мероприятия с идентификатором или названием {reference}</translation>
    </message>
    <message>
      <source>no session with id or title {reference} in this event</source>
      <translation>в этом мероприятии нет заседания с идентификатором или названием {reference}</translation>
    </message>
    <message>
      <source>event {event} is in the trash</source>
      <translation>мероприятие {event} находится в корзине</translation>
    </message>
  </context>
  <context>
    <name>failure</name>
    <message>
      <source>the database file is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>файл базы данных повреждён или не является базой данных CMCoord Desktop; ничего не изменено: сохраните копию папки и отправьте её вместе с журналом, когда будете обращаться за помощью</translation>
    </message>
    <message>
      <source>the database file in {folder} is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>файл базы данных в {folder} повреждён или не является базой данных CMCoord Desktop; ничего не изменено: сохраните копию папки и отправьте её вместе с журналом, когда будете обращаться за помощью</translation>
    </message>
    <message>
      <source>a system library the window needs is missing ({error}): install the libraries listed under Set up in the README</source>
      <translation>отсутствует системная библиотека, нужная окну ({error}): установите библиотеки, перечисленные в разделе Set up файла README</translation>
    </message>
    <message>
      <source>the computer ran out of memory: close other programs and try again</source>
      <translation>компьютеру не хватило памяти: закройте другие программы и повторите попытку</translation>
    </message>
    <message>
      <source>an unexpected error ({error}); nothing else was changed: please send the log file when you ask for help</source>
      <translation>непредвиденная ошибка ({error}); больше ничего не изменено: приложите файл журнала, когда будете обращаться за помощью</translation>
    </message>
    <message>
      <source>Could not open the window: {reason}</source>
      <translation>Не удалось открыть окно: {reason}</translation>
    </message>
    <message>
      <source>Could not export: {reason}</source>
      <translation>Не удалось выполнить экспорт: {reason}</translation>
    </message>
    <message>
      <source>Could not import: {reason}</source>
      <translation>Не удалось выполнить импорт: {reason}</translation>
    </message>
    <message>
      <source>Could not sync: {reason}</source>
      <translation>Не удалось синхронизировать: {reason}</translation>
    </message>
    <message>
      <source>Could not repair the clock: {reason}</source>
      <translation>Не удалось исправить часы: {reason}</translation>
    </message>
    <message>
      <source>Could not search: {reason}</source>
      <translation>Не удалось выполнить поиск: {reason}</translation>
    </message>
    <message>
      <source>Could not list the next steps: {reason}</source>
      <translation>Не удалось вывести список дальнейших шагов: {reason}</translation>
    </message>
    <message>
      <source>Could not set up the team server: {reason}</source>
      <translation>Не удалось настроить сервер группы: {reason}</translation>
    </message>
    <message>
      <source>Could not {doing}: {reason}</source>
      <translation>Не удалось выполнить «{doing}»: {reason}</translation>
    </message>
    <message>
      <source>{failed}.</source>
      <translation>{failed}.</translation>
    </message>
    <message>
      <source>{failed} (details in {log}).</source>
      <translation>{failed} (подробности в {log}).</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Серия</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Организатор</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <source>Online platform</source>
      <translation>Онлайн-платформа</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Ссылка</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Дата начала</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Дата окончания</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Участники</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Удалено</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Время начала</translation>
    </message>
    <message>
      <source>End time</source>
      <translation>Время окончания</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Delegates</source>
      <translation>Делегаты</translation>
    </message>
    <message>
      <source>Panel members</source>
      <translation>Участники дискуссии</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Направление</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <source>Place in the agenda</source>
      <translation>Место в повестке дня</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Table host</source>
      <translation>Ведущий стола</translation>
    </message>
    <message>
      <source>Place in the session</source>
      <translation>Место в заседании</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Ответственный</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Place in the list</source>
      <translation>Место в списке</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Имя файла</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Тип файла</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Презентация</translation>
    </message>
    <message>
      <source>Place among the presentations</source>
      <translation>Место среди презентаций</translation>
    </message>
    <message>
      <source>Carried from</source>
      <translation>Перенесено из</translation>
    </message>
  </context>
  <context>
    <name>glyph report</name>
    <message>
      <source>{record}: no font has {characters} ({codes})</source>
      <translation>{record}: ни в одном шрифте нет {characters} ({codes})</translation>
    </message>
    <message>
      <source>event {event}, title</source>
      <translation>мероприятие {event}, название</translation>
    </message>
    <message>
      <source>event {event}, series</source>
      <translation>мероприятие {event}, серия</translation>
    </message>
    <message>
      <source>event {event}, kind</source>
      <translation>мероприятие {event}, вид</translation>
    </message>
    <message>
      <source>event {event}, host</source>
      <translation>мероприятие {event}, принимающая сторона</translation>
    </message>
    <message>
      <source>event {event}, city</source>
      <translation>мероприятие {event}, город</translation>
    </message>
    <message>
      <source>event {event}, country</source>
      <translation>мероприятие {event}, страна</translation>
    </message>
    <message>
      <source>event {event}, online platform</source>
      <translation>мероприятие {event}, онлайн-платформа</translation>
    </message>
    <message>
      <source>event {event}, description</source>
      <translation>мероприятие {event}, описание</translation>
    </message>
    <message>
      <source>session {number} {session}, title</source>
      <translation>заседание {number} {session}, название</translation>
    </message>
    <message>
      <source>session {number} {session}, format</source>
      <translation>заседание {number} {session}, формат</translation>
    </message>
    <message>
      <source>session {number} {session}, panel</source>
      <translation>заседание {number} {session}, участники дискуссии</translation>
    </message>
    <message>
      <source>event {event}, key outcome {number}</source>
      <translation>мероприятие {event}, основной результат {number}</translation>
    </message>
    <message>
      <source>event {event}, next step {number}</source>
      <translation>мероприятие {event}, дальнейший шаг {number}</translation>
    </message>
    <message>
      <source>session {number} {session}, notes</source>
      <translation>заседание {number} {session}, заметки</translation>
    </message>
    <message>
      <source>session {number} {session}, key outcome {item}</source>
      <translation>заседание {number} {session}, основной результат {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, next step {item}</source>
      <translation>заседание {number} {session}, дальнейший шаг {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, marketplace table {item}</source>
      <translation>заседание {number} {session}, тематический стол {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, slide {item} caption</source>
      <translation>заседание {number} {session}, подпись к слайду {item}</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>{file} is a PDF without CMCoord Desktop records (only summaries exported by version 0.2 or later carry them).</source>
      <translation>{file} — PDF-файл без записей CMCoord Desktop (их содержат только итоги, экспортированные версией 0.2 или более поздней).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read ({size} bytes).</source>
      <translation>{file} содержит записи слишком большого размера для чтения ({size} байт).</translation>
    </message>
    <message>
      <source>{file} is a damaged PDF: its records cannot be read ({reason}).</source>
      <translation>{file} — повреждённый PDF-файл: его записи невозможно прочитать ({reason}).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read.</source>
      <translation>{file} содержит записи слишком большого размера для чтения.</translation>
    </message>
  </context>
  <context>
    <name>next steps</name>
    <message>
      <source>due {due}, before its session on {starts}</source>
      <translation>срок {due}, раньше его заседания {starts}</translation>
    </message>
    <message>
      <source>due {due}, before its event on {starts}</source>
      <translation>срок {due}, раньше его мероприятия {starts}</translation>
    </message>
    <message>
      <source>owner is {count} characters long</source>
      <translation>поле «Ответственный» длиной {count} символов</translation>
    </message>
  </context>
  <context>
    <name>plurals</name>
    <message numerus="yes">
      <source>Searched the first %n words.</source>
      <translation>
        <numerusform>Поиск выполнен только по первым словам: %n.</numerusform>
        <numerusform>Поиск выполнен только по первым словам: %n.</numerusform>
        <numerusform>Поиск выполнен только по первым словам: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} is more than %n years ahead: leave the field again to keep it, or correct it</source>
      <translation>
        <numerusform>{date} — более чем через %n год: выйдите из поля ещё раз, чтобы сохранить дату, или исправьте её</numerusform>
        <numerusform>{date} — более чем через %n года: выйдите из поля ещё раз, чтобы сохранить дату, или исправьте её</numerusform>
        <numerusform>{date} — более чем через %n лет: выйдите из поля ещё раз, чтобы сохранить дату, или исправьте её</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First %n matches shown; add words or raise --limit.</source>
      <translation>
        <numerusform>Показаны первые совпадения: %n; добавьте слова или увеличьте --limit.</numerusform>
        <numerusform>Показаны первые совпадения: %n; добавьте слова или увеличьте --limit.</numerusform>
        <numerusform>Показаны первые совпадения: %n; добавьте слова или увеличьте --limit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n next steps to {file}</source>
      <translation>
        <numerusform>Записан %n дальнейший шаг в {file}</numerusform>
        <numerusform>Записано %n дальнейших шага в {file}</numerusform>
        <numerusform>Записано %n дальнейших шагов в {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the shared file to pass them on.</source>
      <translation>
        <numerusform>Исправлена дата %n изменения, сделанного, когда часы этого компьютера спешили. Синхронизируйте с общим файлом, чтобы передать его.</numerusform>
        <numerusform>Исправлены даты %n изменений, сделанных, когда часы этого компьютера спешили. Синхронизируйте с общим файлом, чтобы передать их.</numerusform>
        <numerusform>Исправлены даты %n изменений, сделанных, когда часы этого компьютера спешили. Синхронизируйте с общим файлом, чтобы передать их.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</source>
      <translation>
        <numerusform>Исправлена дата %n изменения, сделанного, когда часы этого компьютера спешили; {file} перезаписан. Другие компьютеры снова могут синхронизироваться.</numerusform>
        <numerusform>Исправлены даты %n изменений, сделанных, когда часы этого компьютера спешили; {file} перезаписан. Другие компьютеры снова могут синхронизироваться.</numerusform>
        <numerusform>Исправлены даты %n изменений, сделанных, когда часы этого компьютера спешили; {file} перезаписан. Другие компьютеры снова могут синхронизироваться.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>{file} создан: этот компьютер — {here}; файл — {there}; объединена %n конфликтующая копия.</numerusform>
        <numerusform>{file} создан: этот компьютер — {here}; файл — {there}; объединены %n конфликтующие копии.</numerusform>
        <numerusform>{file} создан: этот компьютер — {here}; файл — {there}; объединено %n конфликтующих копий.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>Синхронизировано с {file}: этот компьютер — {here}; файл — {there}; объединена %n конфликтующая копия.</numerusform>
        <numerusform>Синхронизировано с {file}: этот компьютер — {here}; файл — {there}; объединены %n конфликтующие копии.</numerusform>
        <numerusform>Синхронизировано с {file}: этот компьютер — {here}; файл — {there}; объединено %n конфликтующих копий.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{new} new, {updated} updated, %n conflict(s), {deleted} deleted</source>
      <translation>
        <numerusform>новых: {new}, обновлено: {updated}, %n конфликт, удалено: {deleted}</numerusform>
        <numerusform>новых: {new}, обновлено: {updated}, %n конфликта, удалено: {deleted}</numerusform>
        <numerusform>новых: {new}, обновлено: {updated}, %n конфликтов, удалено: {deleted}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) on this laptop; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>Эта синхронизация удалила бы {deleted} из %n записи на этом компьютере; она приостановлена. Подтвердите, чтобы продолжить.</numerusform>
        <numerusform>Эта синхронизация удалила бы {deleted} из %n записей на этом компьютере; она приостановлена. Подтвердите, чтобы продолжить.</numerusform>
        <numerusform>Эта синхронизация удалила бы {deleted} из %n записей на этом компьютере; она приостановлена. Подтвердите, чтобы продолжить.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) in the shared file; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>Эта синхронизация удалила бы {deleted} из %n записи в общем файле; она приостановлена. Подтвердите, чтобы продолжить.</numerusform>
        <numerusform>Эта синхронизация удалила бы {deleted} из %n записей в общем файле; она приостановлена. Подтвердите, чтобы продолжить.</numerusform>
        <numerusform>Эта синхронизация удалила бы {deleted} из %n записей в общем файле; она приостановлена. Подтвердите, чтобы продолжить.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.</source>
      <translation>
        <numerusform>Синхронизировано с {server}: этот компьютер — {here}; отправлена %n новая версия (записей: {records}).</numerusform>
        <numerusform>Синхронизировано с {server}: этот компьютер — {here}; отправлены %n новые версии (записей: {records}).</numerusform>
        <numerusform>Синхронизировано с {server}: этот компьютер — {here}; отправлено %n новых версий (записей: {records}).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>record names</name>
    <message>
      <source>Event</source>
      <translation>Мероприятие</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Мероприятия</translation>
    </message>
    <message>
      <source>Untitled event</source>
      <translation>Мероприятие без названия</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Заседания</translation>
    </message>
    <message>
      <source>Untitled session</source>
      <translation>Заседание без названия</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>Тематический стол</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>Тематические столы</translation>
    </message>
    <message>
      <source>Untitled table</source>
      <translation>Стол без названия</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Презентация</translation>
    </message>
    <message>
      <source>Presentations</source>
      <translation>Презентации</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <source>Key outcome</source>
      <translation>Основной результат</translation>
    </message>
    <message>
      <source>Key outcomes</source>
      <translation>Основные результаты</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Дальнейший шаг</translation>
    </message>
    <message>
      <source>Next steps to implementing solutions</source>
      <translation>Дальнейшие шаги по реализации решений</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Идея</translation>
    </message>
    <message>
      <source>Ideas</source>
      <translation>Идеи</translation>
    </message>
    <message>
      <source>Carried next step</source>
      <translation>Перенесённый шаг</translation>
    </message>
    <message>
      <source>Carried next steps</source>
      <translation>Перенесённые шаги</translation>
    </message>
    <message>
      <source>(carried next step)</source>
      <translation>(перенесённый шаг)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Пункт</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Пункты</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>Текущие</translation>
    </message>
    <message>
      <source>Upcoming</source>
      <translation>Предстоящие</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Прошедшие</translation>
    </message>
  </context>
  <context>
    <name>record state</name>
    <message>
      <source>two different values carry the stamp {time} of {device}</source>
      <translation>два разных значения имеют одну отметку времени {time} от {device}</translation>
    </message>
  </context>
  <context>
    <name>search</name>
    <message>
      <source>Searched the first {count} characters.</source>
      <translation>Поиск выполнен только по первым символам: {count}.</translation>
    </message>
    <message>
      <source>Type letters or numbers to search: symbols alone match nothing.</source>
      <translation>Для поиска введите буквы или цифры: одни только символы ничему не соответствуют.</translation>
    </message>
    <message>
      <source>key outcome</source>
      <translation>основной результат</translation>
    </message>
    <message>
      <source>next step</source>
      <translation>дальнейший шаг</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>идея</translation>
    </message>
    <message>
      <source>item</source>
      <translation>элемент</translation>
    </message>
    <message>
      <source>marketplace table</source>
      <translation>тематический стол</translation>
    </message>
    <message>
      <source>slide</source>
      <translation>слайд</translation>
    </message>
    <message>
      <source>event</source>
      <translation>мероприятие</translation>
    </message>
    <message>
      <source>session</source>
      <translation>заседание</translation>
    </message>
    <message>
      <source>panel member</source>
      <translation>участник дискуссии</translation>
    </message>
    <message>
      <source>session notes</source>
      <translation>заметки заседания</translation>
    </message>
    <message>
      <source>table host</source>
      <translation>ведущий стола</translation>
    </message>
    <message>
      <source>table participants</source>
      <translation>участники стола</translation>
    </message>
    <message>
      <source>next step owner</source>
      <translation>ответственный за дальнейший шаг</translation>
    </message>
    <message>
      <source>slide caption</source>
      <translation>подпись к слайду</translation>
    </message>
    <message>
      <source>slide file</source>
      <translation>файл слайда</translation>
    </message>
  </context>
  <context>
    <name>shared file</name>
    <message>
      <source>{file} stayed locked by another program (WinError {code}).</source>
      <translation>{file} остался заблокирован другой программой (WinError {code}).</translation>
    </message>
  </context>
  <context>
    <name>spelled date</name>
    <message>
      <source>January</source>
      <translation>января</translation>
    </message>
    <message>
      <source>February</source>
      <translation>февраля</translation>
    </message>
    <message>
      <source>March</source>
      <translation>марта</translation>
    </message>
    <message>
      <source>April</source>
      <translation>апреля</translation>
    </message>
    <message>
      <source>May</source>
      <translation>мая</translation>
    </message>
    <message>
      <source>June</source>
      <translation>июня</translation>
    </message>
    <message>
      <source>July</source>
      <translation>июля</translation>
    </message>
    <message>
      <source>August</source>
      <translation>августа</translation>
    </message>
    <message>
      <source>September</source>
      <translation>сентября</translation>
    </message>
    <message>
      <source>October</source>
      <translation>октября</translation>
    </message>
    <message>
      <source>November</source>
      <translation>ноября</translation>
    </message>
    <message>
      <source>December</source>
      <translation>декабря</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{day} {month} {year} г.</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>This data folder was written by a newer CMCoord Desktop (schema {version}, this program knows up to {known}). Please update the program.</source>
      <translation>Эта папка данных записана более новой версией CMCoord Desktop (схема {version}, эта программа знает схемы до {known}). Обновите программу.</translation>
    </message>
    <message>
      <source>CMCoord Desktop is already open on {folder}. Switch to that window, or close it first.</source>
      <translation>CMCoord Desktop уже открыт для {folder}. Перейдите в это окно или сначала закройте его.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk holding it is full. Free some space.</source>
      <translation>Не сохранено: CMCoord Desktop не удалось записать в вашу папку данных {folder}: диск, на котором она находится, заполнен. Освободите место.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk reported an error. Check that the drive is still connected.</source>
      <translation>Не сохранено: CMCoord Desktop не удалось записать в вашу папку данных {folder}: диск сообщил об ошибке. Проверьте, что накопитель по-прежнему подключён.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: it can no longer be written to. Check the folder's permissions.</source>
      <translation>Не сохранено: CMCoord Desktop не удалось записать в вашу папку данных {folder}: в неё больше нельзя записывать. Проверьте права доступа к папке.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file cannot be opened. Check that the drive is connected.</source>
      <translation>Не сохранено: CMCoord Desktop не удалось записать в вашу папку данных {folder}: не удаётся открыть её файл базы данных. Проверьте, что накопитель подключён.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database stayed busy too long. Try again in a moment.</source>
      <translation>Не сохранено: CMCoord Desktop не удалось записать в вашу папку данных {folder}: её база данных слишком долго была занята. Повторите попытку через мгновение.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file is damaged. Keep a copy of the folder and ask for help.</source>
      <translation>Не сохранено: CMCoord Desktop не удалось записать в вашу папку данных {folder}: её файл базы данных повреждён. Сохраните копию папки и обратитесь за помощью.</translation>
    </message>
    <message>
      <source>There is no CMCoord Desktop data in {folder}: check the folder (--data-dir) and try again.</source>
      <translation>В {folder} нет данных CMCoord Desktop: проверьте папку (--data-dir) и повторите попытку.</translation>
    </message>
    <message>
      <source>The data in {folder} was written by an older CMCoord Desktop: open it once in the window (cmcoord-desktop --data-dir FOLDER), which brings it up to date, then try again.</source>
      <translation>Данные в {folder} записаны более старой версией CMCoord Desktop: откройте их один раз в окне (cmcoord-desktop --data-dir FOLDER), которое их обновит, и повторите попытку.</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB an import reads.</source>
      <translation>Не записано: {file} занял бы {size} МиБ, больше {limit} МиБ, которые читает импорт.</translation>
    </message>
    <message>
      <source>re-dating would change what {id} shows</source>
      <translation>исправление дат изменило бы то, что показывает {id}</translation>
    </message>
    <message>
      <source>a change dated in the future was not re-dated</source>
      <translation>дата изменения, датированного будущим, не исправлена</translation>
    </message>
    <message>
      <source>changes of several laptops are dated in the future: {laptops}</source>
      <translation>изменения нескольких компьютеров датированы будущим: {laptops}</translation>
    </message>
    <message>
      <source>there is no room to re-date these changes before the limit</source>
      <translation>нет места, чтобы исправить даты этих изменений до предельного срока</translation>
    </message>
    <message>
      <source>{file} rewritten with the changes this laptop re-dated earlier. Other laptops can sync again.</source>
      <translation>{file} перезаписан с изменениями, даты которых этот компьютер исправил ранее. Другие компьютеры снова могут синхронизироваться.</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>Чтение {file}</translation>
    </message>
    <message>
      <source>Taking in the shared file</source>
      <translation>Приём общего файла</translation>
    </message>
    <message>
      <source>Re-dating</source>
      <translation>Исправление дат</translation>
    </message>
    <message>
      <source>{file} changed during the repair ({reason}).</source>
      <translation>{file} изменился во время исправления ({reason}).</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Готово</translation>
    </message>
    <message>
      <source>The shared file contradicts an earlier repair ({reason}).</source>
      <translation>Общий файл противоречит более раннему исправлению ({reason}).</translation>
    </message>
    <message>
      <source>These changes cannot be re-dated exactly ({reason}).</source>
      <translation>Даты этих изменений нельзя исправить точно ({reason}).</translation>
    </message>
    <message>
      <source>This laptop's records kept changing during the repair; try again.</source>
      <translation>Записи на этом компьютере всё время менялись во время исправления; попробуйте ещё раз.</translation>
    </message>
    <message>
      <source> and </source>
      <translation> и </translation>
    </message>
    <message>
      <source>Changes from {laptops} are dated more than {minutes} minutes ahead of this laptop's clock too. If this laptop's date is behind, correct its date and time first; otherwise re-date them on that laptop first.</source>
      <translation>Изменения с {laptops} тоже датированы более чем на {minutes} мин позже времени на часах этого компьютера. Если дата этого компьютера отстаёт, сначала исправьте его дату и время; иначе сначала исправьте их даты на том компьютере.</translation>
    </message>
    <message>
      <source>Correct this laptop's date and time first: every change here is dated more than {minutes} minutes after {when} UTC, so nothing shows that its clock is right now.</source>
      <translation>Сначала исправьте дату и время этого компьютера: все изменения здесь датированы более чем на {minutes} мин позже {when} UTC, поэтому ничто не показывает, что его часы сейчас идут верно.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>Исправлять нечего: ни одно изменение здесь не датировано более чем на {minutes} мин позже часов этого компьютера ({when} UTC). Если эта дата неверна, сначала исправьте её.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here or in {file} is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>Исправлять нечего: ни одно изменение здесь или в {file} не датировано более чем на {minutes} мин позже часов этого компьютера ({when} UTC). Если эта дата неверна, сначала исправьте её.</translation>
    </message>
    <message>
      <source>cmcoord-desktop: left {file} alone: {reason}</source>
      <translation>cmcoord-desktop: {file} оставлен без изменений: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: held back {file}, the rest synced: {reason}</source>
      <translation>cmcoord-desktop: {file} отложен, остальное синхронизировано: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not repaired: {reason}</source>
      <translation>cmcoord-desktop: не исправлено: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason}</source>
      <translation>cmcoord-desktop: не синхронизировано: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason} (use --allow-deletes)</source>
      <translation>cmcoord-desktop: не синхронизировано: {reason} (используйте --allow-deletes)</translation>
    </message>
    <message>
      <source>The records in {file}</source>
      <translation>Набор записей из {file}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not imported: {reason}</source>
      <translation>cmcoord-desktop: не импортировано: {reason}</translation>
    </message>
    <message>
      <source>Imported {file}: {new} new, {updated} updated, {conflicts} to review</source>
      <translation>{file} импортирован: новых: {new}, обновлено: {updated}, к проверке: {conflicts}</translation>
    </message>
    <message>
      <source>{name} refers to a slide that is not in {folder} ({slide}…); copy that folder with the file.</source>
      <translation>{name} ссылается на слайд, которого нет в {folder} ({slide}…); скопируйте эту папку вместе с файлом.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is not a slide file.</source>
      <translation>{name}: слайд {slide}… не является файлом слайда.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is damaged.</source>
      <translation>{name}: слайд {slide}… повреждён.</translation>
    </message>
    <message>
      <source>Record {id} is a {kind} in one copy and a different record in another; one of the copies is damaged.</source>
      <translation>Запись {id} в одной копии имеет тип {kind}, а в другой — это другая запись; одна из копий повреждена.</translation>
    </message>
    <message>
      <source>Record {id} is damaged in one of the copies: {reason}.</source>
      <translation>Запись {id} повреждена в одной из копий: {reason}.</translation>
    </message>
    <message>
      <source>A {kind} ({id}) belongs to a record that is in neither this laptop nor the file; the file is incomplete or damaged.</source>
      <translation>Запись {kind} ({id}) относится к записи, которой нет ни на этом компьютере, ни в файле; файл неполон или повреждён.</translation>
    </message>
    <message>
      <source>{name} is damaged: its records are not a list.</source>
      <translation>{name} повреждён: его записи не являются списком.</translation>
    </message>
    <message>
      <source>{name} is damaged: a record is not shaped like a record.</source>
      <translation>{name} повреждён: одна из записей не имеет формы записи.</translation>
    </message>
    <message>
      <source>{name} is damaged: {id} is not a record id.</source>
      <translation>{name} повреждён: {id} не является идентификатором записи.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} appears twice.</source>
      <translation>{name} повреждён: запись {id} встречается дважды.</translation>
    </message>
    <message>
      <source>{name} holds a record of unknown kind {kind}.</source>
      <translation>{name} содержит запись неизвестного типа {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} lacks its parent.</source>
      <translation>{name} повреждён: у {kind} {id} нет родительской записи.</translation>
    </message>
    <message>
      <source>{name} holds an item of unknown kind {kind}.</source>
      <translation>{name} содержит элемент неизвестного типа {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: a parent id is not a valid id.</source>
      <translation>{name} повреждён: идентификатор родительской записи недействителен.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} has no fields.</source>
      <translation>{name} повреждён: у {kind} {id} нет полей.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} field {field} this program does not know.</source>
      <translation>{name} содержит поле {field} записи {kind}, которое этой программе неизвестно.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} are not a short list.</source>
      <translation>{name} повреждён: версии поля {field} записи {kind} не являются коротким списком.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of a {kind} {field} is malformed.</source>
      <translation>{name} повреждён: версия поля {field} записи {kind} имеет неверную форму.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} no one could have typed: {problem}. Nothing was changed.</source>
      <translation>{name} содержит поле {field} записи {kind}, которое никто не мог ввести: {problem}. Ничего не изменено.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of {kind} {field} does not carry its own stamp.</source>
      <translation>{name} повреждён: версия поля {field} записи {kind} не несёт собственной отметки времени.</translation>
    </message>
    <message>
      <source>{name} is damaged: a stamp is out of range.</source>
      <translation>{name} повреждён: отметка времени вне допустимого диапазона.</translation>
    </message>
    <message>
      <source>{name} is damaged: {device} is not a laptop's id.</source>
      <translation>{name} повреждён: {device} не является идентификатором компьютера.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} that is too large.</source>
      <translation>{name} содержит слишком большое поле {field} записи {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} field {field} holds a bad value ({reason}).</source>
      <translation>{name} повреждён: поле {field} записи {kind} содержит неверное значение ({reason}).</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} longer than {limit}.</source>
      <translation>{name} содержит поле {field} записи {kind} длиннее {limit} символов.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} number out of range.</source>
      <translation>{name} содержит число вне допустимого диапазона в поле {field} записи {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} contradict each other.</source>
      <translation>{name} повреждён: версии поля {field} записи {kind} противоречат друг другу.</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>другого компьютера</translation>
    </message>
    <message>
      <source>{name} holds changes from {laptops} dated up to {when} UTC, more than {minutes} minutes ahead of this laptop's clock: that laptop's clock was ahead when it made them. On that laptop, once its clock is right, File › Sync with shared file… offers to re-date them (or run: cmcoord-desktop repair-clock {name}); then sync here again.</source>
      <translation>{name} содержит изменения с {laptops}, датированные вплоть до {when} UTC, более чем на {minutes} мин позже времени на часах этого компьютера: часы того компьютера спешили, когда они были сделаны. На том компьютере, когда его часы будут верны, команда Файл › Синхронизировать с общим файлом… предложит исправить их даты (или выполните: cmcoord-desktop repair-clock {name}); затем снова синхронизируйтесь здесь.</translation>
    </message>
    <message>
      <source>The folder {folder} is not there: is the USB stick or network share connected?</source>
      <translation>Папки {folder} нет: подключены ли USB-накопитель или сетевой ресурс?</translation>
    </message>
    <message>
      <source>{file} cannot be read right now ({reason}); nothing was changed. Sync again in a moment.</source>
      <translation>{file} сейчас нельзя прочитать ({reason}); ничего не изменено. Синхронизируйтесь снова через минуту.</translation>
    </message>
    <message>
      <source>Could not write the slides beside {file} ({reason}); this laptop kept everything. Sync again later.</source>
      <translation>Не удалось записать слайды рядом с {file} ({reason}); этот компьютер сохранил всё. Синхронизируйтесь снова позже.</translation>
    </message>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB every laptop reads; nothing in it was replaced. Shorten the longest notes and sync again.</source>
      <translation>Не записано: {file} занял бы {size} МиБ, больше {limit} МиБ, которые читает каждый компьютер; в нём ничего не заменено. Сократите самые длинные заметки и синхронизируйтесь снова.</translation>
    </message>
    <message>
      <source>Could not make the folder {folder} beside {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>Не удалось создать папку {folder} рядом с {file} ({reason}); этот компьютер сохранил всё, что объединил. Синхронизируйтесь снова позже.</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>Не удалось записать {file} ({reason}); этот компьютер сохранил всё, что объединил. Синхронизируйтесь снова позже.</translation>
    </message>
    <message>
      <source>{file} in {folder} was replaced by another program right after this laptop wrote it; this laptop kept everything it merged. Sync again.</source>
      <translation>{file} в {folder} был заменён другой программой сразу после того, как этот компьютер его записал; этот компьютер сохранил всё, что объединил. Синхронизируйтесь снова.</translation>
    </message>
    <message>
      <source>Writing {file}</source>
      <translation>Запись {file}</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept its re-dated changes. Run the repair again later to rewrite the file.</source>
      <translation>Не удалось записать {file} ({reason}); этот компьютер сохранил изменения с исправленными датами. Запустите исправление позже ещё раз, чтобы перезаписать файл.</translation>
    </message>
    <message>
      <source>Checking {file}</source>
      <translation>Проверка {file}</translation>
    </message>
    <message>
      <source>{file} kept changing while other laptops synced; this laptop kept its re-dated changes. Run the repair again in a moment to rewrite the file.</source>
      <translation>{file} всё время менялся, пока синхронизировались другие компьютеры; этот компьютер сохранил изменения с исправленными датами. Запустите исправление ещё раз через минуту, чтобы перезаписать файл.</translation>
    </message>
    <message>
      <source>The file</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes).</source>
      <translation>{name} слишком велик ({size} байт).</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} пуст.</translation>
    </message>
    <message>
      <source>{name} is damaged: its data is nested too deeply.</source>
      <translation>{name} повреждён: его данные вложены слишком глубоко.</translation>
    </message>
    <message>
      <source>{name} is damaged or incomplete ({reason}).</source>
      <translation>{name} повреждён или неполон ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: it has no {keys}.</source>
      <translation>{name} повреждён: в нём нет {keys}.</translation>
    </message>
    <message>
      <source>{name} is damaged: its checksum does not match its contents.</source>
      <translation>{name} повреждён: его контрольная сумма не совпадает с содержимым.</translation>
    </message>
    <message>
      <source>{name} is damaged: it says {count} records but holds {held}.</source>
      <translation>{name} повреждён: в нём заявлено записей: {count}, а содержится: {held}.</translation>
    </message>
    <message>
      <source>{name} does not exist.</source>
      <translation>{name} не существует.</translation>
    </message>
    <message>
      <source>{name} is a folder, not a records file.</source>
      <translation>{name} — это папка, а не файл записей.</translation>
    </message>
    <message>
      <source>{name} is not a regular file.</source>
      <translation>{name} не является обычным файлом.</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes; the limit is {limit}).</source>
      <translation>{name} слишком велик ({size} байт; предел — {limit}).</translation>
    </message>
    <message>
      <source>{name} is not a CMCoord Desktop records file.</source>
      <translation>{name} не является файлом записей CMCoord Desktop.</translation>
    </message>
    <message>
      <source>{name} is damaged: its format version is unreadable.</source>
      <translation>{name} повреждён: версия его формата не читается.</translation>
    </message>
    <message>
      <source>{name} was written by a newer CMCoord Desktop (format {found}; this program reads {reads}.x). Please update the program.</source>
      <translation>{name} записан более новой версией CMCoord Desktop (формат {found}; эта программа читает {reads}.x). Обновите программу.</translation>
    </message>
    <message>
      <source>{name} is in format {found}, which this program cannot read.</source>
      <translation>{name} имеет формат {found}, который эта программа не умеет читать.</translation>
    </message>
    <message>
      <source>{name} is damaged or not ours ({reason}).</source>
      <translation>{name} повреждён или создан не нами ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: the key "{key}" appears twice.</source>
      <translation>{name} повреждён: ключ «{key}» встречается дважды.</translation>
    </message>
    <message>
      <source>{name} was changed by another program (it is not exactly what CMCoord Desktop writes).</source>
      <translation>{name} изменён другой программой (это не совсем то, что записывает CMCoord Desktop).</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {deleted} deleted</source>
      <translation>новых: {new}, обновлено: {updated}, удалено: {deleted}</translation>
    </message>
    <message>
      <source>the records on this laptop changed since the preview</source>
      <translation>записи на этом компьютере изменились после предварительного просмотра</translation>
    </message>
    <message>
      <source>{file} changed since the preview</source>
      <translation>{file} изменился после предварительного просмотра</translation>
    </message>
    <message>
      <source>another laptop's file in the shared place changed since the preview</source>
      <translation>файл другого компьютера в общем месте изменился после предварительного просмотра</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>Объединение</translation>
    </message>
    <message>
      <source>{file} holds another workshop (no event in common with this laptop's); nothing was changed. To merge both workshops, sync again and confirm (on the command line: --merge-other-workshop).</source>
      <translation>{file} содержит другой семинар (ни одного общего мероприятия с семинаром этого компьютера); ничего не изменено. Чтобы объединить оба семинара, синхронизируйтесь снова и подтвердите (в командной строке: --merge-other-workshop).</translation>
    </message>
    <message>
      <source>Saving on this laptop</source>
      <translation>Сохранение на этом компьютере</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than {minutes} minutes ahead of its clock now; in {file} they would be held back by every other laptop. Re-date them first: File › Sync with shared file… offers it, or run: cmcoord-desktop repair-clock {file}</source>
      <translation>Изменения, сделанные на этом компьютере, когда его часы спешили, датированы вплоть до {when} UTC, более чем на {minutes} мин позже текущего времени на его часах; в {file} все остальные компьютеры отложили бы их. Сначала исправьте их даты: это предлагает команда Файл › Синхронизировать с общим файлом…, или выполните: cmcoord-desktop repair-clock {file}</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, and the changes of all {count} other laptops are dated more than {minutes} minutes after that. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>Часы этого компьютера отстают: они показывают {now} UTC, а изменения всех остальных компьютеров (их {count}) датированы более чем на {minutes} мин позже. Исправьте дату и время этого компьютера и синхронизируйтесь снова; ничего не изменено.</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, but changes it already holds are dated up to {newest} UTC. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>Часы этого компьютера отстают: они показывают {now} UTC, но изменения, которые на нём уже есть, датированы вплоть до {newest} UTC. Исправьте дату и время этого компьютера и синхронизируйтесь снова; ничего не изменено.</translation>
    </message>
  </context>
  <context>
    <name>team_server</name>
    <message>
      <source>That is not a server address; it looks like postgresql://USER@HOST/DATABASE.</source>
      <translation>Это не адрес сервера; он выглядит так: postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
      <source>Leave the password out of the server address: the address is remembered and shown. You will be asked for it (and it is kept in the system keyring), or put it in .pgpass.</source>
      <translation>Не указывайте пароль в адресе сервера: адрес запоминается и отображается. Пароль будет запрошен (и сохранён в системном хранилище ключей), либо укажите его в .pgpass.</translation>
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation>Пароль для {server}: </translation>
    </message>
    <message>
      <source>Set up the team server {server} (schema {schema}).</source>
      <translation>Сервер группы {server} настроен (схема {schema}).</translation>
    </message>
    <message>
      <source>The team server {server} is at schema {schema} (was {was}); roles granted again.</source>
      <translation>Сервер группы {server} использует схему {schema} (была {was}); роли выданы заново.</translation>
    </message>
    <message>
      <source>Removed {versions} superseded versions and {attachments} unused attachments from {server}.</source>
      <translation>Удалено устаревших версий: {versions}, неиспользуемых вложений: {attachments} (на {server}).</translation>
    </message>
    <message>
      <source>Added {name} to {server} as an observer ({group}).</source>
      <translation>{name} добавлен на {server} как наблюдатель ({group}).</translation>
    </message>
    <message>
      <source>Added {name} to {server} as a member ({group}).</source>
      <translation>{name} добавлен на {server} как участник ({group}).</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>Новый пароль для {name}: </translation>
    </message>
    <message>
      <source>Once more: </source>
      <translation>Ещё раз: </translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>Пароли не совпадают; ничего не изменено.</translation>
    </message>
    <message>
      <source>{server} asks for a password: run the sync where it can be asked for, or add it to .pgpass.</source>
      <translation>{server} запрашивает пароль: запустите синхронизацию там, где его можно ввести, или добавьте его в .pgpass.</translation>
    </message>
    <message>
      <source>The certificate of {host} is made out to another name: this may not be your team server. Nothing was changed; ask its administrator.</source>
      <translation>Сертификат {host} выдан на другое имя: возможно, это не ваш сервер группы. Ничего не изменено; обратитесь к его администратору.</translation>
    </message>
    <message>
      <source>The certificate of {host} cannot be checked: this laptop has no certificate of the authority that signed it (~/.postgresql/root.crt). Nothing was changed; ask the server's administrator for it.</source>
      <translation>Сертификат {host} невозможно проверить: на этом компьютере нет сертификата центра, который его подписал (~/.postgresql/root.crt). Ничего не изменено; попросите его у администратора сервера.</translation>
    </message>
    <message>
      <source>The certificate of {host} could not be verified: it is not signed by an authority this laptop trusts, or it expired. Nothing was changed; ask its administrator.</source>
      <translation>Не удалось проверить сертификат {host}: он подписан не тем центром, которому доверяет этот компьютер, или истёк. Ничего не изменено; обратитесь к его администратору.</translation>
    </message>
    <message>
      <source>{host} does not offer an encrypted connection (TLS), so this laptop will not send anything to it. Ask its administrator to turn TLS on.</source>
      <translation>{host} не предлагает зашифрованного соединения (TLS), поэтому этот компьютер ничего ему не отправит. Попросите его администратора включить TLS.</translation>
    </message>
    <message>
      <source>The server {server} did not accept the password. Nothing was changed.</source>
      <translation>Сервер {server} не принял пароль. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The server has no database {database}. Nothing was changed.</source>
      <translation>На сервере нет базы данных {database}. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The server has no account {account}. Nothing was changed.</source>
      <translation>На сервере нет учётной записи {account}. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The server {server} does not let this account in from here. Nothing was changed.</source>
      <translation>Сервер {server} не пускает эту учётную запись отсюда. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Could not reach the team server {server} ({reason}). This laptop kept everything.</source>
      <translation>Не удалось связаться с сервером группы {server} ({reason}). Этот компьютер сохранил всё.</translation>
    </message>
    <message>
      <source>{name} cannot be an account name: use lower-case letters, digits, _ . or -, starting with a letter (at most 63).</source>
      <translation>{name} не может быть именем учётной записи: используйте строчные буквы, цифры, _ . или -, начиная с буквы (не более 63).</translation>
    </message>
    <message>
      <source>Give the account a password of at least 12 characters.</source>
      <translation>Задайте для учётной записи пароль не короче 12 символов.</translation>
    </message>
    <message>
      <source>The server already has an account {name}; nothing changed.</source>
      <translation>На сервере уже есть учётная запись {name}; ничего не изменилось.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} has no readable parent; nothing was changed on this laptop.</source>
      <translation>{name} повреждён: у записи {id} нет читаемой родительской записи; на этом компьютере ничего не изменено.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} is stored as two different records; nothing was changed on this laptop.</source>
      <translation>{name} повреждён: запись {id} хранится как две разные записи; на этом компьютере ничего не изменено.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} has no value; nothing was changed on this laptop.</source>
      <translation>{name} повреждён: у версии записи {id} нет значения; на этом компьютере ничего не изменено.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} {field} is unreadable; nothing was changed on this laptop.</source>
      <translation>{name} повреждён: версия записи {id} {field} не читается; на этом компьютере ничего не изменено.</translation>
    </message>
    <message>
      <source>{database} on {server}</source>
      <translation>{database} на {server}</translation>
    </message>
    <message>
      <source>The database {where} is not set up as a team server. Its administrator sets it up with: cmcoord-desktop server init URL. Nothing was changed.</source>
      <translation>База данных {where} не настроена как сервер группы. Её администратор настраивает её командой: cmcoord-desktop server init URL. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The database {where} holds another program's tables named cmcoord; nothing was changed. Check the address.</source>
      <translation>База данных {where} содержит таблицы другой программы с именем cmcoord; ничего не изменено. Проверьте адрес.</translation>
    </message>
    <message>
      <source>The team server {where} is damaged: no schema version.</source>
      <translation>Сервер группы {where} повреждён: нет версии схемы.</translation>
    </message>
    <message>
      <source>The team server {where} was set up by a newer CMCoord Desktop (schema {version}, this one knows {known}); update this program. Nothing was changed.</source>
      <translation>Сервер группы {where} настроен более новой версией CMCoord Desktop (схема {version}, эта версия знает {known}); обновите программу. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The team server {where} needs upgrading to this release's schema: its administrator runs cmcoord-desktop server init URL again. Nothing was changed.</source>
      <translation>Сервер группы {where} нужно обновить до схемы этой версии: его администратор снова выполняет cmcoord-desktop server init URL. Ничего не изменено.</translation>
    </message>
    <message>
      <source>This database already has a schema named cmcoord that is not CMCoord Desktop's; nothing was changed. Use another database.</source>
      <translation>В этой базе данных уже есть схема cmcoord, не принадлежащая CMCoord Desktop; ничего не изменено. Используйте другую базу данных.</translation>
    </message>
    <message>
      <source>This team server was set up by a newer CMCoord Desktop (schema {version}); update this program first. Nothing was changed.</source>
      <translation>Этот сервер группы настроен более новой версией CMCoord Desktop (схема {version}); сначала обновите программу. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The account {account} may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>Учётная запись {account} не может настроить сервер группы ({reason}); используйте учётную запись владельца базы данных с правом создавать роли (CREATEROLE). Ничего не изменено.</translation>
    </message>
    <message>
      <source>The account you used may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>Использованная учётная запись не может настроить сервер группы ({reason}); используйте учётную запись владельца базы данных с правом создавать роли (CREATEROLE). Ничего не изменено.</translation>
    </message>
    <message>
      <source>Synced with {server}: this laptop {here}; this account only reads, nothing sent.</source>
      <translation>Синхронизировано с {server}: этот компьютер — {here}; эта учётная запись только читает, ничего не отправлено.</translation>
    </message>
    <message>
      <source>Connecting to {server}</source>
      <translation>Подключение к {server}</translation>
    </message>
    <message>
      <source>The team server {server}</source>
      <translation>Сервер группы {server}</translation>
    </message>
    <message>
      <source>Reading what is new</source>
      <translation>Чтение нового</translation>
    </message>
    <message>
      <source>{name} is damaged: its tables are incomplete. Nothing was changed.</source>
      <translation>{name} повреждён: его таблицы неполны. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Sending to {server}</source>
      <translation>Отправка на {server}</translation>
    </message>
    <message>
      <source>This laptop's id ({device}) is already used on the server by the account {account}: a copied data folder? Nothing was sent.</source>
      <translation>Идентификатор этого компьютера ({device}) уже используется на сервере учётной записью {account}: скопированная папка данных? Ничего не отправлено.</translation>
    </message>
    <message>
      <source>{server} refused this push: {reason}. Nobody may send changes in another laptop's name; nothing was sent.</source>
      <translation>{server} отклонил эту отправку: {reason}. Никто не может отправлять изменения от имени другого компьютера; ничего не отправлено.</translation>
    </message>
    <message>
      <source>The account {account} may not do that on {server} ({reason}); nothing was sent.</source>
      <translation>Учётная запись {account} не может делать это на {server} ({reason}); ничего не отправлено.</translation>
    </message>
    <message>
      <source>The disk of {server} is full; nothing was sent and this laptop kept everything. Tell the server's administrator, then sync again.</source>
      <translation>Диск {server} заполнен; ничего не отправлено, этот компьютер сохранил всё. Сообщите администратору сервера, затем синхронизируйтесь снова.</translation>
    </message>
    <message>
      <source>The connection to {server} was lost; this laptop kept everything. Sync again in a moment.</source>
      <translation>Соединение с {server} потеряно; этот компьютер сохранил всё. Синхронизируйтесь снова через минуту.</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than a day ahead of its clock now; on {server} they would block every other laptop. Re-date them first: cmcoord-desktop repair-clock</source>
      <translation>Изменения, сделанные на этом компьютере, когда его часы спешили, датированы вплоть до {when} UTC, более чем на сутки позже текущего времени на его часах; на {server} они заблокировали бы все остальные компьютеры. Сначала исправьте их даты: cmcoord-desktop repair-clock</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A title is needed</source>
      <translation>Требуется название</translation>
    </message>
    <message>
      <source>A topic is needed</source>
      <translation>Требуется тема</translation>
    </message>
    <message>
      <source>Type a whole number, like 35</source>
      <translation>Введите целое число, например 35</translation>
    </message>
    <message>
      <source>A count cannot be below zero</source>
      <translation>Количество не может быть меньше нуля</translation>
    </message>
    <message>
      <source>That number is too large for a count</source>
      <translation>Это число слишком велико для количества</translation>
    </message>
    <message>
      <source>Type a date like 2017-02-06 or 6 Feb 2017</source>
      <translation>Введите дату, например 2017-02-06 или 6.2.2017</translation>
    </message>
    <message>
      <source>Type a time like 09:30 or 2:30 pm</source>
      <translation>Введите время, например 09:30 или 14.30</translation>
    </message>
    <message>
      <source>The end date is before the start date</source>
      <translation>Дата окончания раньше даты начала</translation>
    </message>
    <message>
      <source>The start date is after the end date</source>
      <translation>Дата начала позже даты окончания</translation>
    </message>
    <message>
      <source>The session ends before it starts</source>
      <translation>Заседание заканчивается раньше, чем начинается</translation>
    </message>
    <message>
      <source>The session starts after it ends</source>
      <translation>Заседание начинается позже, чем заканчивается</translation>
    </message>
    <message>
      <source>That value cannot be stored here</source>
      <translation>Это значение нельзя сохранить здесь</translation>
    </message>
    <message>
      <source>Removed an invisible direction-override character (it would reorder the text around it)</source>
      <translation>Удалён невидимый символ переопределения направления (он переставил бы окружающий текст)</translation>
    </message>
    <message>
      <source>Read as {date}</source>
      <translation>Прочитано как {date}</translation>
    </message>
    <message>
      <source>{date} is before 1945: leave the field again to keep it, or correct it</source>
      <translation>{date} — раньше 1945 года: выйдите из поля ещё раз, чтобы сохранить дату, или исправьте её</translation>
    </message>
  </context>
  <context>
    <name>value rules</name>
    <message>
      <source>not a whole number</source>
      <translation>не целое число</translation>
    </message>
    <message>
      <source>a count below zero ({value})</source>
      <translation>количество меньше нуля ({value})</translation>
    </message>
    <message>
      <source>a count too large ({value})</source>
      <translation>слишком большое количество ({value})</translation>
    </message>
    <message>
      <source>a status not on the list ({value}; the list: open, in progress, done)</source>
      <translation>статус не из списка ({value}; список: open, in progress, done)</translation>
    </message>
    <message>
      <source>a time that is not HH:MM ({value})</source>
      <translation>время не в формате ЧЧ:ММ ({value})</translation>
    </message>
    <message>
      <source>a date that is not YYYY-MM-DD ({value})</source>
      <translation>дата не в формате ГГГГ-ММ-ДД ({value})</translation>
    </message>
    <message>
      <source>a direction-override character, which would reorder the text around it</source>
      <translation>символ переопределения направления, который переставил бы окружающий текст</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>not base64: {reason}</source>
      <translation>не base64: {reason}</translation>
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation>ожидалось {expected}, получено {got}</translation>
    </message>
  </context>
</TS>
