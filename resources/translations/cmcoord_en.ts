<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>About</name>
    <message>
      <source>Version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Log file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>not written (see the terminal)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Built with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, and merge notes with co-facilitators through a shared file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fonts in PDF summaries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji and Noto Sans Symbols 2; their licences:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Libraries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit unmodified in the program folder and can be replaced with compatible builds. Source: {link}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About {program}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an event and type its title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New event from a &amp;past event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new event with the sessions and marketplace tables of a past one (of this data folder or of a records file), without their content</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New &amp;session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a session to the selected event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New marketplace &amp;table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a marketplace table (topic group) to the selected session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport summary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export a summary of the selected event: PDF, web page, Word, Markdown or e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>S&amp;ync with shared file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge your notes with co-facilitators' through one shared file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync with a tea&amp;m server…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge your notes with the team's PostgreSQL server, and stay online with it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close CMCoord Desktop (everything is already saved)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find any word of any event, session, table, outcome, next step, idea, note or caption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy as e-&amp;mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Copy the selected event's summary, to paste into Outlook or Gmail as formatted text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move the selected event, session or table to the Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the event, session or table selected in a list (to the Trash)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move u&amp;p</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table up the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move up: the item being typed, or the session or table selected in a list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table down the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move down: the item being typed, or the session or table selected in a list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add key &amp;outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a key outcome to the record in the editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add &amp;next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a next step to the record in the editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add &amp;idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an idea to the marketplace table in the editor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Filter events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter the events by title, host or place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to &amp;events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to &amp;sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to marketplace &amp;tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go to e&amp;ditor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>T&amp;rash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show deleted records and restore them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Next steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every next step of every event: filter them, close them, export them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs re&amp;view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Records where laptops disagreed: choose which value to keep</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session &amp;clock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the time since the selected session started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>List every keyboard shortcut</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;About CMCoord Desktop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Version, data folder, log file and licences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The next item, right after this one (in an item, or a next step's owner or due date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A line break inside the item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the empty item and go back up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete the item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The next field (a next step's text, owner, due date, status)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The previous field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paste a slide image into the session's presentation</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttachmentStrip</name>
    <message>
      <source>Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That file is not an image or a PDF, so it was not added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Caption, e.g. the slide's title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove this slide (Undo brings it back)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slide removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slide removed: {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Its image was removed from every laptop after it was deleted; the caption is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Caption of {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete presentation: {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a slide image…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>or paste one (Ctrl+V), or drop a file here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add presentation slide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not read {file}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a presentation slide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete slide</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackgroundRunner</name>
    <message>
      <source>Something went wrong; nothing was lost, and the log has the details.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Something went wrong: {summary}.

Your data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.

The details could not be written to a log file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CMCoord Desktop could not open its data folder {folder}: {reason}.

Nothing in the folder was deleted. Keep a copy of the folder before trying anything else, and ask for help with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The details are in the log file:
{log}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CMCoord Desktop could not start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CMCoord Desktop: unexpected error</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Continue</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DueDelegate</name>
    <message>
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. 15 March 2026; empty: no date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date not saved: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{doubt} Press Enter again to keep it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventPicker</name>
    <message>
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Events in the summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>untitled event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tic&amp;k all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put every event in the summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Take every event out of the summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upcoming and past as of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Events that start after this day are listed as upcoming, the others as past</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Title of the summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As of &amp;date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary &amp;title:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <source>No event matches “{words}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Web page (for a website or CMS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word (for comments and translators)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Markdown (wikis, repositories)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail (.eml, to send or forward)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E-mail message (*.eml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export summary — {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>untitled event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;All sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Chosen sessions:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(untitled session)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Marketplace tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presentation &amp;images</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose sessions and options, then Export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the exported file in the program that shows it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show in fo&amp;lder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the folder the exported file is in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cop&amp;y as e-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the summary on the clipboard, to paste into a new e-mail</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Export summary — %n event(s)</source>
      <translation>
        <numerusform>Export summary — %n event</numerusform>
        <numerusform>Export summary — %n events</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick at least one event to export its summary.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the day, the title and options, then Export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose at least one session, or All sessions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exporting the summary to {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The export failed and wrote no file. {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No program on this computer opens {file}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} did not open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{path} is no longer there: export it again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FieldBinding</name>
    <message>
      <source>Not saved yet: kept here, and saved as soon as the data folder can be written.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>&amp;Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Still to do</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>O&amp;wner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;vent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Se&amp;ries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Series filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Words in the next step or owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Words filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>W&amp;ords</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Any series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(untitled)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FilterBox</name>
    <message>
      <source>Filter events (title, host, place)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter events</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>FollowUpController</name>
    <message>
      <source>That record is no longer there (deleted on another laptop?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That record is in the Trash: restore it to open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The session or event of that record is in the Trash.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemList</name>
    <message>
      <source>+ Add key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+ Add next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>+ Add idea</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ItemRow</name>
    <message>
      <source>Type an outcome, press Enter for the next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a next step, press Enter for the next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type an idea, press Enter for the next</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete this key outcome (Alt+Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete this next step (Alt+Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete this idea (Alt+Delete)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete key outcome: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete next step: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete idea: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key outcome {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next step {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idea {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who follows up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner of next step {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due date of next step {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status of next step {number}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>KeyboardShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts — {program}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keys</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Typing in the editor</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;System language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>(demo workshop — a temporary copy)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening {folder}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening the demo workshop…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport this session…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NextStepsDock</name>
    <message>
      <source>Next steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NextStepsModel</name>
    <message>
      <source>No date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(no text)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(the event itself)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue: {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{place} — carried from {event}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overdue: due before today and not done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check: {warning}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carried into: {events}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NextStepsView</name>
    <message>
      <source>Next steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the table shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the current next step done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Mark the current next step done (Ctrl+D)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Carry into an event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carry the current next step into an event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show the current next step in another event too (Ctrl+Shift+C)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the next steps shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Write the next steps the filter shows as CSV, Excel, calendar or PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No next step matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First {count:,} next steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>1 next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count:,} next steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{shown:,} of {total:,} next steps (scroll for more)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a next step first.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OwnerDelegate</name>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who follows up</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Panels</name>
    <message numerus="yes">
      <source>%n delegate(s)</source>
      <translation>
        <numerusform>%n delegate</numerusform>
        <numerusform>%n delegates</numerusform>
      </translation>
    </message>
    <message>
      <source>Host: {host}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs review · {detail}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No events yet.
Ctrl+Shift+E adds one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a session to see its marketplace tables.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No marketplace tables.
Ctrl+Shift+G adds one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select an event to see its sessions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No sessions yet.
Ctrl+Shift+S adds one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PastEvent</name>
    <message>
      <source>CMCoord records (*.cmcsync *.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From a records file (an export or a shared file)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Which event's sessions and marketplace tables should the new event get?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New event from a past event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(untitled)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordActions</name>
    <message>
      <source>New event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New event from a past event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New event “{title}”: its sessions and tables are copied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select an event first, or add one with Ctrl+Shift+E.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a session first, or add one with Ctrl+Shift+S.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New marketplace table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing selected to delete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a session or a marketplace table to move; events follow their dates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sessions follow their date and start time: change those to move it past “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select an event, session or marketplace table first.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Select an event, a session or a marketplace table
to capture its outcomes here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This record is in the trash.
Undo (Ctrl+Z) or restore it from the Trash.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>Workshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Annual meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thematic sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Training programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Networks and partnerships week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event · upcoming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event · ongoing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event · past</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Event title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Programme or series, e.g. HNPW</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workshop, annual meeting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Host organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Online</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Platform, e.g. Virtual OSOCC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How many</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the event is about</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Topic of the table, e.g. Simulations and exercises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who hosts this table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who took part, or how many</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marketplace table in {session}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marketplace table in an untitled session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marketplace table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel discussion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Group work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marketplace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plenary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Thematic session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Simulation exercise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Briefing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date, e.g. 2017-02-07</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>hh:mm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel discussion, group work…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel members and facilitators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Heading it is grouped under in the summary (optional)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Anything else worth keeping</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session of {event}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session of an untitled event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordForm dates</name>
    <message>
      <source>to</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordSentences</name>
    <message>
      <source>Edit title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit online platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit start date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit end date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit start time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit end time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit delegates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit panel members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit table host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit caption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit “{field}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete event “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete session “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete marketplace table “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete presentation “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete key outcome “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete next step “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete idea “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete carried next step “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete item “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore event “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore session “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore marketplace table “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore presentation “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore key outcome “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore next step “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore idea “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore carried next step “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restore item “{title}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored event “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored session “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored marketplace table “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored presentation “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored key outcome “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored next step “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored idea “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored carried next step “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored item “{title}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restored “{title}”; what it belongs to is still in the Trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved event “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved session “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Moved marketplace table “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move session up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move session down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move marketplace table up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move marketplace table down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move key outcome up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move key outcome down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move next step up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move next step down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move idea up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move idea down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Split idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete empty key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete empty next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete empty idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set status to open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set status to in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set status to done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set status to dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set next step “{step}” to open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set next step “{step}” to in progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set next step “{step}” to done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set next step “{step}” to dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set status to “{status}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{detail}: {before}{match}{after}; matched “{match}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <source>Keep &amp;this</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep t&amp;hat</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind} “{title}” — {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>edited after it was deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>changed on two laptops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The values to choose from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needs review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Records that need review</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n record(s) where laptops disagreed</source>
      <translation>
        <numerusform>%n record where laptops disagreed</numerusform>
        <numerusform>%n records where laptops disagreed</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing needs review: every laptop agreed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep this one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep this value on every laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep &amp;both (as two items)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted on one laptop, edited on another</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted by {who}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edited by {who}, which the delete had not seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Delete it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep “{value}” ({field})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep both values as two items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add the other value as an item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>laptop {device}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{laptop} · {when}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SaveStatus</name>
    <message>
      <source>Every change is written to disk the moment you make it: there is nothing to save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>All changes are saved as you type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: the data folder cannot be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What you typed stays on screen and is saved as soon as the folder can be written again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchDock</name>
    <message>
      <source>Find</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find in every record</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search every record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search events, sessions, outcomes, next steps…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Search results</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing matches “{typed}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The first {count} matches: add words to narrow them.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Window open for {duration}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session starts in {duration} (at {time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session running {duration} (since {time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session clock: time since the selected session started today</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SessionClockWords</name>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · %n min left</source>
      <translation>
        <numerusform>Session running {duration} (since {time}) · %n min left</numerusform>
        <numerusform>Session running {duration} (since {time}) · %n min left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · over by %n min</source>
      <translation>
        <numerusform>Session running {duration} (since {time}) · over by %n min</numerusform>
        <numerusform>Session running {duration} (since {time}) · over by %n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusDelegate</name>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepCarry</name>
    <message>
      <source>There is no other event to carry this next step into.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(untitled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carry into an event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show this next step in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carry a next step into “{event}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carried into “{event}”.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepEdits</name>
    <message>
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Dropped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set the owner of next step “{step}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set the due date of next step “{step}”</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepExport</name>
    <message>
      <source>Spreadsheet, UTF-8 (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calendar tasks (*.ics)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>PDF, open next steps per owner (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export next steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not exported: name the file .csv, .xlsx, .ics or .pdf to choose its format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not exported: {file} could not be written ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported {count} next steps to {file}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SummaryController</name>
    <message>
      <source>Select an event to export its summary.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select a session to export it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select an event to copy its summary.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>Not synced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync with shared file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead block the shared file. Re-date them to now and rewrite the file?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CMCoord shared files (*.cmcsync);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced with {file}: {summary} here.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>Merged %n conflicted copies.</source>
      <translation>
        <numerusform>Merged %n conflicted copy.</numerusform>
        <numerusform>Merged %n conflicted copies.</numerusform>
      </translation>
    </message>
    <message>
      <source>Held back (dated ahead of this laptop's clock): {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-date and rewrite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not synced yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last synced {time} with {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent shared &amp;files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No shared files yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create “{file}” from this laptop's records?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync with “{file}”?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop: {summary}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The shared file: {summary}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conflicted copies to merge in: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Records with conflicting changes will be listed under View › Needs review.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Careful: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Careful: “{file}” holds another workshop (no event in common with this laptop's); syncing merges both workshops.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merge both workshops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete and sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamServerController</name>
    <message>
      <source>Team server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not synced with {server}: {why}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync with a team server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delete and sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not synced with {server}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n record(s) in</source>
      <translation>
        <numerusform>%n record in</numerusform>
        <numerusform>%n records in</numerusform>
      </translation>
    </message>
    <message>
      <source>Online with {server}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not synced with {server}: this sync would delete most records. Sync by hand to decide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced with {server} at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, none out (this account only reads).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, {out} out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} to review (View › Needs review).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last synced with the team server at {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recent team ser&amp;vers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No team servers yet</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamServerDialog</name>
    <message>
      <source>Sync with a team server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Address of the team server:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Address of the team server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For example postgresql://anna@db.example.org/workshops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your IT administrator gives you this address. No password in it: you are asked for the password when the server wants one, and it is kept in the system's keyring.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Where the address comes from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync or cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sync</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password for the team server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password of {server}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TeamServerListener</name>
    <message>
      <source>The connection to {server} was lost.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashDock</name>
    <message>
      <source>Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Put the selected record back where it was (Enter)</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <source>%n deleted record(s)</source>
      <translation>
        <numerusform>%n deleted record</numerusform>
        <numerusform>%n deleted records</numerusform>
      </translation>
    </message>
    <message>
      <source>The Trash is empty.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <source>today {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>yesterday {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome — {program}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Welcome to {program}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capture the key outcomes and next steps of a workshop as people speak, export the summary the same day, and merge notes with your co-facilitators. Nothing to save: every edit is kept the moment you make it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Try the demo workshop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. Your own data folder stays empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create an event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start with an empty event, then add its sessions and marketplace tables.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Create from a copy of a past event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pick last year's records file (an export or a shared file): its sessions and marketplace tables are copied, without outcomes, next steps, ideas, notes or delegates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your data folder: {folder}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>CMCoord Desktop is already open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Install the newer version to open it; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Made by a newer CMCoord Desktop</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>carry forward</name>
    <message>
      <source>Only next steps can be carried into another event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That event is in the Trash: restore it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This next step already belongs to that event.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>{text} is not a day written YYYY-MM-DD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{heading}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>usage: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>positional arguments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>options</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{program}: error: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the following arguments are required: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>unrecognized arguments: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>argument {name}: expected one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>argument {name}: expected at least one argument</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>argument {name}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the window's and these messages' language: ar, zh, en, fr, ru or es</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>data folder (default: the user's data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>work on a fresh copy of the demo workshop, not your data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>export an event summary (pdf, html, docx, email, md) or all records (json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the event's id or exact title; several events make one summary of them all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the file format to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>file to write</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only these sessions (id or title)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>pdf: the paper size (default: a4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>print the sessions' internal notes too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>several events: which are upcoming is decided as of this day (default: today)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>several events: the summary's title (default: UN-CMCoord events)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>html: the summary alone, without page or style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>html: slides as files in a folder beside the page instead of inside it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>email: attach the summary as a PDF too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>merge a records file (a json export) into the data folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a records file (json export) or a summary PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>merge with a shared file or a team server (postgresql://…), both ways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the shared file, or postgresql://USER@HOST/DATABASE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>go ahead even if more than half of the records would be deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>merge even if the file holds another workshop (no event in common)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>re-date changes made while this laptop's clock was far ahead, and rewrite FILE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the shared file to rewrite</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>set up a team server (PostgreSQL) and its members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create or upgrade the schema and the two roles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the server: postgresql://ADMIN@HOST/DATABASE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>after restoring a backup: every laptop reads the whole server again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>remove superseded versions (every laptop's records stay the same)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>create a login account for a member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the member's login name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>may only read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmcoord-desktop: stopped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{folder} is a folder: name the file to write in it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>json exports every record: add --all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>find any word of any record; one match a line, grouped by event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>words, "a quoted phrase"; the last word may be a prefix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>also records in the Trash</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>at most this many (200)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>every next step of every event: list them, or write csv, xlsx, ics or pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only these statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only this owner (case and accents ignored)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only this event (id or exact title), carried ones too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only events of this series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only overdue, this week, no date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>only steps whose text or owner has these words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>file format (pdf: open and in progress by default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>file to write (without it: list them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No record matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>say where to write the {format} file: add --out FILE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose the file format: --format csv, xlsx, ics or pdf</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{due} overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{session} (carried from {event})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>data folder</name>
    <message>
      <source>Data folder on a network drive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data folder {folder} is on a network drive ({network}). The database must stay on this computer's own disk: a database on a shared drive can be corrupted when the connection drops.

Start CMCoord Desktop with a data folder on a local disk (--data-dir), and share your notes with File › Sync with shared file, which is made for network drives.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data folder is read-only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CMCoord Desktop cannot write to its data folder {folder} ({reason}). Nothing was changed.

Check that the disk is not write-protected and that you may write to the folder, or start with another data folder (--data-dir).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disk almost full</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk of the data folder {folder} has only {free} free; CMCoord Desktop needs at least {needed} to save your notes safely. Nothing was changed.

Free some space (empty the recycle bin, move large files away) and start again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a UNC network path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a mapped network drive</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{filesystem} mount at {folder}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} cannot be written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{count} MB</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>event copy</name>
    <message>
      <source>{title} (copy)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>cmcoord-desktop: name the event to export (its id or exact title)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>--sessions chooses sessions of one event: name only that event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no event with id or title {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no session with id or title {reference} in this event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event} is in the trash</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>failure</name>
    <message>
      <source>the database file is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the database file in {folder} is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a system library the window needs is missing ({error}): install the libraries listed under Set up in the README</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the computer ran out of memory: close other programs and try again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>an unexpected error ({error}); nothing else was changed: please send the log file when you ask for help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not open the window: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not export: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not import: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not sync: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not repair the clock: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not search: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not list the next steps: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not set up the team server: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not {doing}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{failed}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{failed} (details in {log}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>City</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Online platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Link</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Delegates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Panel members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Track</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place in the agenda</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Topic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Table host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place in the session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Caption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Place among the presentations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carried from</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>glyph report</name>
    <message>
      <source>{record}: no font has {characters} ({codes})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, series</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, online platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, key outcome {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event {event}, next step {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, key outcome {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, next step {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, marketplace table {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session {number} {session}, slide {item} caption</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>{file} is a PDF without CMCoord Desktop records (only summaries exported by version 0.2 or later carry them).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} carries records too large to read ({size} bytes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} is a damaged PDF: its records cannot be read ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} carries records too large to read.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>next steps</name>
    <message>
      <source>due {due}, before its session on {starts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due {due}, before its event on {starts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>owner is {count} characters long</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>plurals</name>
    <message numerus="yes">
      <source>Searched the first %n words.</source>
      <translation>
        <numerusform>Searched the first word.</numerusform>
        <numerusform>Searched the first %n words.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} is more than %n years ahead: leave the field again to keep it, or correct it</source>
      <translation>
        <numerusform>{date} is more than %n year ahead: leave the field again to keep it, or correct it</numerusform>
        <numerusform>{date} is more than %n years ahead: leave the field again to keep it, or correct it</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First %n matches shown; add words or raise --limit.</source>
      <translation>
        <numerusform>First match shown; add words or raise --limit.</numerusform>
        <numerusform>First %n matches shown; add words or raise --limit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n next steps to {file}</source>
      <translation>
        <numerusform>Wrote %n next step to {file}</numerusform>
        <numerusform>Wrote %n next steps to {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the shared file to pass them on.</source>
      <translation>
        <numerusform>Re-dated %n change made while this laptop's clock was ahead. Sync with the shared file to pass it on.</numerusform>
        <numerusform>Re-dated %n changes made while this laptop's clock was ahead. Sync with the shared file to pass them on.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</source>
      <translation>
        <numerusform>Re-dated %n change made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</numerusform>
        <numerusform>Re-dated %n changes made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>Created {file}: this laptop {here}; the file {there}; %n conflicted copy merged.</numerusform>
        <numerusform>Created {file}: this laptop {here}; the file {there}; %n conflicted copies merged.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>Synced with {file}: this laptop {here}; the file {there}; %n conflicted copy merged.</numerusform>
        <numerusform>Synced with {file}: this laptop {here}; the file {there}; %n conflicted copies merged.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{new} new, {updated} updated, %n conflict(s), {deleted} deleted</source>
      <translation>
        <numerusform>{new} new, {updated} updated, %n conflict, {deleted} deleted</numerusform>
        <numerusform>{new} new, {updated} updated, %n conflicts, {deleted} deleted</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) on this laptop; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>This sync would delete {deleted} of %n record on this laptop; it was held. Confirm to go ahead.</numerusform>
        <numerusform>This sync would delete {deleted} of %n records on this laptop; it was held. Confirm to go ahead.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) in the shared file; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>This sync would delete {deleted} of %n record in the shared file; it was held. Confirm to go ahead.</numerusform>
        <numerusform>This sync would delete {deleted} of %n records in the shared file; it was held. Confirm to go ahead.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.</source>
      <translation>
        <numerusform>Synced with {server}: this laptop {here}; sent %n new version of {records} records.</numerusform>
        <numerusform>Synced with {server}: this laptop {here}; sent %n new versions of {records} records.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>record names</name>
    <message>
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Untitled event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sessions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Untitled session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marketplace table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Untitled table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presentation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presentations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(untitled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key outcomes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next steps to implementing solutions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ideas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carried next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Carried next steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(carried next step)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ongoing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upcoming</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Past</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>record state</name>
    <message>
      <source>two different values carry the stamp {time} of {device}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>search</name>
    <message>
      <source>Searched the first {count} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type letters or numbers to search: symbols alone match nothing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>key outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>next step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>marketplace table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>slide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>panel member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>session notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>table host</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>table participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>next step owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>slide caption</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>slide file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>shared file</name>
    <message>
      <source>{file} stayed locked by another program (WinError {code}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>spelled date</name>
    <message>
      <source>January</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>February</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>March</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>April</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>May</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>June</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>July</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>August</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>September</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>October</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>November</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>December</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>This data folder was written by a newer CMCoord Desktop (schema {version}, this program knows up to {known}). Please update the program.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>CMCoord Desktop is already open on {folder}. Switch to that window, or close it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk holding it is full. Free some space.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk reported an error. Check that the drive is still connected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: it can no longer be written to. Check the folder's permissions.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file cannot be opened. Check that the drive is connected.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database stayed busy too long. Try again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file is damaged. Keep a copy of the folder and ask for help.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no CMCoord Desktop data in {folder}: check the folder (--data-dir) and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The data in {folder} was written by an older CMCoord Desktop: open it once in the window (cmcoord-desktop --data-dir FOLDER), which brings it up to date, then try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB an import reads.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>re-dating would change what {id} shows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a change dated in the future was not re-dated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>changes of several laptops are dated in the future: {laptops}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>there is no room to re-date these changes before the limit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} rewritten with the changes this laptop re-dated earlier. Other laptops can sync again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Taking in the shared file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Re-dating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} changed during the repair ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The shared file contradicts an earlier repair ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>These changes cannot be re-dated exactly ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop's records kept changing during the repair; try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source> and </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes from {laptops} are dated more than {minutes} minutes ahead of this laptop's clock too. If this laptop's date is behind, correct its date and time first; otherwise re-date them on that laptop first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Correct this laptop's date and time first: every change here is dated more than {minutes} minutes after {when} UTC, so nothing shows that its clock is right now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to repair: no change here is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing to repair: no change here or in {file} is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmcoord-desktop: left {file} alone: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmcoord-desktop: held back {file}, the rest synced: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmcoord-desktop: not repaired: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason} (use --allow-deletes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The records in {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>cmcoord-desktop: not imported: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Imported {file}: {new} new, {updated} updated, {conflicts} to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} refers to a slide that is not in {folder} ({slide}…); copy that folder with the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: the slide {slide}… is not a slide file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name}: the slide {slide}… is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record {id} is a {kind} in one copy and a different record in another; one of the copies is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record {id} is damaged in one of the copies: {reason}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A {kind} ({id}) belongs to a record that is in neither this laptop nor the file; the file is incomplete or damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: its records are not a list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: a record is not shaped like a record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: {id} is not a record id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: record {id} appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds a record of unknown kind {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} lacks its parent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds an item of unknown kind {kind}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: a parent id is not a valid id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} has no fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds a {kind} field {field} this program does not know.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} are not a short list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: a version of a {kind} {field} is malformed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds a {kind} {field} no one could have typed: {problem}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: a version of {kind} {field} does not carry its own stamp.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: a stamp is out of range.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: {device} is not a laptop's id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds a {kind} {field} that is too large.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: {kind} field {field} holds a bad value ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds a {kind} {field} longer than {limit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds a {kind} {field} number out of range.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} contradict each other.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} holds changes from {laptops} dated up to {when} UTC, more than {minutes} minutes ahead of this laptop's clock: that laptop's clock was ahead when it made them. On that laptop, once its clock is right, File › Sync with shared file… offers to re-date them (or run: cmcoord-desktop repair-clock {name}); then sync here again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The folder {folder} is not there: is the USB stick or network share connected?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} cannot be read right now ({reason}); nothing was changed. Sync again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write the slides beside {file} ({reason}); this laptop kept everything. Sync again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB every laptop reads; nothing in it was replaced. Shorten the longest notes and sync again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not make the folder {folder} beside {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} in {folder} was replaced by another program right after this laptop wrote it; this laptop kept everything it merged. Sync again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Writing {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept its re-dated changes. Run the repair again later to rewrite the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} kept changing while other laptops synced; this laptop kept its re-dated changes. Run the repair again in a moment to rewrite the file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is too large ({size} bytes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: its data is nested too deeply.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged or incomplete ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: it has no {keys}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: its checksum does not match its contents.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: it says {count} records but holds {held}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is a folder, not a records file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is not a regular file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is too large ({size} bytes; the limit is {limit}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is not a CMCoord Desktop records file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: its format version is unreadable.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was written by a newer CMCoord Desktop (format {found}; this program reads {reads}.x). Please update the program.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is in format {found}, which this program cannot read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged or not ours ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: the key "{key}" appears twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} was changed by another program (it is not exactly what CMCoord Desktop writes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{new} new, {updated} updated, {deleted} deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>the records on this laptop changed since the preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} changed since the preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>another laptop's file in the shared place changed since the preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Merging</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{file} holds another workshop (no event in common with this laptop's); nothing was changed. To merge both workshops, sync again and confirm (on the command line: --merge-other-workshop).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving on this laptop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than {minutes} minutes ahead of its clock now; in {file} they would be held back by every other laptop. Re-date them first: File › Sync with shared file… offers it, or run: cmcoord-desktop repair-clock {file}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, and the changes of all {count} other laptops are dated more than {minutes} minutes after that. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, but changes it already holds are dated up to {newest} UTC. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>team_server</name>
    <message>
      <source>That is not a server address; it looks like postgresql://USER@HOST/DATABASE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave the password out of the server address: the address is remembered and shown. You will be asked for it (and it is kept in the system keyring), or put it in .pgpass.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set up the team server {server} (schema {schema}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The team server {server} is at schema {schema} (was {was}); roles granted again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed {versions} superseded versions and {attachments} unused attachments from {server}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added {name} to {server} as an observer ({group}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Added {name} to {server} as a member ({group}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Once more: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{server} asks for a password: run the sync where it can be asked for, or add it to .pgpass.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate of {host} is made out to another name: this may not be your team server. Nothing was changed; ask its administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate of {host} cannot be checked: this laptop has no certificate of the authority that signed it (~/.postgresql/root.crt). Nothing was changed; ask the server's administrator for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The certificate of {host} could not be verified: it is not signed by an authority this laptop trusts, or it expired. Nothing was changed; ask its administrator.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{host} does not offer an encrypted connection (TLS), so this laptop will not send anything to it. Ask its administrator to turn TLS on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server {server} did not accept the password. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server has no database {database}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server has no account {account}. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server {server} does not let this account in from here. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Could not reach the team server {server} ({reason}). This laptop kept everything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} cannot be an account name: use lower-case letters, digits, _ . or -, starting with a letter (at most 63).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Give the account a password of at least 12 characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The server already has an account {name}; nothing changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: record {id} has no readable parent; nothing was changed on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: record {id} is stored as two different records; nothing was changed on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} has no value; nothing was changed on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} {field} is unreadable; nothing was changed on this laptop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{database} on {server}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database {where} is not set up as a team server. Its administrator sets it up with: cmcoord-desktop server init URL. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The database {where} holds another program's tables named cmcoord; nothing was changed. Check the address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The team server {where} is damaged: no schema version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The team server {where} was set up by a newer CMCoord Desktop (schema {version}, this one knows {known}); update this program. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The team server {where} needs upgrading to this release's schema: its administrator runs cmcoord-desktop server init URL again. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database already has a schema named cmcoord that is not CMCoord Desktop's; nothing was changed. Use another database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This team server was set up by a newer CMCoord Desktop (schema {version}); update this program first. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account {account} may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account you used may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Synced with {server}: this laptop {here}; this account only reads, nothing sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Connecting to {server}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The team server {server}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reading what is new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} is damaged: its tables are incomplete. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sending to {server}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This laptop's id ({device}) is already used on the server by the account {account}: a copied data folder? Nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{server} refused this push: {reason}. Nobody may send changes in another laptop's name; nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The account {account} may not do that on {server} ({reason}); nothing was sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The disk of {server} is full; nothing was sent and this laptop kept everything. Tell the server's administrator, then sync again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The connection to {server} was lost; this laptop kept everything. Sync again in a moment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than a day ahead of its clock now; on {server} they would block every other laptop. Re-date them first: cmcoord-desktop repair-clock</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A title is needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A topic is needed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a whole number, like 35</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A count cannot be below zero</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That number is too large for a count</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a date like 2017-02-06 or 6 Feb 2017</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Type a time like 09:30 or 2:30 pm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The end date is before the start date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The start date is after the end date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The session ends before it starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The session starts after it ends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That value cannot be stored here</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed an invisible direction-override character (it would reorder the text around it)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Read as {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{date} is before 1945: leave the field again to keep it, or correct it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>value rules</name>
    <message>
      <source>not a whole number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a count below zero ({value})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a count too large ({value})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a status not on the list ({value}; the list: open, in progress, done)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a time that is not HH:MM ({value})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a date that is not YYYY-MM-DD ({value})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>a direction-override character, which would reorder the text around it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>not base64: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
