<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>About</name>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Dossier de données</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>Fichier journal</translation>
    </message>
    <message>
      <source>not written (see the terminal)</source>
      <translation>non écrit (voir le terminal)</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>Conçu avec</translation>
    </message>
    <message>
      <source>Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, and merge notes with co-facilitators through a shared file.</source>
      <translation>Consignez en direct les résultats des ateliers UN-CMCoord, exportez des résumés PDF le jour même et fusionnez vos notes avec celles des co-animateurs au moyen d'un fichier partagé.</translation>
    </message>
    <message>
      <source>Fonts in PDF summaries</source>
      <translation>Polices des résumés PDF</translation>
    </message>
    <message>
      <source>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji and Noto Sans Symbols 2; their licences:</source>
      <translation>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei et DejaVu Sans, et pour les émojis et symboles (aussi dans la fenêtre, si le système n'a pas de police d'émojis) des sous-ensembles de Noto Emoji et Noto Sans Symbols 2 ; leurs licences :</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>Bibliothèques</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit unmodified in the program folder and can be replaced with compatible builds. Source: {link}.</source>
      <translation>Qt et PySide6 sont utilisés sous la licence GNU LGPL version 3 : leurs bibliothèques partagées se trouvent, non modifiées, dans le dossier du programme et peuvent être remplacées par des versions compatibles. Source : {link}.</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About {program}</source>
      <translation>À propos de {program}</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>Aid&amp;e</translation>
    </message>
    <message>
      <source>New &amp;event</source>
      <translation>Nouvel &amp;événement</translation>
    </message>
    <message>
      <source>Add an event and type its title</source>
      <translation>Ajouter un événement et saisir son titre</translation>
    </message>
    <message>
      <source>New event from a &amp;past event…</source>
      <translation>Nouvel événement à partir d'un événement &amp;passé…</translation>
    </message>
    <message>
      <source>A new event with the sessions and marketplace tables of a past one (of this data folder or of a records file), without their content</source>
      <translation>Un nouvel événement avec les séances et les tables thématiques d'un événement passé (de ce dossier de données ou d'un fichier de fiches), sans leur contenu</translation>
    </message>
    <message>
      <source>New &amp;session</source>
      <translation>Nouvelle &amp;séance</translation>
    </message>
    <message>
      <source>Add a session to the selected event</source>
      <translation>Ajouter une séance à l'événement sélectionné</translation>
    </message>
    <message>
      <source>New marketplace &amp;table</source>
      <translation>Nouvelle &amp;table thématique</translation>
    </message>
    <message>
      <source>Add a marketplace table (topic group) to the selected session</source>
      <translation>Ajouter une table thématique (groupe de discussion) à la séance sélectionnée</translation>
    </message>
    <message>
      <source>E&amp;xport summary…</source>
      <translation>E&amp;xporter le résumé…</translation>
    </message>
    <message>
      <source>Export a summary of the selected event: PDF, web page, Word, Markdown or e-mail</source>
      <translation>Exporter un résumé de l'événement sélectionné : PDF, page web, Word, Markdown ou courriel</translation>
    </message>
    <message>
      <source>S&amp;ync with shared file…</source>
      <translation>S&amp;ynchroniser avec un fichier partagé…</translation>
    </message>
    <message>
      <source>Merge your notes with co-facilitators' through one shared file</source>
      <translation>Fusionner vos notes avec celles des co-animateurs au moyen d'un fichier partagé</translation>
    </message>
    <message>
      <source>Sync with a tea&amp;m server…</source>
      <translation>Synchroniser avec un serveur d'é&amp;quipe…</translation>
    </message>
    <message>
      <source>Merge your notes with the team's PostgreSQL server, and stay online with it</source>
      <translation>Fusionner vos notes avec le serveur PostgreSQL de l'équipe et rester connecté</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>Close CMCoord Desktop (everything is already saved)</source>
      <translation>Fermer CMCoord Desktop (tout est déjà enregistré)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>Find any word of any event, session, table, outcome, next step, idea, note or caption</source>
      <translation>Trouver tout mot d'un événement, d'une séance, d'une table, d'un résultat, d'une prochaine étape, d'une idée, d'une note ou d'une légende</translation>
    </message>
    <message>
      <source>Copy as e-&amp;mail</source>
      <translation>Copier comme &amp;courriel</translation>
    </message>
    <message>
      <source>Copy the selected event's summary, to paste into Outlook or Gmail as formatted text</source>
      <translation>Copier le résumé de l'événement sélectionné, à coller dans Outlook ou Gmail en texte mis en forme</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Move the selected event, session or table to the Trash</source>
      <translation>Mettre l'événement, la séance ou la table sélectionné à la corbeille</translation>
    </message>
    <message>
      <source>Delete the event, session or table selected in a list (to the Trash)</source>
      <translation>Supprimer l'événement, la séance ou la table sélectionné dans une liste (vers la corbeille)</translation>
    </message>
    <message>
      <source>Move u&amp;p</source>
      <translation>Mon&amp;ter</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table up the list</source>
      <translation>Monter dans la liste la séance sélectionnée (dans sa journée) ou la table thématique</translation>
    </message>
    <message>
      <source>Move up: the item being typed, or the session or table selected in a list</source>
      <translation>Monter : l'élément en cours de saisie, ou la séance ou la table sélectionnée dans une liste</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>&amp;Descendre</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table down the list</source>
      <translation>Descendre dans la liste la séance sélectionnée (dans sa journée) ou la table thématique</translation>
    </message>
    <message>
      <source>Move down: the item being typed, or the session or table selected in a list</source>
      <translation>Descendre : l'élément en cours de saisie, ou la séance ou la table sélectionnée dans une liste</translation>
    </message>
    <message>
      <source>Add key &amp;outcome</source>
      <translation>Ajouter un résultat princip&amp;al</translation>
    </message>
    <message>
      <source>Add a key outcome to the record in the editor</source>
      <translation>Ajouter un résultat principal à la fiche ouverte dans l'éditeur</translation>
    </message>
    <message>
      <source>Add &amp;next step</source>
      <translation>Ajouter une &amp;prochaine étape</translation>
    </message>
    <message>
      <source>Add a next step to the record in the editor</source>
      <translation>Ajouter une prochaine étape à la fiche ouverte dans l'éditeur</translation>
    </message>
    <message>
      <source>Add &amp;idea</source>
      <translation>Ajouter une &amp;idée</translation>
    </message>
    <message>
      <source>Add an idea to the marketplace table in the editor</source>
      <translation>Ajouter une idée à la table thématique ouverte dans l'éditeur</translation>
    </message>
    <message>
      <source>&amp;Filter events</source>
      <translation>&amp;Filtrer les événements</translation>
    </message>
    <message>
      <source>Filter the events by title, host or place</source>
      <translation>Filtrer les événements par titre, hôte ou lieu</translation>
    </message>
    <message>
      <source>Go to &amp;events</source>
      <translation>Aller aux &amp;événements</translation>
    </message>
    <message>
      <source>Go to &amp;sessions</source>
      <translation>Aller aux &amp;séances</translation>
    </message>
    <message>
      <source>Go to marketplace &amp;tables</source>
      <translation>Aller aux &amp;tables thématiques</translation>
    </message>
    <message>
      <source>Go to e&amp;ditor</source>
      <translation>Aller à l'é&amp;diteur</translation>
    </message>
    <message>
      <source>T&amp;rash</source>
      <translation>Co&amp;rbeille</translation>
    </message>
    <message>
      <source>Show deleted records and restore them</source>
      <translation>Afficher les fiches supprimées et les restaurer</translation>
    </message>
    <message>
      <source>&amp;Next steps</source>
      <translation>&amp;Prochaines étapes</translation>
    </message>
    <message>
      <source>Every next step of every event: filter them, close them, export them</source>
      <translation>Toutes les prochaines étapes de tous les événements : les filtrer, les clore, les exporter</translation>
    </message>
    <message>
      <source>Needs re&amp;view</source>
      <translation>À &amp;examiner</translation>
    </message>
    <message>
      <source>Records where laptops disagreed: choose which value to keep</source>
      <translation>Fiches sur lesquelles les ordinateurs divergent : choisissez la valeur à garder</translation>
    </message>
    <message>
      <source>Session &amp;clock</source>
      <translation>&amp;Horloge de séance</translation>
    </message>
    <message>
      <source>Show the time since the selected session started</source>
      <translation>Afficher le temps écoulé depuis le début de la séance sélectionnée</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
      <source>List every keyboard shortcut</source>
      <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
      <source>&amp;About CMCoord Desktop</source>
      <translation>À &amp;propos de CMCoord Desktop</translation>
    </message>
    <message>
      <source>Version, data folder, log file and licences</source>
      <translation>Version, dossier de données, fichier journal et licences</translation>
    </message>
    <message>
      <source>The next item, right after this one (in an item, or a next step's owner or due date)</source>
      <translation>L'élément suivant, juste après celui-ci (dans un élément, ou dans le responsable ou l'échéance d'une prochaine étape)</translation>
    </message>
    <message>
      <source>A line break inside the item</source>
      <translation>Un saut de ligne dans l'élément</translation>
    </message>
    <message>
      <source>Delete the empty item and go back up</source>
      <translation>Supprimer l'élément vide et remonter</translation>
    </message>
    <message>
      <source>Delete the item</source>
      <translation>Supprimer l'élément</translation>
    </message>
    <message>
      <source>The next field (a next step's text, owner, due date, status)</source>
      <translation>Le champ suivant (texte, responsable, échéance, état d'une prochaine étape)</translation>
    </message>
    <message>
      <source>The previous field</source>
      <translation>Le champ précédent</translation>
    </message>
    <message>
      <source>Paste a slide image into the session's presentation</source>
      <translation>Coller l'image d'une diapositive dans la présentation de la séance</translation>
    </message>
  </context>
  <context>
    <name>AttachmentStrip</name>
    <message>
      <source>Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)</source>
      <translation>Diapositives (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>That file is not an image or a PDF, so it was not added</source>
      <translation>Ce fichier n'est ni une image ni un PDF : il n'a pas été ajouté</translation>
    </message>
    <message>
      <source>Caption, e.g. the slide's title</source>
      <translation>Légende, par exemple le titre de la diapositive</translation>
    </message>
    <message>
      <source>Remove this slide (Undo brings it back)</source>
      <translation>Retirer cette diapositive (Annuler la rétablit)</translation>
    </message>
    <message>
      <source>Slide removed</source>
      <translation>Diapositive supprimée</translation>
    </message>
    <message>
      <source>Slide removed: {file}</source>
      <translation>Diapositive supprimée : {file}</translation>
    </message>
    <message>
      <source>Its image was removed from every laptop after it was deleted; the caption is kept.</source>
      <translation>Son image a été supprimée de tous les ordinateurs après sa suppression ; la légende est conservée.</translation>
    </message>
    <message>
      <source>Caption of {file}</source>
      <translation>Légende de {file}</translation>
    </message>
    <message>
      <source>Delete presentation: {file}</source>
      <translation>Supprimer la présentation : {file}</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Add a slide image…</source>
      <translation>Ajouter l'image d'une diapositive…</translation>
    </message>
    <message>
      <source>or paste one (Ctrl+V), or drop a file here</source>
      <translation>ou collez-en une (Ctrl+V), ou déposez un fichier ici</translation>
    </message>
    <message>
      <source>Add presentation slide</source>
      <translation>Ajouter une diapositive de présentation</translation>
    </message>
    <message>
      <source>Could not read {file}: {reason}</source>
      <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
      <source>Choose a presentation slide</source>
      <translation>Choisir une diapositive de présentation</translation>
    </message>
    <message>
      <source>Delete slide</source>
      <translation>Supprimer la diapositive</translation>
    </message>
  </context>
  <context>
    <name>BackgroundRunner</name>
    <message>
      <source>Something went wrong; nothing was lost, and the log has the details.</source>
      <translation>Une erreur s'est produite ; rien n'a été perdu, et le journal en donne le détail.</translation>
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
      <translation>Un problème est survenu : {summary}.

Vos données sont en sécurité : chaque modification a été enregistrée dès que vous l'avez faite. CMCoord Desktop continue de fonctionner ; si quelque chose semble anormal, fermez-le et rouvrez-le.

Les détails figurent dans le fichier journal :
{log}
Veuillez envoyer ce fichier en indiquant en quelques mots ce que vous faisiez.</translation>
    </message>
    <message>
      <source>Something went wrong: {summary}.

Your data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.

The details could not be written to a log file.</source>
      <translation>Un problème est survenu : {summary}.

Vos données sont en sécurité : chaque modification a été enregistrée dès que vous l'avez faite. CMCoord Desktop continue de fonctionner ; si quelque chose semble anormal, fermez-le et rouvrez-le.

Les détails n'ont pas pu être écrits dans un fichier journal.</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not open its data folder {folder}: {reason}.

Nothing in the folder was deleted. Keep a copy of the folder before trying anything else, and ask for help with it.</source>
      <translation>CMCoord Desktop n'a pas pu ouvrir son dossier de données {folder} : {reason}.

Rien n'a été supprimé dans le dossier. Faites-en une copie avant toute autre tentative et demandez de l'aide.</translation>
    </message>
    <message>
      <source>The details are in the log file:
{log}</source>
      <translation>Les détails figurent dans le fichier journal :
{log}</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not start</source>
      <translation>CMCoord Desktop n'a pas pu démarrer</translation>
    </message>
    <message>
      <source>CMCoord Desktop: unexpected error</source>
      <translation>CMCoord Desktop : erreur inattendue</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sync</source>
      <translation>Synchroniser</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Continuer</translation>
    </message>
  </context>
  <context>
    <name>DueDelegate</name>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>e.g. 15 March 2026; empty: no date</source>
      <translation>p. ex. 15 mars 2026 ; vide : sans date</translation>
    </message>
    <message>
      <source>Due date not saved: {reason}</source>
      <translation>Échéance non enregistrée : {reason}</translation>
    </message>
    <message>
      <source>{doubt} Press Enter again to keep it.</source>
      <translation>{doubt} Appuyez de nouveau sur Entrée pour la garder.</translation>
    </message>
  </context>
  <context>
    <name>EventPicker</name>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Events in the summary</source>
      <translation>Événements du résumé</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>événement sans titre</translation>
    </message>
    <message>
      <source>Tic&amp;k all</source>
      <translation>Tout coc&amp;her</translation>
    </message>
    <message>
      <source>Put every event in the summary</source>
      <translation>Inclure tous les événements dans le résumé</translation>
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation>Tout décoche&amp;r</translation>
    </message>
    <message>
      <source>Take every event out of the summary</source>
      <translation>Retirer tous les événements du résumé</translation>
    </message>
    <message>
      <source>Upcoming and past as of</source>
      <translation>À venir et passés à la date du</translation>
    </message>
    <message>
      <source>Events that start after this day are listed as upcoming, the others as past</source>
      <translation>Les événements qui commencent après ce jour figurent parmi les événements à venir, les autres parmi les événements passés</translation>
    </message>
    <message>
      <source>Title of the summary</source>
      <translation>Titre du résumé</translation>
    </message>
    <message>
      <source>As of &amp;date:</source>
      <translation>À la date d&amp;u :</translation>
    </message>
    <message>
      <source>Summary &amp;title:</source>
      <translation>Titre du ré&amp;sumé :</translation>
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <source>No event matches “{words}”.</source>
      <translation>Aucun événement ne correspond à « {words} ».</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Web page (for a website or CMS)</source>
      <translation>Page web (pour un site ou un CMS)</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>Page web (*.html)</translation>
    </message>
    <message>
      <source>Word (for comments and translators)</source>
      <translation>Word (pour les commentaires et les traducteurs)</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Document Word (*.docx)</translation>
    </message>
    <message>
      <source>Markdown (wikis, repositories)</source>
      <translation>Markdown (wikis, dépôts)</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>E-mail (.eml, to send or forward)</source>
      <translation>Courrier électronique (.eml, à envoyer ou à transférer)</translation>
    </message>
    <message>
      <source>E-mail message (*.eml)</source>
      <translation>Message électronique (*.eml)</translation>
    </message>
    <message>
      <source>Export summary — {title}</source>
      <translation>Exporter le résumé — {title}</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>événement sans titre</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Non exporté</translation>
    </message>
    <message>
      <source>&amp;All sessions</source>
      <translation>&amp;Toutes les séances</translation>
    </message>
    <message>
      <source>&amp;Chosen sessions:</source>
      <translation>Séances &amp;choisies :</translation>
    </message>
    <message>
      <source>(untitled session)</source>
      <translation>(séance sans titre)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>&amp;Marketplace tables</source>
      <translation>Tables &amp;thématiques</translation>
    </message>
    <message>
      <source>Presentation &amp;images</source>
      <translation>&amp;Images des présentations</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Notes</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>&amp;Papier :</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Format :</translation>
    </message>
    <message>
      <source>Choose sessions and options, then Export.</source>
      <translation>Choisissez les séances et les options, puis Exporter.</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Ouvrir</translation>
    </message>
    <message>
      <source>Open the exported file in the program that shows it</source>
      <translation>Ouvrir le fichier exporté dans le programme qui l'affiche</translation>
    </message>
    <message>
      <source>Show in fo&amp;lder</source>
      <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
      <source>Open the folder the exported file is in</source>
      <translation>Ouvrir le dossier qui contient le fichier exporté</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Cop&amp;y as e-mail</source>
      <translation>Copier comme courrie&amp;l</translation>
    </message>
    <message>
      <source>Put the summary on the clipboard, to paste into a new e-mail</source>
      <translation>Placer le résumé dans le presse-papiers, pour le coller dans un nouveau message</translation>
    </message>
    <message numerus="yes">
      <source>Export summary — %n event(s)</source>
      <translation>
        <numerusform>Exporter le résumé — %n événement</numerusform>
        <numerusform>Exporter le résumé — %n événements</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick at least one event to export its summary.</source>
      <translation>Cochez au moins un événement pour en exporter le résumé.</translation>
    </message>
    <message>
      <source>Choose the day, the title and options, then Export.</source>
      <translation>Choisissez la date, le titre et les options, puis Exporter.</translation>
    </message>
    <message>
      <source>Choose at least one session, or All sessions.</source>
      <translation>Choisissez au moins une séance, ou Toutes les séances.</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>Résumé copié : collez-le dans un nouveau message.</translation>
    </message>
    <message>
      <source>Export summary</source>
      <translation>Exporter le résumé</translation>
    </message>
    <message>
      <source>Exporting the summary to {file}…</source>
      <translation>Exportation du résumé vers {file}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation>{file} a été exporté.</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>Export annulé : aucun fichier n'a été écrit.</translation>
    </message>
    <message>
      <source>The export failed and wrote no file. {message}</source>
      <translation>L'exportation a échoué et aucun fichier n'a été écrit. {message}</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Annulation…</translation>
    </message>
    <message>
      <source>No program on this computer opens {file}.</source>
      <translation>Aucun programme de cet ordinateur n'ouvre {file}.</translation>
    </message>
    <message>
      <source>The folder {folder} did not open.</source>
      <translation>Le dossier {folder} ne s'est pas ouvert.</translation>
    </message>
    <message>
      <source>{path} is no longer there: export it again.</source>
      <translation>{path} n'existe plus : exportez-le de nouveau.</translation>
    </message>
  </context>
  <context>
    <name>FieldBinding</name>
    <message>
      <source>Not saved yet: kept here, and saved as soon as the data folder can be written.</source>
      <translation>Pas encore enregistré : conservé ici, et enregistré dès que le dossier de données sera accessible en écriture.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>&amp;Status</source>
      <translation>É&amp;tat</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>Filtre d'état</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Tout état</translation>
    </message>
    <message>
      <source>Still to do</source>
      <translation>Reste à faire</translation>
    </message>
    <message>
      <source>O&amp;wner</source>
      <translation>Res&amp;ponsable</translation>
    </message>
    <message>
      <source>Owner filter</source>
      <translation>Filtre de responsable</translation>
    </message>
    <message>
      <source>E&amp;vent</source>
      <translation>É&amp;vénement</translation>
    </message>
    <message>
      <source>Event filter</source>
      <translation>Filtre d'événement</translation>
    </message>
    <message>
      <source>Se&amp;ries</source>
      <translation>Sé&amp;rie</translation>
    </message>
    <message>
      <source>Series filter</source>
      <translation>Filtre de série</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>É&amp;chéance</translation>
    </message>
    <message>
      <source>Due date filter</source>
      <translation>Filtre d'échéance</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>Toute date</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>Cette semaine</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Sans date</translation>
    </message>
    <message>
      <source>Words in the next step or owner</source>
      <translation>Mots de la prochaine étape ou du responsable</translation>
    </message>
    <message>
      <source>Words filter</source>
      <translation>Filtre de mots</translation>
    </message>
    <message>
      <source>W&amp;ords</source>
      <translation>M&amp;ots</translation>
    </message>
    <message>
      <source>Any owner</source>
      <translation>Tout responsable</translation>
    </message>
    <message>
      <source>Any event</source>
      <translation>Tout événement</translation>
    </message>
    <message>
      <source>Any series</source>
      <translation>Toute série</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
  </context>
  <context>
    <name>FilterBox</name>
    <message>
      <source>Filter events (title, host, place)</source>
      <translation>Filtrer les événements (titre, hôte, lieu)</translation>
    </message>
    <message>
      <source>Filter events</source>
      <translation>Filtrer les événements</translation>
    </message>
  </context>
  <context>
    <name>FollowUpController</name>
    <message>
      <source>That record is no longer there (deleted on another laptop?).</source>
      <translation>Cette fiche n'existe plus (supprimée sur un autre ordinateur ?).</translation>
    </message>
    <message>
      <source>That record is in the Trash: restore it to open it.</source>
      <translation>Cette fiche est dans la corbeille : restaurez-la pour l'ouvrir.</translation>
    </message>
    <message>
      <source>The session or event of that record is in the Trash.</source>
      <translation>La séance ou l'événement de cette fiche est dans la corbeille.</translation>
    </message>
  </context>
  <context>
    <name>ItemList</name>
    <message>
      <source>+ Add key outcome</source>
      <translation>+ Ajouter un résultat principal</translation>
    </message>
    <message>
      <source>+ Add next step</source>
      <translation>+ Ajouter une prochaine étape</translation>
    </message>
    <message>
      <source>+ Add idea</source>
      <translation>+ Ajouter une idée</translation>
    </message>
  </context>
  <context>
    <name>ItemRow</name>
    <message>
      <source>Type an outcome, press Enter for the next</source>
      <translation>Saisissez un résultat, Entrée pour le suivant</translation>
    </message>
    <message>
      <source>Type a next step, press Enter for the next</source>
      <translation>Saisissez une prochaine étape, Entrée pour la suivante</translation>
    </message>
    <message>
      <source>Type an idea, press Enter for the next</source>
      <translation>Saisissez une idée, Entrée pour la suivante</translation>
    </message>
    <message>
      <source>Delete this key outcome (Alt+Delete)</source>
      <translation>Supprimer ce résultat principal (Alt+Suppr)</translation>
    </message>
    <message>
      <source>Delete this next step (Alt+Delete)</source>
      <translation>Supprimer cette prochaine étape (Alt+Suppr)</translation>
    </message>
    <message>
      <source>Delete this idea (Alt+Delete)</source>
      <translation>Supprimer cette idée (Alt+Suppr)</translation>
    </message>
    <message>
      <source>Delete key outcome: {text}</source>
      <translation>Supprimer le résultat principal : {text}</translation>
    </message>
    <message>
      <source>Delete next step: {text}</source>
      <translation>Supprimer la prochaine étape : {text}</translation>
    </message>
    <message>
      <source>Delete idea: {text}</source>
      <translation>Supprimer l'idée : {text}</translation>
    </message>
    <message>
      <source>Key outcome {number}</source>
      <translation>Résultat principal {number}</translation>
    </message>
    <message>
      <source>Next step {number}</source>
      <translation>Prochaine étape {number}</translation>
    </message>
    <message>
      <source>Idea {number}</source>
      <translation>Idée {number}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
      <translation>Faire glisser pour réordonner (ou Alt+Haut / Alt+Bas)</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>Responsable du suivi</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Due date: {message}</source>
      <translation>Échéance : {message}</translation>
    </message>
    <message>
      <source>Owner of next step {number}</source>
      <translation>Responsable de la prochaine étape {number}</translation>
    </message>
    <message>
      <source>Due date of next step {number}</source>
      <translation>Échéance de la prochaine étape {number}</translation>
    </message>
    <message>
      <source>Status of next step {number}</source>
      <translation>État de la prochaine étape {number}</translation>
    </message>
  </context>
  <context>
    <name>KeyboardShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts — {program}</source>
      <translation>Raccourcis clavier — {program}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Typing in the editor</source>
      <translation>Saisie dans l'éditeur</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>&amp;System language</source>
      <translation>Langue du &amp;système</translation>
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation>La langue des menus, boutons et messages de la fenêtre</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>(demo workshop — a temporary copy)</source>
      <translation>(atelier de démonstration — une copie temporaire)</translation>
    </message>
    <message>
      <source>Opening {folder}…</source>
      <translation>Ouverture de {folder}…</translation>
    </message>
    <message>
      <source>Opening the demo workshop…</source>
      <translation>Ouverture de l'atelier de démonstration…</translation>
    </message>
    <message>
      <source>E&amp;xport this session…</source>
      <translation>E&amp;xporter cette séance…</translation>
    </message>
  </context>
  <context>
    <name>NextStepsDock</name>
    <message>
      <source>Next steps</source>
      <translation>Prochaines étapes</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>Prochaines étapes de tous les événements</translation>
    </message>
  </context>
  <context>
    <name>NextStepsModel</name>
    <message>
      <source>No date</source>
      <translation>Sans date</translation>
    </message>
    <message>
      <source>(no text)</source>
      <translation>(sans texte)</translation>
    </message>
    <message>
      <source>(the event itself)</source>
      <translation>(l'événement lui-même)</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Prochaine étape</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Overdue: {date}</source>
      <translation>En retard : {date}</translation>
    </message>
    <message>
      <source>{place} — carried from {event}</source>
      <translation>{place} — reportée de {event}</translation>
    </message>
    <message>
      <source>Overdue: due before today and not done.</source>
      <translation>En retard : échéance passée et non terminée.</translation>
    </message>
    <message>
      <source>Check: {warning}</source>
      <translation>À vérifier : {warning}</translation>
    </message>
    <message>
      <source>Carried into: {events}</source>
      <translation>Reportée dans : {events}</translation>
    </message>
  </context>
  <context>
    <name>NextStepsView</name>
    <message>
      <source>Next steps</source>
      <translation>Prochaines étapes</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>Prochaines étapes de tous les événements</translation>
    </message>
    <message>
      <source>What the table shows</source>
      <translation>Ce que montre le tableau</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>Marquer &amp;terminée</translation>
    </message>
    <message>
      <source>Mark the current next step done</source>
      <translation>Marquer comme terminée la prochaine étape sélectionnée</translation>
    </message>
    <message>
      <source>Mark the current next step done (Ctrl+D)</source>
      <translation>Marquer comme terminée la prochaine étape sélectionnée (Ctrl+D)</translation>
    </message>
    <message>
      <source>&amp;Carry into an event…</source>
      <translation>&amp;Reporter dans un événement…</translation>
    </message>
    <message>
      <source>Carry the current next step into an event</source>
      <translation>Reporter la prochaine étape sélectionnée dans un événement</translation>
    </message>
    <message>
      <source>Show the current next step in another event too (Ctrl+Shift+C)</source>
      <translation>Afficher aussi la prochaine étape sélectionnée dans un autre événement (Ctrl+Maj+C)</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>E&amp;xporter…</translation>
    </message>
    <message>
      <source>Export the next steps shown</source>
      <translation>Exporter les prochaines étapes affichées</translation>
    </message>
    <message>
      <source>Write the next steps the filter shows as CSV, Excel, calendar or PDF</source>
      <translation>Écrire les prochaines étapes filtrées en CSV, Excel, calendrier ou PDF</translation>
    </message>
    <message>
      <source>No next step matches.</source>
      <translation>Aucune prochaine étape ne correspond.</translation>
    </message>
    <message>
      <source>First {count:,} next steps</source>
      <translation>Les {count:,} premières prochaines étapes</translation>
    </message>
    <message>
      <source>1 next step</source>
      <translation>1 prochaine étape</translation>
    </message>
    <message>
      <source>{count:,} next steps</source>
      <translation>{count:,} prochaines étapes</translation>
    </message>
    <message>
      <source>{shown:,} of {total:,} next steps (scroll for more)</source>
      <translation>{shown:,} prochaines étapes sur {total:,} (faites défiler pour la suite)</translation>
    </message>
    <message>
      <source>Select a next step first.</source>
      <translation>Sélectionnez d'abord une prochaine étape.</translation>
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
      <translation>Responsable du suivi</translation>
    </message>
  </context>
  <context>
    <name>Panels</name>
    <message>
      <source>No events yet.
Ctrl+Shift+E adds one.</source>
      <translation>Aucun événement.
Ctrl+Maj+E en ajoute un.</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Select a session to see its marketplace tables.</source>
      <translation>Sélectionnez une séance pour voir ses tables thématiques.</translation>
    </message>
    <message>
      <source>No marketplace tables.
Ctrl+Shift+G adds one.</source>
      <translation>Aucune table thématique.
Ctrl+Maj+G en ajoute une.</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>Tables thématiques</translation>
    </message>
    <message>
      <source>Select an event to see its sessions.</source>
      <translation>Sélectionnez un événement pour voir ses séances.</translation>
    </message>
    <message>
      <source>No sessions yet.
Ctrl+Shift+S adds one.</source>
      <translation>Aucune séance.
Ctrl+Maj+S en ajoute une.</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message numerus="yes">
      <source>%n delegate(s)</source>
      <translation>
        <numerusform>%n délégué</numerusform>
        <numerusform>%n délégués</numerusform>
      </translation>
    </message>
    <message>
      <source>Host: {host}</source>
      <translation>Hôte : {host}</translation>
    </message>
    <message>
      <source>Needs review · {detail}</source>
      <translation>À examiner · {detail}</translation>
    </message>
  </context>
  <context>
    <name>PastEvent</name>
    <message>
      <source>CMCoord records (*.cmcsync *.json);;All files (*)</source>
      <translation>Fiches CMCoord (*.cmcsync *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>From a records file (an export or a shared file)…</source>
      <translation>À partir d'un fichier de fiches (un export ou un fichier partagé)…</translation>
    </message>
    <message>
      <source>Which event's sessions and marketplace tables should the new event get?</source>
      <translation>De quel événement le nouvel événement doit-il reprendre les séances et les tables thématiques ?</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>Nouvel événement à partir d'un événement passé</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
  </context>
  <context>
    <name>RecordActions</name>
    <message>
      <source>New event</source>
      <translation>Nouvel événement</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>Nouvel événement à partir d'un événement passé</translation>
    </message>
    <message>
      <source>New event “{title}”: its sessions and tables are copied.</source>
      <translation>Nouvel événement « {title} » : ses séances et ses tables ont été copiées.</translation>
    </message>
    <message>
      <source>Select an event first, or add one with Ctrl+Shift+E.</source>
      <translation>Sélectionnez d'abord un événement, ou ajoutez-en un avec Ctrl+Maj+E.</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>Nouvelle séance</translation>
    </message>
    <message>
      <source>Select a session first, or add one with Ctrl+Shift+S.</source>
      <translation>Sélectionnez d'abord une séance, ou ajoutez-en une avec Ctrl+Maj+S.</translation>
    </message>
    <message>
      <source>New marketplace table</source>
      <translation>Nouvelle table thématique</translation>
    </message>
    <message>
      <source>Nothing selected to delete.</source>
      <translation>Aucune sélection à supprimer.</translation>
    </message>
    <message>
      <source>Select a session or a marketplace table to move; events follow their dates.</source>
      <translation>Sélectionnez une séance ou une table thématique à déplacer ; les événements suivent leurs dates.</translation>
    </message>
    <message>
      <source>Sessions follow their date and start time: change those to move it past “{title}”.</source>
      <translation>Les séances suivent leur date et leur heure de début : modifiez-les pour la faire passer au-delà de « {title} ».</translation>
    </message>
    <message>
      <source>Select an event, session or marketplace table first.</source>
      <translation>Sélectionnez d'abord un événement, une séance ou une table thématique.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Select an event, a session or a marketplace table
to capture its outcomes here.</source>
      <translation>Sélectionnez un événement, une séance ou une table thématique
pour en consigner ici les résultats.</translation>
    </message>
    <message>
      <source>This record is in the trash.
Undo (Ctrl+Z) or restore it from the Trash.</source>
      <translation>Cette fiche est dans la corbeille.
Annulez (Ctrl+Z) ou restaurez-la depuis la corbeille.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>Workshop</source>
      <translation>Atelier</translation>
    </message>
    <message>
      <source>Annual meeting</source>
      <translation>Réunion annuelle</translation>
    </message>
    <message>
      <source>Thematic sessions</source>
      <translation>Séances thématiques</translation>
    </message>
    <message>
      <source>Training programme</source>
      <translation>Programme de formation</translation>
    </message>
    <message>
      <source>Networks and partnerships week</source>
      <translation>Semaine des réseaux et partenariats</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>Conférence</translation>
    </message>
    <message>
      <source>Event · upcoming</source>
      <translation>Événement · à venir</translation>
    </message>
    <message>
      <source>Event · ongoing</source>
      <translation>Événement · en cours</translation>
    </message>
    <message>
      <source>Event · past</source>
      <translation>Événement · passé</translation>
    </message>
    <message>
      <source>Event title</source>
      <translation>Titre de l'événement</translation>
    </message>
    <message>
      <source>Programme or series, e.g. HNPW</source>
      <translation>Programme ou série, p. ex. HNPW</translation>
    </message>
    <message>
      <source>Workshop, annual meeting…</source>
      <translation>Atelier, réunion annuelle…</translation>
    </message>
    <message>
      <source>Host organisation</source>
      <translation>Organisation hôte</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>En ligne</translation>
    </message>
    <message>
      <source>Platform, e.g. Virtual OSOCC</source>
      <translation>Plateforme, p. ex. Virtual OSOCC</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>Dates</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>Premier jour</translation>
    </message>
    <message>
      <source>to</source>
      <translation>à</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>Dernier jour</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Summary in</source>
      <translation>Résumé en</translation>
    </message>
    <message>
      <source>What the event is about</source>
      <translation>Objet de l'événement</translation>
    </message>
    <message>
      <source>Topic of the table, e.g. Simulations and exercises</source>
      <translation>Thème de la table, p. ex. Simulations et exercices</translation>
    </message>
    <message>
      <source>Who hosts this table</source>
      <translation>Animateur de la table</translation>
    </message>
    <message>
      <source>Who took part, or how many</source>
      <translation>Participants, ou leur nombre</translation>
    </message>
    <message>
      <source>Marketplace table in {session}</source>
      <translation>Table thématique de la séance {session}</translation>
    </message>
    <message>
      <source>Marketplace table in an untitled session</source>
      <translation>Table thématique d'une séance sans titre</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>Table thématique</translation>
    </message>
    <message>
      <source>Panel discussion</source>
      <translation>Table ronde</translation>
    </message>
    <message>
      <source>Group work</source>
      <translation>Travail en groupe</translation>
    </message>
    <message>
      <source>Marketplace</source>
      <translation>Tables thématiques</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>Séance plénière</translation>
    </message>
    <message>
      <source>Thematic session</source>
      <translation>Séance thématique</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Simulation exercise</source>
      <translation>Exercice de simulation</translation>
    </message>
    <message>
      <source>Briefing</source>
      <translation>Réunion d'information</translation>
    </message>
    <message>
      <source>Session title</source>
      <translation>Titre de la séance</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <source>Date, e.g. 2017-02-07</source>
      <translation>Date, p. ex. 2017-02-07</translation>
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
      <translation>Débat, travail de groupe…</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>Panel</translation>
    </message>
    <message>
      <source>Panel members and facilitators</source>
      <translation>Membres du panel et animateurs</translation>
    </message>
    <message>
      <source>Heading it is grouped under in the summary (optional)</source>
      <translation>Rubrique sous laquelle elle figure dans le résumé (facultatif)</translation>
    </message>
    <message>
      <source>Anything else worth keeping</source>
      <translation>Toute autre information utile</translation>
    </message>
    <message>
      <source>Session of {event}</source>
      <translation>Séance de l'événement {event}</translation>
    </message>
    <message>
      <source>Session of an untitled event</source>
      <translation>Séance d'un événement sans titre</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
  </context>
  <context>
    <name>RecordForm dates</name>
    <message>
      <source>to</source>
      <translation>au</translation>
    </message>
  </context>
  <context>
    <name>RecordSentences</name>
    <message>
      <source>Edit title</source>
      <translation>Modifier le titre</translation>
    </message>
    <message>
      <source>Edit series</source>
      <translation>Modifier la série</translation>
    </message>
    <message>
      <source>Edit kind</source>
      <translation>Modifier le type</translation>
    </message>
    <message>
      <source>Edit host</source>
      <translation>Modifier l'hôte</translation>
    </message>
    <message>
      <source>Edit city</source>
      <translation>Modifier la ville</translation>
    </message>
    <message>
      <source>Edit country</source>
      <translation>Modifier le pays</translation>
    </message>
    <message>
      <source>Edit online platform</source>
      <translation>Modifier la plateforme en ligne</translation>
    </message>
    <message>
      <source>Edit link</source>
      <translation>Modifier le lien</translation>
    </message>
    <message>
      <source>Edit start date</source>
      <translation>Modifier la date de début</translation>
    </message>
    <message>
      <source>Edit end date</source>
      <translation>Modifier la date de fin</translation>
    </message>
    <message>
      <source>Edit participants</source>
      <translation>Modifier le nombre de participants</translation>
    </message>
    <message>
      <source>Edit language</source>
      <translation>Modifier la langue</translation>
    </message>
    <message>
      <source>Edit description</source>
      <translation>Modifier la description</translation>
    </message>
    <message>
      <source>Edit date</source>
      <translation>Modifier la date</translation>
    </message>
    <message>
      <source>Edit start time</source>
      <translation>Modifier l'heure de début</translation>
    </message>
    <message>
      <source>Edit end time</source>
      <translation>Modifier l'heure de fin</translation>
    </message>
    <message>
      <source>Edit format</source>
      <translation>Modifier le format</translation>
    </message>
    <message>
      <source>Edit delegates</source>
      <translation>Modifier le nombre de délégués</translation>
    </message>
    <message>
      <source>Edit panel members</source>
      <translation>Modifier les membres du panel</translation>
    </message>
    <message>
      <source>Edit track</source>
      <translation>Modifier le volet</translation>
    </message>
    <message>
      <source>Edit notes</source>
      <translation>Modifier les notes</translation>
    </message>
    <message>
      <source>Edit topic</source>
      <translation>Modifier le thème</translation>
    </message>
    <message>
      <source>Edit table host</source>
      <translation>Modifier l'animateur de la table</translation>
    </message>
    <message>
      <source>Edit owner</source>
      <translation>Modifier le responsable</translation>
    </message>
    <message>
      <source>Edit due date</source>
      <translation>Modifier l'échéance</translation>
    </message>
    <message>
      <source>Edit status</source>
      <translation>Modifier l'état</translation>
    </message>
    <message>
      <source>Edit caption</source>
      <translation>Modifier la légende</translation>
    </message>
    <message>
      <source>Edit “{field}”</source>
      <translation>Modifier « {field} »</translation>
    </message>
    <message>
      <source>Delete event “{title}”</source>
      <translation>Supprimer l'événement « {title} »</translation>
    </message>
    <message>
      <source>Delete session “{title}”</source>
      <translation>Supprimer la séance « {title} »</translation>
    </message>
    <message>
      <source>Delete marketplace table “{title}”</source>
      <translation>Supprimer la table thématique « {title} »</translation>
    </message>
    <message>
      <source>Delete presentation “{title}”</source>
      <translation>Supprimer la présentation « {title} »</translation>
    </message>
    <message>
      <source>Delete key outcome “{title}”</source>
      <translation>Supprimer le résultat principal « {title} »</translation>
    </message>
    <message>
      <source>Delete next step “{title}”</source>
      <translation>Supprimer la prochaine étape « {title} »</translation>
    </message>
    <message>
      <source>Delete idea “{title}”</source>
      <translation>Supprimer l'idée « {title} »</translation>
    </message>
    <message>
      <source>Delete carried next step “{title}”</source>
      <translation>Supprimer la prochaine étape reprise « {title} »</translation>
    </message>
    <message>
      <source>Delete item “{title}”</source>
      <translation>Supprimer l'élément « {title} »</translation>
    </message>
    <message>
      <source>Restore event “{title}”</source>
      <translation>Restaurer l'événement « {title} »</translation>
    </message>
    <message>
      <source>Restore session “{title}”</source>
      <translation>Restaurer la séance « {title} »</translation>
    </message>
    <message>
      <source>Restore marketplace table “{title}”</source>
      <translation>Restaurer la table thématique « {title} »</translation>
    </message>
    <message>
      <source>Restore presentation “{title}”</source>
      <translation>Restaurer la présentation « {title} »</translation>
    </message>
    <message>
      <source>Restore key outcome “{title}”</source>
      <translation>Restaurer le résultat principal « {title} »</translation>
    </message>
    <message>
      <source>Restore next step “{title}”</source>
      <translation>Restaurer la prochaine étape « {title} »</translation>
    </message>
    <message>
      <source>Restore idea “{title}”</source>
      <translation>Restaurer l'idée « {title} »</translation>
    </message>
    <message>
      <source>Restore carried next step “{title}”</source>
      <translation>Restaurer la prochaine étape reprise « {title} »</translation>
    </message>
    <message>
      <source>Restore item “{title}”</source>
      <translation>Restaurer l'élément « {title} »</translation>
    </message>
    <message>
      <source>Restored event “{title}”.</source>
      <translation>Événement « {title} » restauré.</translation>
    </message>
    <message>
      <source>Restored session “{title}”.</source>
      <translation>Séance « {title} » restaurée.</translation>
    </message>
    <message>
      <source>Restored marketplace table “{title}”.</source>
      <translation>Table thématique « {title} » restaurée.</translation>
    </message>
    <message>
      <source>Restored presentation “{title}”.</source>
      <translation>Présentation « {title} » restaurée.</translation>
    </message>
    <message>
      <source>Restored key outcome “{title}”.</source>
      <translation>Résultat principal « {title} » restauré.</translation>
    </message>
    <message>
      <source>Restored next step “{title}”.</source>
      <translation>Prochaine étape « {title} » restaurée.</translation>
    </message>
    <message>
      <source>Restored idea “{title}”.</source>
      <translation>Idée « {title} » restaurée.</translation>
    </message>
    <message>
      <source>Restored carried next step “{title}”.</source>
      <translation>Prochaine étape reprise « {title} » restaurée.</translation>
    </message>
    <message>
      <source>Restored item “{title}”.</source>
      <translation>Élément « {title} » restauré.</translation>
    </message>
    <message>
      <source>Restored “{title}”; what it belongs to is still in the Trash.</source>
      <translation>Restauration de « {title} » effectuée ; sa fiche de rattachement est encore dans la corbeille.</translation>
    </message>
    <message>
      <source>Moved event “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Événement « {title} » placé dans la corbeille (Ctrl+Z pour annuler, Ctrl+Maj+T pour afficher la corbeille).</translation>
    </message>
    <message>
      <source>Moved session “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Séance « {title} » placée dans la corbeille (Ctrl+Z pour annuler, Ctrl+Maj+T pour afficher la corbeille).</translation>
    </message>
    <message>
      <source>Moved marketplace table “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>Table thématique « {title} » placée dans la corbeille (Ctrl+Z pour annuler, Ctrl+Maj+T pour afficher la corbeille).</translation>
    </message>
    <message>
      <source>Move session up</source>
      <translation>Monter la séance</translation>
    </message>
    <message>
      <source>Move session down</source>
      <translation>Descendre la séance</translation>
    </message>
    <message>
      <source>Move marketplace table up</source>
      <translation>Monter la table thématique</translation>
    </message>
    <message>
      <source>Move marketplace table down</source>
      <translation>Descendre la table thématique</translation>
    </message>
    <message>
      <source>Move key outcome up</source>
      <translation>Monter le résultat principal</translation>
    </message>
    <message>
      <source>Move key outcome down</source>
      <translation>Descendre le résultat principal</translation>
    </message>
    <message>
      <source>Move key outcome</source>
      <translation>Déplacer le résultat principal</translation>
    </message>
    <message>
      <source>Move next step up</source>
      <translation>Monter la prochaine étape</translation>
    </message>
    <message>
      <source>Move next step down</source>
      <translation>Descendre la prochaine étape</translation>
    </message>
    <message>
      <source>Move next step</source>
      <translation>Déplacer la prochaine étape</translation>
    </message>
    <message>
      <source>Move idea up</source>
      <translation>Monter l'idée</translation>
    </message>
    <message>
      <source>Move idea down</source>
      <translation>Descendre l'idée</translation>
    </message>
    <message>
      <source>Move idea</source>
      <translation>Déplacer l'idée</translation>
    </message>
    <message>
      <source>Add key outcome</source>
      <translation>Ajouter un résultat principal</translation>
    </message>
    <message>
      <source>Add next step</source>
      <translation>Ajouter une prochaine étape</translation>
    </message>
    <message>
      <source>Add idea</source>
      <translation>Ajouter une idée</translation>
    </message>
    <message>
      <source>Split key outcome</source>
      <translation>Scinder le résultat principal</translation>
    </message>
    <message>
      <source>Split next step</source>
      <translation>Scinder la prochaine étape</translation>
    </message>
    <message>
      <source>Split idea</source>
      <translation>Scinder l'idée</translation>
    </message>
    <message>
      <source>Edit key outcome</source>
      <translation>Modifier le résultat principal</translation>
    </message>
    <message>
      <source>Edit next step</source>
      <translation>Modifier la prochaine étape</translation>
    </message>
    <message>
      <source>Edit idea</source>
      <translation>Modifier l'idée</translation>
    </message>
    <message>
      <source>Delete key outcome</source>
      <translation>Supprimer le résultat principal</translation>
    </message>
    <message>
      <source>Delete next step</source>
      <translation>Supprimer la prochaine étape</translation>
    </message>
    <message>
      <source>Delete idea</source>
      <translation>Supprimer l'idée</translation>
    </message>
    <message>
      <source>Delete empty key outcome</source>
      <translation>Supprimer le résultat principal vide</translation>
    </message>
    <message>
      <source>Delete empty next step</source>
      <translation>Supprimer la prochaine étape vide</translation>
    </message>
    <message>
      <source>Delete empty idea</source>
      <translation>Supprimer l'idée vide</translation>
    </message>
    <message>
      <source>Set status to open</source>
      <translation>Marquer comme ouverte</translation>
    </message>
    <message>
      <source>Set status to in progress</source>
      <translation>Marquer comme en cours</translation>
    </message>
    <message>
      <source>Set status to done</source>
      <translation>Marquer comme terminée</translation>
    </message>
    <message>
      <source>Set status to dropped</source>
      <translation>Marquer comme abandonnée</translation>
    </message>
    <message>
      <source>Set next step “{step}” to open</source>
      <translation>Marquer la prochaine étape « {step} » comme ouverte</translation>
    </message>
    <message>
      <source>Set next step “{step}” to in progress</source>
      <translation>Marquer la prochaine étape « {step} » comme en cours</translation>
    </message>
    <message>
      <source>Set next step “{step}” to done</source>
      <translation>Marquer la prochaine étape « {step} » comme terminée</translation>
    </message>
    <message>
      <source>Set next step “{step}” to dropped</source>
      <translation>Marquer la prochaine étape « {step} » comme abandonnée</translation>
    </message>
    <message>
      <source>Set status to “{status}”</source>
      <translation>Définir l'état : « {status} »</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (dans la corbeille)</translation>
    </message>
    <message>
      <source>{detail}: {before}{match}{after}; matched “{match}”</source>
      <translation>{detail} : {before}{match}{after} ; correspond à « {match} »</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <source>Keep &amp;this</source>
      <translation>Garder &amp;celle-ci</translation>
    </message>
    <message>
      <source>Keep t&amp;hat</source>
      <translation>Garder c&amp;elle-là</translation>
    </message>
    <message>
      <source>{kind} “{title}” — {problem}</source>
      <translation>{kind} « {title} » — {problem}</translation>
    </message>
    <message>
      <source>edited after it was deleted</source>
      <translation>modification après suppression</translation>
    </message>
    <message>
      <source>changed on two laptops</source>
      <translation>modifications sur deux ordinateurs</translation>
    </message>
    <message>
      <source>The values to choose from</source>
      <translation>Les valeurs entre lesquelles choisir</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>À examiner</translation>
    </message>
    <message>
      <source>Records that need review</source>
      <translation>Fiches à examiner</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) where laptops disagreed</source>
      <translation>
        <numerusform>%n fiche sur laquelle les ordinateurs divergent</numerusform>
        <numerusform>%n fiches sur lesquelles les ordinateurs divergent</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing needs review: every laptop agreed.</source>
      <translation>Rien à examiner : tous les ordinateurs sont d'accord.</translation>
    </message>
    <message>
      <source>Keep this one</source>
      <translation>Garder celle-ci</translation>
    </message>
    <message>
      <source>Keep this value on every laptop</source>
      <translation>Conserver cette valeur sur tous les ordinateurs</translation>
    </message>
    <message>
      <source>Keep &amp;both (as two items)</source>
      <translation>Garder les &amp;deux (deux éléments)</translation>
    </message>
    <message>
      <source>Deleted on one laptop, edited on another</source>
      <translation>Supprimé sur un ordinateur, modifié sur un autre</translation>
    </message>
    <message>
      <source>Deleted by {who}</source>
      <translation>Suppression par {who}</translation>
    </message>
    <message>
      <source>Edited by {who}, which the delete had not seen</source>
      <translation>Modification par {who}, que la suppression n'avait pas vue</translation>
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation>&amp;Conserver</translation>
    </message>
    <message>
      <source>&amp;Delete it</source>
      <translation>&amp;Supprimer</translation>
    </message>
    <message>
      <source>Keep “{value}” ({field})</source>
      <translation>Conserver « {value} » ({field})</translation>
    </message>
    <message>
      <source>Keep both values as two items</source>
      <translation>Conserver les deux valeurs comme deux éléments</translation>
    </message>
    <message>
      <source>Add the other value as an item</source>
      <translation>Ajouter l'autre valeur comme élément</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <source>laptop {device}</source>
      <translation>ordinateur {device}</translation>
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
      <translation>Chaque modification est écrite sur le disque dès que vous la faites : il n'y a rien à enregistrer.</translation>
    </message>
    <message>
      <source>All changes are saved as you type</source>
      <translation>Toutes les modifications sont enregistrées au fil de la saisie</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>Enregistré à {time}</translation>
    </message>
    <message>
      <source>Not saved: the data folder cannot be written</source>
      <translation>Non enregistré : le dossier de données ne peut pas être écrit</translation>
    </message>
    <message>
      <source>What you typed stays on screen and is saved as soon as the folder can be written again.</source>
      <translation>Ce que vous avez saisi reste à l'écran et sera enregistré dès que le dossier pourra de nouveau être écrit.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Non enregistré</translation>
    </message>
  </context>
  <context>
    <name>SearchDock</name>
    <message>
      <source>Find</source>
      <translation>Rechercher</translation>
    </message>
    <message>
      <source>Find in every record</source>
      <translation>Rechercher dans toutes les fiches</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Search every record</source>
      <translation>Rechercher dans toutes les fiches</translation>
    </message>
    <message>
      <source>Search events, sessions, outcomes, next steps…</source>
      <translation>Rechercher événements, séances, résultats, prochaines étapes…</translation>
    </message>
    <message>
      <source>Search notice</source>
      <translation>Avis de recherche</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Résultats de la recherche</translation>
    </message>
    <message>
      <source>Nothing matches “{typed}”.</source>
      <translation>Rien ne correspond à « {typed} ».</translation>
    </message>
    <message>
      <source>The first {count} matches: add words to narrow them.</source>
      <translation>Les {count} premiers résultats : ajoutez des mots pour affiner.</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Window open for {duration}</source>
      <translation>Fenêtre ouverte depuis {duration}</translation>
    </message>
    <message>
      <source>Session starts in {duration} (at {time})</source>
      <translation>La séance commence dans {duration} (à {time})</translation>
    </message>
    <message>
      <source>Session running {duration} (since {time})</source>
      <translation>Séance en cours depuis {duration} (depuis {time})</translation>
    </message>
    <message>
      <source>Session clock: time since the selected session started today</source>
      <translation>Horloge de séance : temps écoulé depuis le début de la séance sélectionnée aujourd'hui</translation>
    </message>
  </context>
  <context>
    <name>SessionClockWords</name>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · %n min left</source>
      <translation>
        <numerusform>Séance en cours depuis {duration} (depuis {time}) · %n min restante</numerusform>
        <numerusform>Séance en cours depuis {duration} (depuis {time}) · %n min restantes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · over by %n min</source>
      <translation>
        <numerusform>Séance en cours depuis {duration} (depuis {time}) · dépassement de %n min</numerusform>
        <numerusform>Séance en cours depuis {duration} (depuis {time}) · dépassement de %n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusDelegate</name>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
  </context>
  <context>
    <name>StepCarry</name>
    <message>
      <source>There is no other event to carry this next step into.</source>
      <translation>Il n'existe aucun autre événement dans lequel reporter cette prochaine étape.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>Carry into an event</source>
      <translation>Reporter dans un événement</translation>
    </message>
    <message>
      <source>Show this next step in:</source>
      <translation>Afficher cette prochaine étape dans :</translation>
    </message>
    <message>
      <source>Carry a next step into “{event}”</source>
      <translation>Reporter une prochaine étape dans « {event} »</translation>
    </message>
    <message>
      <source>Carried into “{event}”.</source>
      <translation>Reportée dans « {event} ».</translation>
    </message>
  </context>
  <context>
    <name>StepEdits</name>
    <message>
      <source>Open</source>
      <translation>Ouverte</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminée</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Abandonnée</translation>
    </message>
    <message>
      <source>Set the owner of next step “{step}”</source>
      <translation>Définir le responsable de la prochaine étape « {step} »</translation>
    </message>
    <message>
      <source>Set the due date of next step “{step}”</source>
      <translation>Définir l'échéance de la prochaine étape « {step} »</translation>
    </message>
  </context>
  <context>
    <name>StepExport</name>
    <message>
      <source>Spreadsheet, UTF-8 (*.csv)</source>
      <translation>Feuille de calcul, UTF-8 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Calendar tasks (*.ics)</source>
      <translation>Tâches de calendrier (*.ics)</translation>
    </message>
    <message>
      <source>PDF, open next steps per owner (*.pdf)</source>
      <translation>PDF, prochaines étapes ouvertes par responsable (*.pdf)</translation>
    </message>
    <message>
      <source>Export next steps</source>
      <translation>Exporter les prochaines étapes</translation>
    </message>
    <message>
      <source>Not exported: name the file .csv, .xlsx, .ics or .pdf to choose its format.</source>
      <translation>Non exporté : nommez le fichier .csv, .xlsx, .ics ou .pdf pour choisir son format.</translation>
    </message>
    <message>
      <source>Not exported: {file} could not be written ({reason}).</source>
      <translation>Non exporté : impossible d'écrire {file} ({reason}).</translation>
    </message>
    <message>
      <source>Exported {count} next steps to {file}.</source>
      <translation>{count} prochaines étapes exportées dans {file}.</translation>
    </message>
  </context>
  <context>
    <name>SummaryController</name>
    <message>
      <source>Select an event to export its summary.</source>
      <translation>Sélectionnez une manifestation pour en exporter le résumé.</translation>
    </message>
    <message>
      <source>Select a session to export it.</source>
      <translation>Sélectionnez une séance pour l'exporter.</translation>
    </message>
    <message>
      <source>Select an event to copy its summary.</source>
      <translation>Sélectionnez une manifestation pour en copier le résumé.</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>Résumé copié : collez-le dans un nouveau message.</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>Not synced</source>
      <translation>Non synchronisé</translation>
    </message>
    <message>
      <source>Sync with shared file</source>
      <translation>Synchroniser avec le fichier partagé</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead block the shared file. Re-date them to now and rewrite the file?</source>
      <translation>Des modifications faites sur cet ordinateur pendant que son horloge avançait bloquent le fichier partagé. Les redater à maintenant et réécrire le fichier ?</translation>
    </message>
    <message>
      <source>CMCoord shared files (*.cmcsync);;All files (*)</source>
      <translation>Fichiers partagés CMCoord (*.cmcsync);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
      <source>Synced with {file}: {summary} here.</source>
      <translation>Synchronisé avec {file} : {summary} sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
      <source>Merged %n conflicted copies.</source>
      <translation>
        <numerusform>%n copie en conflit fusionnée.</numerusform>
        <numerusform>%n copies en conflit fusionnées.</numerusform>
      </translation>
    </message>
    <message>
      <source>Held back (dated ahead of this laptop's clock): {names}.</source>
      <translation>Mis en attente (datés au-delà de l'horloge de cet ordinateur) : {names}.</translation>
    </message>
    <message>
      <source>Re-date and rewrite</source>
      <translation>Redater et réécrire</translation>
    </message>
    <message>
      <source>Not synced yet</source>
      <translation>Pas encore synchronisé</translation>
    </message>
    <message>
      <source>Last synced {time} with {file}</source>
      <translation>Dernière synchronisation : {time}, avec {file}</translation>
    </message>
    <message>
      <source>Recent shared &amp;files</source>
      <translation>Fichiers partagés récent&amp;s</translation>
    </message>
    <message>
      <source>No shared files yet</source>
      <translation>Aucun fichier partagé pour l'instant</translation>
    </message>
    <message>
      <source>Create “{file}” from this laptop's records?</source>
      <translation>Créer « {file} » à partir des fiches de cet ordinateur ?</translation>
    </message>
    <message>
      <source>Sync with “{file}”?</source>
      <translation>Synchroniser avec « {file} » ?</translation>
    </message>
    <message>
      <source>This laptop: {summary}</source>
      <translation>Cet ordinateur : {summary}</translation>
    </message>
    <message>
      <source>The shared file: {summary}</source>
      <translation>Le fichier partagé : {summary}</translation>
    </message>
    <message>
      <source>Conflicted copies to merge in: {count}</source>
      <translation>Copies en conflit à fusionner : {count}</translation>
    </message>
    <message>
      <source>Records with conflicting changes will be listed under View › Needs review.</source>
      <translation>Les fiches dont les modifications sont en conflit figureront sous Affichage › À examiner.</translation>
    </message>
    <message>
      <source>Careful: {reason}</source>
      <translation>Attention : {reason}</translation>
    </message>
    <message>
      <source>Careful: “{file}” holds another workshop (no event in common with this laptop's); syncing merges both workshops.</source>
      <translation>Attention : « {file} » contient un autre atelier (aucun événement en commun avec ceux de cet ordinateur) ; la synchronisation fusionnera les deux ateliers.</translation>
    </message>
    <message>
      <source>Merge both workshops</source>
      <translation>Fusionner les deux ateliers</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>Supprimer et synchroniser</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchroniser</translation>
    </message>
  </context>
  <context>
    <name>TeamServerController</name>
    <message>
      <source>Team server</source>
      <translation>Serveur d'équipe</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>Une synchronisation est déjà en cours.</translation>
    </message>
    <message>
      <source>Not synced with {server}: {why}</source>
      <translation>Non synchronisé avec {server} : {why}</translation>
    </message>
    <message>
      <source>Sync with a team server</source>
      <translation>Synchroniser avec un serveur d'équipe</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>Supprimer et synchroniser</translation>
    </message>
    <message>
      <source>Not synced with {server}</source>
      <translation>Non synchronisé avec {server}</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) in</source>
      <translation>
        <numerusform>%n fiche reçue</numerusform>
        <numerusform>%n fiches reçues</numerusform>
      </translation>
    </message>
    <message>
      <source>Online with {server}</source>
      <translation>En ligne avec {server}</translation>
    </message>
    <message>
      <source>Not synced with {server}: this sync would delete most records. Sync by hand to decide.</source>
      <translation>Non synchronisé avec {server} : cette synchronisation supprimerait la plupart des enregistrements. Synchronisez manuellement pour décider.</translation>
    </message>
    <message>
      <source>Synced with {server} at {time}</source>
      <translation>Synchronisé avec {server} à {time}</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, none out (this account only reads).</source>
      <translation>Synchronisé avec le serveur d'équipe {server} : {records_in}, aucune envoyée (ce compte ne peut que lire).</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, {out} out.</source>
      <translation>Synchronisé avec le serveur d'équipe {server} : {records_in}, {out} envoyée(s).</translation>
    </message>
    <message>
      <source>{count} to review (View › Needs review).</source>
      <translation>{count} à examiner (Affichage › À examiner).</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>Hors ligne depuis {time}</translation>
    </message>
    <message>
      <source>Last synced with the team server at {time}</source>
      <translation>Dernière synchronisation avec le serveur d'équipe à {time}</translation>
    </message>
    <message>
      <source>Recent team ser&amp;vers</source>
      <translation>Serveurs d'équipe ré&amp;cents</translation>
    </message>
    <message>
      <source>No team servers yet</source>
      <translation>Aucun serveur d'équipe pour l'instant</translation>
    </message>
  </context>
  <context>
    <name>TeamServerDialog</name>
    <message>
      <source>Sync with a team server</source>
      <translation>Synchroniser avec un serveur d'équipe</translation>
    </message>
    <message>
      <source>&amp;Address of the team server:</source>
      <translation>&amp;Adresse du serveur d'équipe :</translation>
    </message>
    <message>
      <source>Address of the team server</source>
      <translation>Adresse du serveur d'équipe</translation>
    </message>
    <message>
      <source>For example postgresql://anna@db.example.org/workshops</source>
      <translation>Par exemple postgresql://anna@db.example.org/workshops</translation>
    </message>
    <message>
      <source>Your IT administrator gives you this address. No password in it: you are asked for the password when the server wants one, and it is kept in the system's keyring.</source>
      <translation>Votre administrateur informatique vous donne cette adresse. Elle ne contient pas de mot de passe : il vous est demandé quand le serveur l'exige, et il est conservé dans le trousseau du système.</translation>
    </message>
    <message>
      <source>Where the address comes from</source>
      <translation>D'où vient l'adresse</translation>
    </message>
    <message>
      <source>Sync or cancel</source>
      <translation>Synchroniser ou annuler</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchroniser</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Password for the team server</source>
      <translation>Mot de passe du serveur d'équipe</translation>
    </message>
    <message>
      <source>Password of {server}:</source>
      <translation>Mot de passe de {server} :</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
  </context>
  <context>
    <name>TeamServerListener</name>
    <message>
      <source>The connection to {server} was lost.</source>
      <translation>La connexion à {server} a été perdue.</translation>
    </message>
  </context>
  <context>
    <name>TrashDock</name>
    <message>
      <source>Trash</source>
      <translation>Corbeille</translation>
    </message>
    <message>
      <source>Deleted records</source>
      <translation>Fiches supprimées</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Restaurer</translation>
    </message>
    <message>
      <source>Put the selected record back where it was (Enter)</source>
      <translation>Remettre la fiche sélectionnée à sa place (Entrée)</translation>
    </message>
    <message numerus="yes">
      <source>%n deleted record(s)</source>
      <translation>
        <numerusform>%n fiche supprimée</numerusform>
        <numerusform>%n fiches supprimées</numerusform>
      </translation>
    </message>
    <message>
      <source>The Trash is empty.</source>
      <translation>La corbeille est vide.</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <source>today {time}</source>
      <translation>aujourd'hui à {time}</translation>
    </message>
    <message>
      <source>yesterday {time}</source>
      <translation>hier à {time}</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Supprimé le</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome — {program}</source>
      <translation>Bienvenue — {program}</translation>
    </message>
    <message>
      <source>Welcome to {program}</source>
      <translation>Bienvenue dans {program}</translation>
    </message>
    <message>
      <source>Capture the key outcomes and next steps of a workshop as people speak, export the summary the same day, and merge notes with your co-facilitators. Nothing to save: every edit is kept the moment you make it.</source>
      <translation>Consignez les principaux résultats et les prochaines étapes d'un atelier au fil des interventions, exportez le résumé le jour même et fusionnez vos notes avec celles des co-animateurs. Rien à enregistrer : chaque modification est conservée dès que vous la faites.</translation>
    </message>
    <message>
      <source>Try the demo workshop</source>
      <translation>Essayer l'atelier de démonstration</translation>
    </message>
    <message>
      <source>Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. Your own data folder stays empty.</source>
      <translation>Ouvrir une copie temporaire de la HNPW 2017 et de deux autres événements UN-CMCoord. Votre dossier de données reste vide.</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>Créer un événement</translation>
    </message>
    <message>
      <source>Start with an empty event, then add its sessions and marketplace tables.</source>
      <translation>Commencer par un événement vide, puis ajouter ses séances et ses tables thématiques.</translation>
    </message>
    <message>
      <source>Create from a copy of a past event…</source>
      <translation>Créer à partir d'une copie d'un événement passé…</translation>
    </message>
    <message>
      <source>Pick last year's records file (an export or a shared file): its sessions and marketplace tables are copied, without outcomes, next steps, ideas, notes or delegates.</source>
      <translation>Choisissez le fichier de fiches de l'an dernier (un export ou un fichier partagé) : ses séances et tables thématiques sont copiées, sans résultats, prochaines étapes, idées, notes ni délégués.</translation>
    </message>
    <message>
      <source>Your data folder: {folder}</source>
      <translation>Votre dossier de données : {folder}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>CMCoord Desktop is already open</source>
      <translation>CMCoord Desktop est déjà ouvert</translation>
    </message>
    <message>
      <source>Install the newer version to open it; nothing was changed.</source>
      <translation>Installez la version plus récente pour l'ouvrir ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Made by a newer CMCoord Desktop</source>
      <translation>Créé par une version plus récente de CMCoord Desktop</translation>
    </message>
  </context>
  <context>
    <name>carry forward</name>
    <message>
      <source>Only next steps can be carried into another event.</source>
      <translation>Seules les prochaines étapes peuvent être reportées dans un autre événement.</translation>
    </message>
    <message>
      <source>That event is in the Trash: restore it first.</source>
      <translation>Cet événement est dans la corbeille : restaurez-le d'abord.</translation>
    </message>
    <message>
      <source>This next step already belongs to that event.</source>
      <translation>Cette prochaine étape appartient déjà à cet événement.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>{text} is not a day written YYYY-MM-DD</source>
      <translation>{text} n'est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
      <source>{heading}:</source>
      <translation>{heading} :</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>arguments positionnels</translation>
    </message>
    <message>
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>afficher ce message d'aide et quitter</translation>
    </message>
    <message>
      <source>{program}: error: {message}</source>
      <translation>{program} : erreur : {message}</translation>
    </message>
    <message>
      <source>the following arguments are required: {names}</source>
      <translation>les arguments suivants sont obligatoires : {names}</translation>
    </message>
    <message>
      <source>unrecognized arguments: {names}</source>
      <translation>arguments non reconnus : {names}</translation>
    </message>
    <message>
      <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
      <translation>argument {name} : choix non valide : {value} (choisissez parmi {choices})</translation>
    </message>
    <message>
      <source>argument {name}: expected one argument</source>
      <translation>argument {name} : une valeur est attendue</translation>
    </message>
    <message>
      <source>argument {name}: expected at least one argument</source>
      <translation>argument {name} : au moins une valeur est attendue</translation>
    </message>
    <message>
      <source>argument {name}: {message}</source>
      <translation>argument {name} : {message}</translation>
    </message>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
      <translation>Consigner en direct les résultats des ateliers UN-CMCoord, exporter des résumés PDF et synchroniser avec les co-animateurs au moyen d'un fichier partagé.</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
      <source>the window's and these messages' language: ar, zh, en, fr, ru or es</source>
      <translation>langue de la fenêtre et de ces messages : ar, zh, en, fr, ru ou es</translation>
    </message>
    <message>
      <source>data folder (default: the user's data folder)</source>
      <translation>dossier de données (par défaut : celui de l'utilisateur)</translation>
    </message>
    <message>
      <source>work on a fresh copy of the demo workshop, not your data</source>
      <translation>travailler sur une copie neuve de l'atelier de démonstration, et non sur vos données</translation>
    </message>
    <message>
      <source>export an event summary (pdf, html, docx, email, md) or all records (json)</source>
      <translation>exporter le résumé d'un événement (pdf, html, docx, email, md) ou toutes les fiches (json)</translation>
    </message>
    <message>
      <source>the event's id or exact title; several events make one summary of them all</source>
      <translation>l'identifiant ou le titre exact de l'événement ; plusieurs événements donnent un seul résumé</translation>
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
      <translation>toutes les fiches, suppressions comprises (json)</translation>
    </message>
    <message>
      <source>the file format to write</source>
      <translation>le format du fichier à écrire</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>fichier à écrire</translation>
    </message>
    <message>
      <source>only these sessions (id or title)</source>
      <translation>seulement ces séances (identifiant ou titre)</translation>
    </message>
    <message>
      <source>pdf: the paper size (default: a4)</source>
      <translation>pdf : le format du papier (par défaut : a4)</translation>
    </message>
    <message>
      <source>print the sessions' internal notes too</source>
      <translation>imprimer aussi les notes internes des séances</translation>
    </message>
    <message>
      <source>several events: which are upcoming is decided as of this day (default: today)</source>
      <translation>plusieurs événements : les événements à venir sont déterminés à cette date (par défaut : aujourd'hui)</translation>
    </message>
    <message>
      <source>several events: the summary's title (default: UN-CMCoord events)</source>
      <translation>plusieurs événements : le titre du résumé (par défaut : Événements UN-CMCoord)</translation>
    </message>
    <message>
      <source>html: the summary alone, without page or style</source>
      <translation>html : le résumé seul, sans page ni style</translation>
    </message>
    <message>
      <source>html: slides as files in a folder beside the page instead of inside it</source>
      <translation>html : les diapositives dans un dossier à côté de la page plutôt qu'à l'intérieur</translation>
    </message>
    <message>
      <source>email: attach the summary as a PDF too</source>
      <translation>email : joindre aussi le résumé en PDF</translation>
    </message>
    <message>
      <source>merge a records file (a json export) into the data folder</source>
      <translation>fusionner un fichier de fiches (un export json) dans le dossier de données</translation>
    </message>
    <message>
      <source>a records file (json export) or a summary PDF</source>
      <translation>un fichier de fiches (un export json) ou un résumé PDF</translation>
    </message>
    <message>
      <source>merge with a shared file or a team server (postgresql://…), both ways</source>
      <translation>fusionner avec un fichier partagé ou un serveur d'équipe (postgresql://…), dans les deux sens</translation>
    </message>
    <message>
      <source>the shared file, or postgresql://USER@HOST/DATABASE</source>
      <translation>le fichier partagé, ou postgresql://UTILISATEUR@HÔTE/BASE</translation>
    </message>
    <message>
      <source>go ahead even if more than half of the records would be deleted</source>
      <translation>continuer même si plus de la moitié des fiches seraient supprimées</translation>
    </message>
    <message>
      <source>merge even if the file holds another workshop (no event in common)</source>
      <translation>fusionner même si le fichier contient un autre atelier (aucun événement en commun)</translation>
    </message>
    <message>
      <source>re-date changes made while this laptop's clock was far ahead, and rewrite FILE</source>
      <translation>redater les modifications faites quand l'horloge de cet ordinateur avançait beaucoup, et réécrire FILE</translation>
    </message>
    <message>
      <source>the shared file to rewrite</source>
      <translation>le fichier partagé à réécrire</translation>
    </message>
    <message>
      <source>set up a team server (PostgreSQL) and its members</source>
      <translation>configurer un serveur d'équipe (PostgreSQL) et ses membres</translation>
    </message>
    <message>
      <source>create or upgrade the schema and the two roles</source>
      <translation>créer ou mettre à niveau le schéma et les deux rôles</translation>
    </message>
    <message>
      <source>the server: postgresql://ADMIN@HOST/DATABASE</source>
      <translation>le serveur : postgresql://ADMIN@HÔTE/BASE</translation>
    </message>
    <message>
      <source>after restoring a backup: every laptop reads the whole server again</source>
      <translation>après la restauration d'une sauvegarde : chaque ordinateur relit tout le serveur</translation>
    </message>
    <message>
      <source>remove superseded versions (every laptop's records stay the same)</source>
      <translation>supprimer les versions remplacées (les fiches de chaque ordinateur restent les mêmes)</translation>
    </message>
    <message>
      <source>create a login account for a member</source>
      <translation>créer un compte de connexion pour un membre</translation>
    </message>
    <message>
      <source>the member's login name</source>
      <translation>l'identifiant de connexion du membre</translation>
    </message>
    <message>
      <source>may only read</source>
      <translation>lecture seule</translation>
    </message>
    <message>
      <source>cmcoord-desktop: stopped.</source>
      <translation>cmcoord-desktop : arrêté.</translation>
    </message>
    <message>
      <source>{folder} is a folder: name the file to write in it</source>
      <translation>{folder} est un dossier : indiquez le fichier à y écrire</translation>
    </message>
    <message>
      <source>json exports every record: add --all</source>
      <translation>json exporte toutes les fiches : ajoutez --all</translation>
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation>{file} écrit</translation>
    </message>
    <message>
      <source>find any word of any record; one match a line, grouped by event</source>
      <translation>chercher n'importe quel mot de n'importe quelle fiche ; une correspondance par ligne, groupées par événement</translation>
    </message>
    <message>
      <source>words, "a quoted phrase"; the last word may be a prefix</source>
      <translation>des mots, "une expression entre guillemets" ; le dernier mot peut être un début de mot</translation>
    </message>
    <message>
      <source>also records in the Trash</source>
      <translation>aussi les fiches de la corbeille</translation>
    </message>
    <message>
      <source>at most this many (200)</source>
      <translation>au plus ce nombre (200)</translation>
    </message>
    <message>
      <source>every next step of every event: list them, or write csv, xlsx, ics or pdf</source>
      <translation>toutes les prochaines étapes de tous les événements : les lister, ou écrire csv, xlsx, ics ou pdf</translation>
    </message>
    <message>
      <source>only these statuses</source>
      <translation>seulement ces états</translation>
    </message>
    <message>
      <source>only this owner (case and accents ignored)</source>
      <translation>seulement ce responsable (sans tenir compte de la casse ni des accents)</translation>
    </message>
    <message>
      <source>only this event (id or exact title), carried ones too</source>
      <translation>seulement cet événement (identifiant ou titre exact), reprises comprises</translation>
    </message>
    <message>
      <source>only events of this series</source>
      <translation>seulement les événements de cette série</translation>
    </message>
    <message>
      <source>only overdue, this week, no date</source>
      <translation>seulement en retard, cette semaine, sans date</translation>
    </message>
    <message>
      <source>only steps whose text or owner has these words</source>
      <translation>seulement les étapes dont le texte ou le responsable contient ces mots</translation>
    </message>
    <message>
      <source>file format (pdf: open and in progress by default)</source>
      <translation>format du fichier (pdf : ouvertes et en cours par défaut)</translation>
    </message>
    <message>
      <source>file to write (without it: list them)</source>
      <translation>fichier à écrire (sans lui : les lister)</translation>
    </message>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (dans la corbeille)</translation>
    </message>
    <message>
      <source>No record matches.</source>
      <translation>Aucun enregistrement ne correspond.</translation>
    </message>
    <message>
      <source>say where to write the {format} file: add --out FILE</source>
      <translation>indiquez où écrire le fichier {format} : ajoutez --out FICHIER</translation>
    </message>
    <message>
      <source>choose the file format: --format csv, xlsx, ics or pdf</source>
      <translation>choisissez le format du fichier : --format csv, xlsx, ics ou pdf</translation>
    </message>
    <message>
      <source>{due} overdue</source>
      <translation>{due} en retard</translation>
    </message>
    <message>
      <source>{session} (carried from {event})</source>
      <translation>{session} (reportée de {event})</translation>
    </message>
  </context>
  <context>
    <name>data folder</name>
    <message>
      <source>Data folder on a network drive</source>
      <translation>Dossier de données sur un lecteur réseau</translation>
    </message>
    <message>
      <source>The data folder {folder} is on a network drive ({network}). The database must stay on this computer's own disk: a database on a shared drive can be corrupted when the connection drops.

Start CMCoord Desktop with a data folder on a local disk (--data-dir), and share your notes with File › Sync with shared file, which is made for network drives.</source>
      <translation>Le dossier de données {folder} se trouve sur un lecteur réseau ({network}). La base de données doit rester sur le disque de cet ordinateur : une base de données sur un lecteur partagé peut être endommagée si la connexion est interrompue.

Démarrez CMCoord Desktop avec un dossier de données sur un disque local (--data-dir), et partagez vos notes avec Fichier › Synchroniser avec le fichier partagé, conçu pour les lecteurs réseau.</translation>
    </message>
    <message>
      <source>Data folder is read-only</source>
      <translation>Dossier de données en lecture seule</translation>
    </message>
    <message>
      <source>CMCoord Desktop cannot write to its data folder {folder} ({reason}). Nothing was changed.

Check that the disk is not write-protected and that you may write to the folder, or start with another data folder (--data-dir).</source>
      <translation>CMCoord Desktop ne peut pas écrire dans son dossier de données {folder} ({reason}). Rien n'a été modifié.

Vérifiez que le disque n'est pas protégé en écriture et que vous avez le droit d'écrire dans le dossier, ou démarrez avec un autre dossier de données (--data-dir).</translation>
    </message>
    <message>
      <source>Disk almost full</source>
      <translation>Disque presque plein</translation>
    </message>
    <message>
      <source>The disk of the data folder {folder} has only {free} free; CMCoord Desktop needs at least {needed} to save your notes safely. Nothing was changed.

Free some space (empty the recycle bin, move large files away) and start again.</source>
      <translation>Le disque du dossier de données {folder} n'a plus que {free} libres ; CMCoord Desktop a besoin d'au moins {needed} pour enregistrer vos notes en toute sécurité. Rien n'a été modifié.

Libérez de l'espace (videz la corbeille, déplacez les fichiers volumineux) et recommencez.</translation>
    </message>
    <message>
      <source>a UNC network path</source>
      <translation>un chemin réseau UNC</translation>
    </message>
    <message>
      <source>a mapped network drive</source>
      <translation>un lecteur réseau mappé</translation>
    </message>
    <message>
      <source>{filesystem} mount at {folder}</source>
      <translation>montage {filesystem} sur {folder}</translation>
    </message>
    <message>
      <source>{file} cannot be written</source>
      <translation>{file} n'est pas accessible en écriture</translation>
    </message>
    <message>
      <source>{count} MB</source>
      <translation>{count} Mo</translation>
    </message>
  </context>
  <context>
    <name>event copy</name>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (copie)</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>cmcoord-desktop: name the event to export (its id or exact title)</source>
      <translation>cmcoord-desktop : indiquez l'événement à exporter (son identifiant ou son titre exact)</translation>
    </message>
    <message>
      <source>--sessions chooses sessions of one event: name only that event</source>
      <translation>--sessions choisit des séances d'un seul événement : n'indiquez que cet événement</translation>
    </message>
    <message>
      <source>no event with id or title {reference}</source>
      <translation>aucun événement ayant pour identifiant ou titre {reference}</translation>
    </message>
    <message>
      <source>no session with id or title {reference} in this event</source>
      <translation>aucune séance ayant pour identifiant ou titre {reference} dans cet événement</translation>
    </message>
    <message>
      <source>event {event} is in the trash</source>
      <translation>l'événement {event} est dans la corbeille</translation>
    </message>
  </context>
  <context>
    <name>failure</name>
    <message>
      <source>the database file is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>le fichier de base de données est endommagé ou n'est pas une base de données CMCoord Desktop ; rien n'a été modifié : conservez une copie du dossier et envoyez-la avec le journal lorsque vous demandez de l'aide</translation>
    </message>
    <message>
      <source>the database file in {folder} is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>le fichier de base de données dans {folder} est endommagé ou n'est pas une base de données CMCoord Desktop ; rien n'a été modifié : conservez une copie du dossier et envoyez-la avec le journal lorsque vous demandez de l'aide</translation>
    </message>
    <message>
      <source>a system library the window needs is missing ({error}): install the libraries listed under Set up in the README</source>
      <translation>une bibliothèque système nécessaire à la fenêtre est absente ({error}) : installez les bibliothèques indiquées sous Set up dans le README</translation>
    </message>
    <message>
      <source>the computer ran out of memory: close other programs and try again</source>
      <translation>l'ordinateur manque de mémoire : fermez d'autres programmes et réessayez</translation>
    </message>
    <message>
      <source>an unexpected error ({error}); nothing else was changed: please send the log file when you ask for help</source>
      <translation>une erreur inattendue ({error}) ; rien d'autre n'a été modifié : veuillez envoyer le fichier journal lorsque vous demandez de l'aide</translation>
    </message>
    <message>
      <source>Could not open the window: {reason}</source>
      <translation>Impossible d'ouvrir la fenêtre : {reason}</translation>
    </message>
    <message>
      <source>Could not export: {reason}</source>
      <translation>Impossible d'exporter : {reason}</translation>
    </message>
    <message>
      <source>Could not import: {reason}</source>
      <translation>Impossible d'importer : {reason}</translation>
    </message>
    <message>
      <source>Could not sync: {reason}</source>
      <translation>Impossible de synchroniser : {reason}</translation>
    </message>
    <message>
      <source>Could not repair the clock: {reason}</source>
      <translation>Impossible de corriger l'horloge : {reason}</translation>
    </message>
    <message>
      <source>Could not search: {reason}</source>
      <translation>Impossible de rechercher : {reason}</translation>
    </message>
    <message>
      <source>Could not list the next steps: {reason}</source>
      <translation>Impossible d'afficher la liste des prochaines étapes : {reason}</translation>
    </message>
    <message>
      <source>Could not set up the team server: {reason}</source>
      <translation>Impossible de configurer le serveur d'équipe : {reason}</translation>
    </message>
    <message>
      <source>Could not {doing}: {reason}</source>
      <translation>Échec de « {doing} » : {reason}</translation>
    </message>
    <message>
      <source>{failed}.</source>
      <translation>{failed}.</translation>
    </message>
    <message>
      <source>{failed} (details in {log}).</source>
      <translation>{failed} (détails dans {log}).</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Série</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Hôte</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Ville</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>Pays</translation>
    </message>
    <message>
      <source>Online platform</source>
      <translation>Plateforme en ligne</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Supprimé</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>Heure de début</translation>
    </message>
    <message>
      <source>End time</source>
      <translation>Heure de fin</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Delegates</source>
      <translation>Délégués</translation>
    </message>
    <message>
      <source>Panel members</source>
      <translation>Membres du panel</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>Volet</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Place in the agenda</source>
      <translation>Place dans l'ordre du jour</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>Table host</source>
      <translation>Animateur de la table</translation>
    </message>
    <message>
      <source>Place in the session</source>
      <translation>Place dans la séance</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>Responsable</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Place in the list</source>
      <translation>Place dans la liste</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>Légende</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>Type de fichier</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Place among the presentations</source>
      <translation>Place parmi les présentations</translation>
    </message>
    <message>
      <source>Carried from</source>
      <translation>Reprise de</translation>
    </message>
  </context>
  <context>
    <name>glyph report</name>
    <message>
      <source>{record}: no font has {characters} ({codes})</source>
      <translation>{record} : aucune police ne contient {characters} ({codes})</translation>
    </message>
    <message>
      <source>event {event}, title</source>
      <translation>événement {event}, titre</translation>
    </message>
    <message>
      <source>event {event}, series</source>
      <translation>événement {event}, série</translation>
    </message>
    <message>
      <source>event {event}, kind</source>
      <translation>événement {event}, type</translation>
    </message>
    <message>
      <source>event {event}, host</source>
      <translation>événement {event}, hôte</translation>
    </message>
    <message>
      <source>event {event}, city</source>
      <translation>événement {event}, ville</translation>
    </message>
    <message>
      <source>event {event}, country</source>
      <translation>événement {event}, pays</translation>
    </message>
    <message>
      <source>event {event}, online platform</source>
      <translation>événement {event}, plateforme en ligne</translation>
    </message>
    <message>
      <source>event {event}, description</source>
      <translation>événement {event}, description</translation>
    </message>
    <message>
      <source>session {number} {session}, title</source>
      <translation>séance {number} {session}, titre</translation>
    </message>
    <message>
      <source>session {number} {session}, format</source>
      <translation>séance {number} {session}, format</translation>
    </message>
    <message>
      <source>session {number} {session}, panel</source>
      <translation>séance {number} {session}, panel</translation>
    </message>
    <message>
      <source>event {event}, key outcome {number}</source>
      <translation>événement {event}, principal résultat {number}</translation>
    </message>
    <message>
      <source>event {event}, next step {number}</source>
      <translation>événement {event}, prochaine étape {number}</translation>
    </message>
    <message>
      <source>session {number} {session}, notes</source>
      <translation>séance {number} {session}, notes</translation>
    </message>
    <message>
      <source>session {number} {session}, key outcome {item}</source>
      <translation>séance {number} {session}, principal résultat {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, next step {item}</source>
      <translation>séance {number} {session}, prochaine étape {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, marketplace table {item}</source>
      <translation>séance {number} {session}, table thématique {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, slide {item} caption</source>
      <translation>séance {number} {session}, légende de la diapositive {item}</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>{file} is a PDF without CMCoord Desktop records (only summaries exported by version 0.2 or later carry them).</source>
      <translation>{file} est un PDF sans enregistrements CMCoord Desktop (seules les synthèses exportées par la version 0.2 ou ultérieure en contiennent).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read ({size} bytes).</source>
      <translation>{file} contient des enregistrements trop volumineux pour être lus ({size} octets).</translation>
    </message>
    <message>
      <source>{file} is a damaged PDF: its records cannot be read ({reason}).</source>
      <translation>{file} est un PDF endommagé : ses enregistrements ne peuvent pas être lus ({reason}).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read.</source>
      <translation>{file} contient des enregistrements trop volumineux pour être lus.</translation>
    </message>
  </context>
  <context>
    <name>next steps</name>
    <message>
      <source>due {due}, before its session on {starts}</source>
      <translation>échéance le {due}, avant sa séance du {starts}</translation>
    </message>
    <message>
      <source>due {due}, before its event on {starts}</source>
      <translation>échéance le {due}, avant son événement du {starts}</translation>
    </message>
    <message>
      <source>owner is {count} characters long</source>
      <translation>le responsable compte {count} caractères</translation>
    </message>
  </context>
  <context>
    <name>plurals</name>
    <message numerus="yes">
      <source>Searched the first %n words.</source>
      <translation>
        <numerusform>Recherche limitée au premier mot (%n).</numerusform>
        <numerusform>Recherche limitée aux %n premiers mots.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} is more than %n years ahead: leave the field again to keep it, or correct it</source>
      <translation>
        <numerusform>{date} est dans plus de %n an : quittez de nouveau le champ pour la conserver, ou corrigez-la</numerusform>
        <numerusform>{date} est dans plus de %n ans : quittez de nouveau le champ pour la conserver, ou corrigez-la</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First %n matches shown; add words or raise --limit.</source>
      <translation>
        <numerusform>Premier résultat affiché (%n) ; ajoutez des mots ou augmentez --limit.</numerusform>
        <numerusform>%n premiers résultats affichés ; ajoutez des mots ou augmentez --limit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n next steps to {file}</source>
      <translation>
        <numerusform>%n prochaine étape écrite dans {file}</numerusform>
        <numerusform>%n prochaines étapes écrites dans {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the shared file to pass them on.</source>
      <translation>
        <numerusform>%n modification faite quand l'horloge de cet ordinateur avançait a été redatée. Synchronisez avec le fichier partagé pour la transmettre.</numerusform>
        <numerusform>%n modifications faites quand l'horloge de cet ordinateur avançait ont été redatées. Synchronisez avec le fichier partagé pour les transmettre.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</source>
      <translation>
        <numerusform>%n modification faite quand l'horloge de cet ordinateur avançait a été redatée ; {file} réécrit. Les autres ordinateurs peuvent de nouveau synchroniser.</numerusform>
        <numerusform>%n modifications faites quand l'horloge de cet ordinateur avançait ont été redatées ; {file} réécrit. Les autres ordinateurs peuvent de nouveau synchroniser.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>{file} créé — cet ordinateur : {here} ; le fichier : {there} ; %n copie en conflit fusionnée.</numerusform>
        <numerusform>{file} créé — cet ordinateur : {here} ; le fichier : {there} ; %n copies en conflit fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>Synchronisé avec {file} — cet ordinateur : {here} ; le fichier : {there} ; %n copie en conflit fusionnée.</numerusform>
        <numerusform>Synchronisé avec {file} — cet ordinateur : {here} ; le fichier : {there} ; %n copies en conflit fusionnées.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{new} new, {updated} updated, %n conflict(s), {deleted} deleted</source>
      <translation>
        <numerusform>nouvelles : {new}, mises à jour : {updated}, %n conflit, supprimées : {deleted}</numerusform>
        <numerusform>nouvelles : {new}, mises à jour : {updated}, %n conflits, supprimées : {deleted}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) on this laptop; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>Cette synchronisation supprimerait {deleted} fiche sur %n sur cet ordinateur ; elle a été suspendue. Confirmez pour continuer.</numerusform>
        <numerusform>Cette synchronisation supprimerait {deleted} des %n fiches sur cet ordinateur ; elle a été suspendue. Confirmez pour continuer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) in the shared file; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>Cette synchronisation supprimerait {deleted} fiche sur %n dans le fichier partagé ; elle a été suspendue. Confirmez pour continuer.</numerusform>
        <numerusform>Cette synchronisation supprimerait {deleted} des %n fiches dans le fichier partagé ; elle a été suspendue. Confirmez pour continuer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.</source>
      <translation>
        <numerusform>Synchronisé avec {server} — cet ordinateur : {here} ; %n nouvelle version envoyée pour {records} fiches.</numerusform>
        <numerusform>Synchronisé avec {server} — cet ordinateur : {here} ; %n nouvelles versions envoyées pour {records} fiches.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>record names</name>
    <message>
      <source>Event</source>
      <translation>Événement</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>Événements</translation>
    </message>
    <message>
      <source>Untitled event</source>
      <translation>Événement sans titre</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>Séance</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>Séances</translation>
    </message>
    <message>
      <source>Untitled session</source>
      <translation>Séance sans titre</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>Table thématique</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>Tables thématiques</translation>
    </message>
    <message>
      <source>Untitled table</source>
      <translation>Table sans titre</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Presentations</source>
      <translation>Présentations</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(sans titre)</translation>
    </message>
    <message>
      <source>Key outcome</source>
      <translation>Résultat principal</translation>
    </message>
    <message>
      <source>Key outcomes</source>
      <translation>Principaux résultats</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>Prochaine étape</translation>
    </message>
    <message>
      <source>Next steps to implementing solutions</source>
      <translation>Prochaines étapes pour la mise en œuvre des solutions</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Ideas</source>
      <translation>Idées</translation>
    </message>
    <message>
      <source>Carried next step</source>
      <translation>Prochaine étape reprise</translation>
    </message>
    <message>
      <source>Carried next steps</source>
      <translation>Prochaines étapes reprises</translation>
    </message>
    <message>
      <source>(carried next step)</source>
      <translation>(prochaine étape reprise)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Élément</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>Éléments</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Upcoming</source>
      <translation>À venir</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Passés</translation>
    </message>
  </context>
  <context>
    <name>record state</name>
    <message>
      <source>two different values carry the stamp {time} of {device}</source>
      <translation>deux valeurs différentes portent l'horodatage {time} de {device}</translation>
    </message>
  </context>
  <context>
    <name>search</name>
    <message>
      <source>Searched the first {count} characters.</source>
      <translation>Recherche limitée aux {count} premiers caractères.</translation>
    </message>
    <message>
      <source>Type letters or numbers to search: symbols alone match nothing.</source>
      <translation>Saisissez des lettres ou des chiffres pour rechercher : des symboles seuls ne correspondent à rien.</translation>
    </message>
    <message>
      <source>key outcome</source>
      <translation>principal résultat</translation>
    </message>
    <message>
      <source>next step</source>
      <translation>prochaine étape</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>idée</translation>
    </message>
    <message>
      <source>item</source>
      <translation>élément</translation>
    </message>
    <message>
      <source>marketplace table</source>
      <translation>table thématique</translation>
    </message>
    <message>
      <source>slide</source>
      <translation>diapositive</translation>
    </message>
    <message>
      <source>event</source>
      <translation>événement</translation>
    </message>
    <message>
      <source>session</source>
      <translation>séance</translation>
    </message>
    <message>
      <source>panel member</source>
      <translation>membre du panel</translation>
    </message>
    <message>
      <source>session notes</source>
      <translation>notes de séance</translation>
    </message>
    <message>
      <source>table host</source>
      <translation>animateur de la table</translation>
    </message>
    <message>
      <source>table participants</source>
      <translation>participants de la table</translation>
    </message>
    <message>
      <source>next step owner</source>
      <translation>responsable de la prochaine étape</translation>
    </message>
    <message>
      <source>slide caption</source>
      <translation>légende de diapositive</translation>
    </message>
    <message>
      <source>slide file</source>
      <translation>fichier de diapositive</translation>
    </message>
  </context>
  <context>
    <name>shared file</name>
    <message>
      <source>{file} stayed locked by another program (WinError {code}).</source>
      <translation>{file} est resté verrouillé par un autre programme (WinError {code}).</translation>
    </message>
  </context>
  <context>
    <name>spelled date</name>
    <message>
      <source>January</source>
      <translation>janvier</translation>
    </message>
    <message>
      <source>February</source>
      <translation>février</translation>
    </message>
    <message>
      <source>March</source>
      <translation>mars</translation>
    </message>
    <message>
      <source>April</source>
      <translation>avril</translation>
    </message>
    <message>
      <source>May</source>
      <translation>mai</translation>
    </message>
    <message>
      <source>June</source>
      <translation>juin</translation>
    </message>
    <message>
      <source>July</source>
      <translation>juillet</translation>
    </message>
    <message>
      <source>August</source>
      <translation>août</translation>
    </message>
    <message>
      <source>September</source>
      <translation>septembre</translation>
    </message>
    <message>
      <source>October</source>
      <translation>octobre</translation>
    </message>
    <message>
      <source>November</source>
      <translation>novembre</translation>
    </message>
    <message>
      <source>December</source>
      <translation>décembre</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{day} {month} {year}</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>This data folder was written by a newer CMCoord Desktop (schema {version}, this program knows up to {known}). Please update the program.</source>
      <translation>Ce dossier de données a été écrit par une version plus récente de CMCoord Desktop (schéma {version}, ce programme connaît jusqu'au schéma {known}). Veuillez mettre le programme à jour.</translation>
    </message>
    <message>
      <source>CMCoord Desktop is already open on {folder}. Switch to that window, or close it first.</source>
      <translation>CMCoord Desktop est déjà ouvert sur {folder}. Passez à cette fenêtre, ou fermez-la d'abord.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk holding it is full. Free some space.</source>
      <translation>Non enregistré : CMCoord Desktop n'a pas pu écrire dans votre dossier de données {folder} : le disque qui le contient est plein. Libérez de l'espace.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk reported an error. Check that the drive is still connected.</source>
      <translation>Non enregistré : CMCoord Desktop n'a pas pu écrire dans votre dossier de données {folder} : le disque a signalé une erreur. Vérifiez que le lecteur est toujours connecté.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: it can no longer be written to. Check the folder's permissions.</source>
      <translation>Non enregistré : CMCoord Desktop n'a pas pu écrire dans votre dossier de données {folder} : il n'est plus accessible en écriture. Vérifiez les autorisations du dossier.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file cannot be opened. Check that the drive is connected.</source>
      <translation>Non enregistré : CMCoord Desktop n'a pas pu écrire dans votre dossier de données {folder} : son fichier de base de données ne peut pas être ouvert. Vérifiez que le lecteur est connecté.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database stayed busy too long. Try again in a moment.</source>
      <translation>Non enregistré : CMCoord Desktop n'a pas pu écrire dans votre dossier de données {folder} : sa base de données est restée occupée trop longtemps. Réessayez dans un instant.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file is damaged. Keep a copy of the folder and ask for help.</source>
      <translation>Non enregistré : CMCoord Desktop n'a pas pu écrire dans votre dossier de données {folder} : son fichier de base de données est endommagé. Conservez une copie du dossier et demandez de l'aide.</translation>
    </message>
    <message>
      <source>There is no CMCoord Desktop data in {folder}: check the folder (--data-dir) and try again.</source>
      <translation>Il n'y a pas de données CMCoord Desktop dans {folder} : vérifiez le dossier (--data-dir) et réessayez.</translation>
    </message>
    <message>
      <source>The data in {folder} was written by an older CMCoord Desktop: open it once in the window (cmcoord-desktop --data-dir FOLDER), which brings it up to date, then try again.</source>
      <translation>Les données de {folder} ont été écrites par une version plus ancienne de CMCoord Desktop : ouvrez-les une fois dans la fenêtre (cmcoord-desktop --data-dir FOLDER), qui les met à jour, puis réessayez.</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB an import reads.</source>
      <translation>Non écrit : {file} ferait {size} Mio, plus que les {limit} Mio qu'une importation peut lire.</translation>
    </message>
    <message>
      <source>re-dating would change what {id} shows</source>
      <translation>redater changerait ce que {id} affiche</translation>
    </message>
    <message>
      <source>a change dated in the future was not re-dated</source>
      <translation>une modification datée dans le futur n'a pas été redatée</translation>
    </message>
    <message>
      <source>changes of several laptops are dated in the future: {laptops}</source>
      <translation>des modifications de plusieurs ordinateurs sont datées dans le futur : {laptops}</translation>
    </message>
    <message>
      <source>there is no room to re-date these changes before the limit</source>
      <translation>il n'y a pas de place pour redater ces modifications avant la limite</translation>
    </message>
    <message>
      <source>{file} rewritten with the changes this laptop re-dated earlier. Other laptops can sync again.</source>
      <translation>{file} réécrit avec les modifications que cet ordinateur a redatées auparavant. Les autres ordinateurs peuvent de nouveau synchroniser.</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>Lecture de {file}</translation>
    </message>
    <message>
      <source>Taking in the shared file</source>
      <translation>Intégration du fichier partagé</translation>
    </message>
    <message>
      <source>Re-dating</source>
      <translation>Redatation</translation>
    </message>
    <message>
      <source>{file} changed during the repair ({reason}).</source>
      <translation>{file} a changé pendant la réparation ({reason}).</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>The shared file contradicts an earlier repair ({reason}).</source>
      <translation>Le fichier partagé contredit une réparation antérieure ({reason}).</translation>
    </message>
    <message>
      <source>These changes cannot be re-dated exactly ({reason}).</source>
      <translation>Ces modifications ne peuvent pas être redatées exactement ({reason}).</translation>
    </message>
    <message>
      <source>This laptop's records kept changing during the repair; try again.</source>
      <translation>Les fiches de cet ordinateur n'ont cessé de changer pendant la réparation ; réessayez.</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source>Changes from {laptops} are dated more than {minutes} minutes ahead of this laptop's clock too. If this laptop's date is behind, correct its date and time first; otherwise re-date them on that laptop first.</source>
      <translation>Des modifications de {laptops} sont elles aussi datées de plus de {minutes} minutes en avance sur l'horloge de cet ordinateur. Si la date de cet ordinateur est en retard, corrigez d'abord sa date et son heure ; sinon, redatez-les d'abord sur cet autre ordinateur.</translation>
    </message>
    <message>
      <source>Correct this laptop's date and time first: every change here is dated more than {minutes} minutes after {when} UTC, so nothing shows that its clock is right now.</source>
      <translation>Corrigez d'abord la date et l'heure de cet ordinateur : toutes les modifications ici sont datées de plus de {minutes} minutes après le {when} UTC, donc rien ne montre que son horloge est juste maintenant.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>Rien à réparer : aucune modification ici n'est datée de plus de {minutes} minutes après l'horloge de cet ordinateur ({when} UTC). Si cette date est fausse, corrigez-la d'abord.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here or in {file} is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>Rien à réparer : aucune modification ici ni dans {file} n'est datée de plus de {minutes} minutes après l'horloge de cet ordinateur ({when} UTC). Si cette date est fausse, corrigez-la d'abord.</translation>
    </message>
    <message>
      <source>cmcoord-desktop: left {file} alone: {reason}</source>
      <translation>cmcoord-desktop : {file} laissé de côté : {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: held back {file}, the rest synced: {reason}</source>
      <translation>cmcoord-desktop : {file} retenu, le reste est synchronisé : {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not repaired: {reason}</source>
      <translation>cmcoord-desktop : non réparé : {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason}</source>
      <translation>cmcoord-desktop : non synchronisé : {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason} (use --allow-deletes)</source>
      <translation>cmcoord-desktop : non synchronisé : {reason} (utilisez --allow-deletes)</translation>
    </message>
    <message>
      <source>The records in {file}</source>
      <translation>Le jeu de fiches de {file}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not imported: {reason}</source>
      <translation>cmcoord-desktop : non importé : {reason}</translation>
    </message>
    <message>
      <source>Imported {file}: {new} new, {updated} updated, {conflicts} to review</source>
      <translation>{file} importé : nouvelles : {new}, mises à jour : {updated}, à examiner : {conflicts}</translation>
    </message>
    <message>
      <source>{name} refers to a slide that is not in {folder} ({slide}…); copy that folder with the file.</source>
      <translation>{name} renvoie à une diapositive absente de {folder} ({slide}…) ; copiez ce dossier avec le fichier.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is not a slide file.</source>
      <translation>{name} : la diapositive {slide}… n'est pas un fichier de diapositive.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is damaged.</source>
      <translation>{name} : la diapositive {slide}… est endommagée.</translation>
    </message>
    <message>
      <source>Record {id} is a {kind} in one copy and a different record in another; one of the copies is damaged.</source>
      <translation>La fiche {id} est de type {kind} dans une copie et une autre fiche dans une autre ; l'une des copies est endommagée.</translation>
    </message>
    <message>
      <source>Record {id} is damaged in one of the copies: {reason}.</source>
      <translation>La fiche {id} est endommagée dans l'une des copies : {reason}.</translation>
    </message>
    <message>
      <source>A {kind} ({id}) belongs to a record that is in neither this laptop nor the file; the file is incomplete or damaged.</source>
      <translation>Une fiche {kind} ({id}) appartient à une fiche qui ne se trouve ni sur cet ordinateur ni dans le fichier ; le fichier est incomplet ou endommagé.</translation>
    </message>
    <message>
      <source>{name} is damaged: its records are not a list.</source>
      <translation>{name} est endommagé : ses fiches ne forment pas une liste.</translation>
    </message>
    <message>
      <source>{name} is damaged: a record is not shaped like a record.</source>
      <translation>{name} est endommagé : une fiche n'a pas la forme d'une fiche.</translation>
    </message>
    <message>
      <source>{name} is damaged: {id} is not a record id.</source>
      <translation>{name} est endommagé : {id} n'est pas un identifiant de fiche.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} appears twice.</source>
      <translation>{name} est endommagé : la fiche {id} apparaît deux fois.</translation>
    </message>
    <message>
      <source>{name} holds a record of unknown kind {kind}.</source>
      <translation>{name} contient une fiche de type inconnu {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} lacks its parent.</source>
      <translation>{name} est endommagé : {kind} {id} n'a pas de parent.</translation>
    </message>
    <message>
      <source>{name} holds an item of unknown kind {kind}.</source>
      <translation>{name} contient un élément de type inconnu {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: a parent id is not a valid id.</source>
      <translation>{name} est endommagé : un identifiant de parent n'est pas valide.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} has no fields.</source>
      <translation>{name} est endommagé : {kind} {id} n'a pas de champs.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} field {field} this program does not know.</source>
      <translation>{name} contient un champ {field} de {kind} que ce programme ne connaît pas.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} are not a short list.</source>
      <translation>{name} est endommagé : les versions d'un champ {field} de {kind} ne forment pas une courte liste.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of a {kind} {field} is malformed.</source>
      <translation>{name} est endommagé : une version d'un champ {field} de {kind} est mal formée.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} no one could have typed: {problem}. Nothing was changed.</source>
      <translation>{name} contient un champ {field} de {kind} que personne n'aurait pu saisir : {problem}. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of {kind} {field} does not carry its own stamp.</source>
      <translation>{name} est endommagé : une version du champ {field} de {kind} ne porte pas son propre horodatage.</translation>
    </message>
    <message>
      <source>{name} is damaged: a stamp is out of range.</source>
      <translation>{name} est endommagé : un horodatage est hors limites.</translation>
    </message>
    <message>
      <source>{name} is damaged: {device} is not a laptop's id.</source>
      <translation>{name} est endommagé : {device} n'est pas un identifiant d'ordinateur.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} that is too large.</source>
      <translation>{name} contient un champ {field} de {kind} trop volumineux.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} field {field} holds a bad value ({reason}).</source>
      <translation>{name} est endommagé : le champ {field} de {kind} contient une valeur incorrecte ({reason}).</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} longer than {limit}.</source>
      <translation>{name} contient un champ {field} de {kind} de plus de {limit} caractères.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} number out of range.</source>
      <translation>{name} contient un nombre hors limites dans le champ {field} de {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} contradict each other.</source>
      <translation>{name} est endommagé : les versions d'un champ {field} de {kind} se contredisent.</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>un autre ordinateur</translation>
    </message>
    <message>
      <source>{name} holds changes from {laptops} dated up to {when} UTC, more than {minutes} minutes ahead of this laptop's clock: that laptop's clock was ahead when it made them. On that laptop, once its clock is right, File › Sync with shared file… offers to re-date them (or run: cmcoord-desktop repair-clock {name}); then sync here again.</source>
      <translation>{name} contient des modifications de {laptops} datées jusqu'au {when} UTC, plus de {minutes} minutes en avance sur l'horloge de cet ordinateur : l'horloge de cet autre ordinateur avançait quand elles ont été faites. Sur cet ordinateur, une fois son horloge juste, Fichier › Synchroniser avec un fichier partagé… propose de les redater (ou lancez : cmcoord-desktop repair-clock {name}) ; puis synchronisez de nouveau ici.</translation>
    </message>
    <message>
      <source>The folder {folder} is not there: is the USB stick or network share connected?</source>
      <translation>Le dossier {folder} est introuvable : la clé USB ou le partage réseau est-il connecté ?</translation>
    </message>
    <message>
      <source>{file} cannot be read right now ({reason}); nothing was changed. Sync again in a moment.</source>
      <translation>{file} ne peut pas être lu pour l'instant ({reason}) ; rien n'a été modifié. Synchronisez de nouveau dans un instant.</translation>
    </message>
    <message>
      <source>Could not write the slides beside {file} ({reason}); this laptop kept everything. Sync again later.</source>
      <translation>Impossible d'écrire les diapositives à côté de {file} ({reason}) ; cet ordinateur a tout conservé. Synchronisez de nouveau plus tard.</translation>
    </message>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB every laptop reads; nothing in it was replaced. Shorten the longest notes and sync again.</source>
      <translation>Non écrit : {file} ferait {size} Mio, plus que les {limit} Mio que lit chaque ordinateur ; rien n'y a été remplacé. Raccourcissez les notes les plus longues et synchronisez de nouveau.</translation>
    </message>
    <message>
      <source>Could not make the folder {folder} beside {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>Impossible de créer le dossier {folder} à côté de {file} ({reason}) ; cet ordinateur a conservé tout ce qu'il a fusionné. Synchronisez de nouveau plus tard.</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>Impossible d'écrire {file} ({reason}) ; cet ordinateur a conservé tout ce qu'il a fusionné. Synchronisez de nouveau plus tard.</translation>
    </message>
    <message>
      <source>{file} in {folder} was replaced by another program right after this laptop wrote it; this laptop kept everything it merged. Sync again.</source>
      <translation>{file} dans {folder} a été remplacé par un autre programme juste après que cet ordinateur l'a écrit ; cet ordinateur a conservé tout ce qu'il a fusionné. Synchronisez de nouveau.</translation>
    </message>
    <message>
      <source>Writing {file}</source>
      <translation>Écriture de {file}</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept its re-dated changes. Run the repair again later to rewrite the file.</source>
      <translation>Impossible d'écrire {file} ({reason}) ; cet ordinateur a conservé ses modifications redatées. Relancez la réparation plus tard pour réécrire le fichier.</translation>
    </message>
    <message>
      <source>Checking {file}</source>
      <translation>Vérification de {file}</translation>
    </message>
    <message>
      <source>{file} kept changing while other laptops synced; this laptop kept its re-dated changes. Run the repair again in a moment to rewrite the file.</source>
      <translation>{file} n'a cessé de changer pendant que d'autres ordinateurs synchronisaient ; cet ordinateur a conservé ses modifications redatées. Relancez la réparation dans un instant pour réécrire le fichier.</translation>
    </message>
    <message>
      <source>The file</source>
      <translation>Le fichier</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes).</source>
      <translation>{name} est trop volumineux ({size} octets).</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} est vide.</translation>
    </message>
    <message>
      <source>{name} is damaged: its data is nested too deeply.</source>
      <translation>{name} est endommagé : ses données sont imbriquées trop profondément.</translation>
    </message>
    <message>
      <source>{name} is damaged or incomplete ({reason}).</source>
      <translation>{name} est endommagé ou incomplet ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: it has no {keys}.</source>
      <translation>{name} est endommagé : il n'a pas de {keys}.</translation>
    </message>
    <message>
      <source>{name} is damaged: its checksum does not match its contents.</source>
      <translation>{name} est endommagé : sa somme de contrôle ne correspond pas à son contenu.</translation>
    </message>
    <message>
      <source>{name} is damaged: it says {count} records but holds {held}.</source>
      <translation>{name} est endommagé : il annonce {count} fiches mais en contient {held}.</translation>
    </message>
    <message>
      <source>{name} does not exist.</source>
      <translation>{name} n'existe pas.</translation>
    </message>
    <message>
      <source>{name} is a folder, not a records file.</source>
      <translation>{name} est un dossier, pas un fichier de fiches.</translation>
    </message>
    <message>
      <source>{name} is not a regular file.</source>
      <translation>{name} n'est pas un fichier ordinaire.</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes; the limit is {limit}).</source>
      <translation>{name} est trop volumineux ({size} octets ; la limite est de {limit}).</translation>
    </message>
    <message>
      <source>{name} is not a CMCoord Desktop records file.</source>
      <translation>{name} n'est pas un fichier de fiches de CMCoord Desktop.</translation>
    </message>
    <message>
      <source>{name} is damaged: its format version is unreadable.</source>
      <translation>{name} est endommagé : sa version de format est illisible.</translation>
    </message>
    <message>
      <source>{name} was written by a newer CMCoord Desktop (format {found}; this program reads {reads}.x). Please update the program.</source>
      <translation>{name} a été écrit par une version plus récente de CMCoord Desktop (format {found} ; ce programme lit le format {reads}.x). Veuillez mettre le programme à jour.</translation>
    </message>
    <message>
      <source>{name} is in format {found}, which this program cannot read.</source>
      <translation>{name} est au format {found}, que ce programme ne sait pas lire.</translation>
    </message>
    <message>
      <source>{name} is damaged or not ours ({reason}).</source>
      <translation>{name} est endommagé ou ne vient pas de nous ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: the key "{key}" appears twice.</source>
      <translation>{name} est endommagé : la clé « {key} » apparaît deux fois.</translation>
    </message>
    <message>
      <source>{name} was changed by another program (it is not exactly what CMCoord Desktop writes).</source>
      <translation>{name} a été modifié par un autre programme (ce n'est pas exactement ce qu'écrit CMCoord Desktop).</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {deleted} deleted</source>
      <translation>nouvelles : {new}, mises à jour : {updated}, supprimées : {deleted}</translation>
    </message>
    <message>
      <source>the records on this laptop changed since the preview</source>
      <translation>les fiches de cet ordinateur ont changé depuis l'aperçu</translation>
    </message>
    <message>
      <source>{file} changed since the preview</source>
      <translation>{file} a changé depuis l'aperçu</translation>
    </message>
    <message>
      <source>another laptop's file in the shared place changed since the preview</source>
      <translation>le fichier d'un autre ordinateur dans l'emplacement partagé a changé depuis l'aperçu</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>Fusion</translation>
    </message>
    <message>
      <source>{file} holds another workshop (no event in common with this laptop's); nothing was changed. To merge both workshops, sync again and confirm (on the command line: --merge-other-workshop).</source>
      <translation>{file} contient un autre atelier (aucun événement en commun avec celui de cet ordinateur) ; rien n'a été modifié. Pour fusionner les deux ateliers, synchronisez de nouveau et confirmez (en ligne de commande : --merge-other-workshop).</translation>
    </message>
    <message>
      <source>Saving on this laptop</source>
      <translation>Enregistrement sur cet ordinateur</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than {minutes} minutes ahead of its clock now; in {file} they would be held back by every other laptop. Re-date them first: File › Sync with shared file… offers it, or run: cmcoord-desktop repair-clock {file}</source>
      <translation>Les modifications faites sur cet ordinateur quand son horloge avançait sont datées jusqu'au {when} UTC, plus de {minutes} minutes en avance sur son horloge actuelle ; dans {file}, tous les autres ordinateurs les retiendraient. Redatez-les d'abord : Fichier › Synchroniser avec un fichier partagé… le propose, ou lancez : cmcoord-desktop repair-clock {file}</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, and the changes of all {count} other laptops are dated more than {minutes} minutes after that. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>L'horloge de cet ordinateur retarde : elle indique le {now} UTC, et les modifications des {count} autres ordinateurs sont toutes datées de plus de {minutes} minutes après. Corrigez la date et l'heure de cet ordinateur, puis synchronisez de nouveau ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, but changes it already holds are dated up to {newest} UTC. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>L'horloge de cet ordinateur retarde : elle indique le {now} UTC, mais des modifications qu'il détient déjà sont datées jusqu'au {newest} UTC. Corrigez la date et l'heure de cet ordinateur, puis synchronisez de nouveau ; rien n'a été modifié.</translation>
    </message>
  </context>
  <context>
    <name>team_server</name>
    <message>
      <source>That is not a server address; it looks like postgresql://USER@HOST/DATABASE.</source>
      <translation>Ce n'est pas une adresse de serveur ; elle a la forme postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
      <source>Leave the password out of the server address: the address is remembered and shown. You will be asked for it (and it is kept in the system keyring), or put it in .pgpass.</source>
      <translation>Ne mettez pas le mot de passe dans l'adresse du serveur : l'adresse est mémorisée et affichée. Il vous sera demandé (et conservé dans le trousseau du système), ou mettez-le dans .pgpass.</translation>
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation>Mot de passe pour {server} : </translation>
    </message>
    <message>
      <source>Set up the team server {server} (schema {schema}).</source>
      <translation>Serveur d'équipe {server} configuré (schéma {schema}).</translation>
    </message>
    <message>
      <source>The team server {server} is at schema {schema} (was {was}); roles granted again.</source>
      <translation>Le serveur d'équipe {server} est au schéma {schema} (il était au {was}) ; rôles de nouveau accordés.</translation>
    </message>
    <message>
      <source>Removed {versions} superseded versions and {attachments} unused attachments from {server}.</source>
      <translation>Versions remplacées supprimées : {versions} ; pièces jointes inutilisées supprimées : {attachments} (sur {server}).</translation>
    </message>
    <message>
      <source>Added {name} to {server} as an observer ({group}).</source>
      <translation>{name} ajouté à {server} comme observateur ({group}).</translation>
    </message>
    <message>
      <source>Added {name} to {server} as a member ({group}).</source>
      <translation>{name} ajouté à {server} comme membre ({group}).</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>Nouveau mot de passe pour {name} : </translation>
    </message>
    <message>
      <source>Once more: </source>
      <translation>Encore une fois : </translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>Les deux mots de passe diffèrent ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>{server} asks for a password: run the sync where it can be asked for, or add it to .pgpass.</source>
      <translation>{server} demande un mot de passe : lancez la synchronisation là où il peut être demandé, ou ajoutez-le à .pgpass.</translation>
    </message>
    <message>
      <source>The certificate of {host} is made out to another name: this may not be your team server. Nothing was changed; ask its administrator.</source>
      <translation>Le certificat de {host} est établi à un autre nom : ce n'est peut-être pas votre serveur d'équipe. Rien n'a été modifié ; adressez-vous à son administrateur.</translation>
    </message>
    <message>
      <source>The certificate of {host} cannot be checked: this laptop has no certificate of the authority that signed it (~/.postgresql/root.crt). Nothing was changed; ask the server's administrator for it.</source>
      <translation>Le certificat de {host} ne peut pas être vérifié : cet ordinateur n'a pas le certificat de l'autorité qui l'a signé (~/.postgresql/root.crt). Rien n'a été modifié ; demandez-le à l'administrateur du serveur.</translation>
    </message>
    <message>
      <source>The certificate of {host} could not be verified: it is not signed by an authority this laptop trusts, or it expired. Nothing was changed; ask its administrator.</source>
      <translation>Le certificat de {host} n'a pas pu être vérifié : il n'est pas signé par une autorité à laquelle cet ordinateur fait confiance, ou il a expiré. Rien n'a été modifié ; adressez-vous à son administrateur.</translation>
    </message>
    <message>
      <source>{host} does not offer an encrypted connection (TLS), so this laptop will not send anything to it. Ask its administrator to turn TLS on.</source>
      <translation>{host} ne propose pas de connexion chiffrée (TLS) : cet ordinateur ne lui enverra donc rien. Demandez à son administrateur d'activer TLS.</translation>
    </message>
    <message>
      <source>The server {server} did not accept the password. Nothing was changed.</source>
      <translation>Le serveur {server} n'a pas accepté le mot de passe. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The server has no database {database}. Nothing was changed.</source>
      <translation>Le serveur n'a pas de base de données {database}. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The server has no account {account}. Nothing was changed.</source>
      <translation>Le serveur n'a pas de compte {account}. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The server {server} does not let this account in from here. Nothing was changed.</source>
      <translation>Le serveur {server} n'accepte pas ce compte depuis cet endroit. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Could not reach the team server {server} ({reason}). This laptop kept everything.</source>
      <translation>Impossible de joindre le serveur d'équipe {server} ({reason}). Cet ordinateur a tout conservé.</translation>
    </message>
    <message>
      <source>{name} cannot be an account name: use lower-case letters, digits, _ . or -, starting with a letter (at most 63).</source>
      <translation>{name} ne peut pas être un nom de compte : utilisez des lettres minuscules, des chiffres, _ . ou -, en commençant par une lettre (63 au plus).</translation>
    </message>
    <message>
      <source>Give the account a password of at least 12 characters.</source>
      <translation>Donnez au compte un mot de passe d'au moins 12 caractères.</translation>
    </message>
    <message>
      <source>The server already has an account {name}; nothing changed.</source>
      <translation>Le serveur a déjà un compte {name} ; rien n'a changé.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} has no readable parent; nothing was changed on this laptop.</source>
      <translation>{name} est endommagé : la fiche {id} n'a pas de parent lisible ; rien n'a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} is stored as two different records; nothing was changed on this laptop.</source>
      <translation>{name} est endommagé : la fiche {id} est enregistrée comme deux fiches différentes ; rien n'a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} has no value; nothing was changed on this laptop.</source>
      <translation>{name} est endommagé : une version de la fiche {id} n'a pas de valeur ; rien n'a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} {field} is unreadable; nothing was changed on this laptop.</source>
      <translation>{name} est endommagé : une version de la fiche {id} {field} est illisible ; rien n'a été modifié sur cet ordinateur.</translation>
    </message>
    <message>
      <source>{database} on {server}</source>
      <translation>{database} sur {server}</translation>
    </message>
    <message>
      <source>The database {where} is not set up as a team server. Its administrator sets it up with: cmcoord-desktop server init URL. Nothing was changed.</source>
      <translation>La base de données {where} n'est pas configurée comme serveur d'équipe. Son administrateur la configure avec : cmcoord-desktop server init URL. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The database {where} holds another program's tables named cmcoord; nothing was changed. Check the address.</source>
      <translation>La base de données {where} contient des tables d'un autre programme nommées cmcoord ; rien n'a été modifié. Vérifiez l'adresse.</translation>
    </message>
    <message>
      <source>The team server {where} is damaged: no schema version.</source>
      <translation>Le serveur d'équipe {where} est endommagé : pas de version de schéma.</translation>
    </message>
    <message>
      <source>The team server {where} was set up by a newer CMCoord Desktop (schema {version}, this one knows {known}); update this program. Nothing was changed.</source>
      <translation>Le serveur d'équipe {where} a été configuré par une version plus récente de CMCoord Desktop (schéma {version}, celle-ci connaît le {known}) ; mettez ce programme à jour. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The team server {where} needs upgrading to this release's schema: its administrator runs cmcoord-desktop server init URL again. Nothing was changed.</source>
      <translation>Le serveur d'équipe {where} doit être mis à niveau vers le schéma de cette version : son administrateur relance cmcoord-desktop server init URL. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>This database already has a schema named cmcoord that is not CMCoord Desktop's; nothing was changed. Use another database.</source>
      <translation>Cette base de données a déjà un schéma nommé cmcoord qui n'est pas celui de CMCoord Desktop ; rien n'a été modifié. Utilisez une autre base de données.</translation>
    </message>
    <message>
      <source>This team server was set up by a newer CMCoord Desktop (schema {version}); update this program first. Nothing was changed.</source>
      <translation>Ce serveur d'équipe a été configuré par une version plus récente de CMCoord Desktop (schéma {version}) ; mettez d'abord ce programme à jour. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The account {account} may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>Le compte {account} n'a pas le droit de configurer le serveur d'équipe ({reason}) ; utilisez le compte du propriétaire de la base de données, avec le droit de créer des rôles (CREATEROLE). Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>The account you used may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>Le compte utilisé n'a pas le droit de configurer le serveur d'équipe ({reason}) ; utilisez le compte du propriétaire de la base de données, avec le droit de créer des rôles (CREATEROLE). Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Synced with {server}: this laptop {here}; this account only reads, nothing sent.</source>
      <translation>Synchronisé avec {server} — cet ordinateur : {here} ; ce compte ne fait que lire, rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>Connecting to {server}</source>
      <translation>Connexion à {server}</translation>
    </message>
    <message>
      <source>The team server {server}</source>
      <translation>Le serveur d'équipe {server}</translation>
    </message>
    <message>
      <source>Reading what is new</source>
      <translation>Lecture des nouveautés</translation>
    </message>
    <message>
      <source>{name} is damaged: its tables are incomplete. Nothing was changed.</source>
      <translation>{name} est endommagé : ses tables sont incomplètes. Rien n'a été modifié.</translation>
    </message>
    <message>
      <source>Sending to {server}</source>
      <translation>Envoi vers {server}</translation>
    </message>
    <message>
      <source>This laptop's id ({device}) is already used on the server by the account {account}: a copied data folder? Nothing was sent.</source>
      <translation>L'identifiant de cet ordinateur ({device}) est déjà utilisé sur le serveur par le compte {account} : un dossier de données copié ? Rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>{server} refused this push: {reason}. Nobody may send changes in another laptop's name; nothing was sent.</source>
      <translation>{server} a refusé cet envoi : {reason}. Nul ne peut envoyer de modifications au nom d'un autre ordinateur ; rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>The account {account} may not do that on {server} ({reason}); nothing was sent.</source>
      <translation>Le compte {account} n'a pas le droit de faire cela sur {server} ({reason}) ; rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>The disk of {server} is full; nothing was sent and this laptop kept everything. Tell the server's administrator, then sync again.</source>
      <translation>Le disque de {server} est plein ; rien n'a été envoyé et cet ordinateur a tout conservé. Prévenez l'administrateur du serveur, puis synchronisez de nouveau.</translation>
    </message>
    <message>
      <source>The connection to {server} was lost; this laptop kept everything. Sync again in a moment.</source>
      <translation>La connexion à {server} a été perdue ; cet ordinateur a tout conservé. Synchronisez de nouveau dans un instant.</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than a day ahead of its clock now; on {server} they would block every other laptop. Re-date them first: cmcoord-desktop repair-clock</source>
      <translation>Les modifications faites sur cet ordinateur quand son horloge avançait sont datées jusqu'au {when} UTC, plus d'un jour en avance sur son horloge actuelle ; sur {server}, elles bloqueraient tous les autres ordinateurs. Redatez-les d'abord : cmcoord-desktop repair-clock</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A title is needed</source>
      <translation>Un titre est nécessaire</translation>
    </message>
    <message>
      <source>A topic is needed</source>
      <translation>Un thème est nécessaire</translation>
    </message>
    <message>
      <source>Type a whole number, like 35</source>
      <translation>Saisissez un nombre entier, par exemple 35</translation>
    </message>
    <message>
      <source>A count cannot be below zero</source>
      <translation>Un nombre ne peut pas être inférieur à zéro</translation>
    </message>
    <message>
      <source>That number is too large for a count</source>
      <translation>Ce nombre est trop grand pour un effectif</translation>
    </message>
    <message>
      <source>Type a date like 2017-02-06 or 6 Feb 2017</source>
      <translation>Saisissez une date comme 2017-02-06 ou 6/2/2017</translation>
    </message>
    <message>
      <source>Type a time like 09:30 or 2:30 pm</source>
      <translation>Saisissez une heure comme 09:30 ou 14h30</translation>
    </message>
    <message>
      <source>The end date is before the start date</source>
      <translation>La date de fin est antérieure à la date de début</translation>
    </message>
    <message>
      <source>The start date is after the end date</source>
      <translation>La date de début est postérieure à la date de fin</translation>
    </message>
    <message>
      <source>The session ends before it starts</source>
      <translation>La séance se termine avant de commencer</translation>
    </message>
    <message>
      <source>The session starts after it ends</source>
      <translation>La séance commence après sa fin</translation>
    </message>
    <message>
      <source>That value cannot be stored here</source>
      <translation>Cette valeur ne peut pas être enregistrée ici</translation>
    </message>
    <message>
      <source>Removed an invisible direction-override character (it would reorder the text around it)</source>
      <translation>Un caractère invisible de forçage de direction a été supprimé (il réordonnerait le texte qui l'entoure)</translation>
    </message>
    <message>
      <source>Read as {date}</source>
      <translation>Lu comme {date}</translation>
    </message>
    <message>
      <source>{date} is before 1945: leave the field again to keep it, or correct it</source>
      <translation>{date} est antérieure à 1945 : quittez de nouveau le champ pour la conserver, ou corrigez-la</translation>
    </message>
  </context>
  <context>
    <name>value rules</name>
    <message>
      <source>not a whole number</source>
      <translation>pas un nombre entier</translation>
    </message>
    <message>
      <source>a count below zero ({value})</source>
      <translation>un nombre inférieur à zéro ({value})</translation>
    </message>
    <message>
      <source>a count too large ({value})</source>
      <translation>un nombre trop grand ({value})</translation>
    </message>
    <message>
      <source>a status not on the list ({value}; the list: open, in progress, done)</source>
      <translation>un statut absent de la liste ({value} ; la liste : open, in progress, done)</translation>
    </message>
    <message>
      <source>a time that is not HH:MM ({value})</source>
      <translation>une heure qui n'est pas au format HH:MM ({value})</translation>
    </message>
    <message>
      <source>a date that is not YYYY-MM-DD ({value})</source>
      <translation>une date qui n'est pas au format AAAA-MM-JJ ({value})</translation>
    </message>
    <message>
      <source>a direction-override character, which would reorder the text around it</source>
      <translation>un caractère de forçage de direction, qui réordonnerait le texte qui l'entoure</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>not base64: {reason}</source>
      <translation>pas du base64 : {reason}</translation>
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation>{expected} attendu, {got} reçu</translation>
    </message>
  </context>
</TS>
