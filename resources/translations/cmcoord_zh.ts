<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>About</name>
    <message>
      <source>Version</source>
      <translation>版本</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>数据文件夹</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>日志文件</translation>
    </message>
    <message>
      <source>not written (see the terminal)</source>
      <translation>未写入（见终端）</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>构建工具</translation>
    </message>
    <message>
      <source>Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, and merge notes with co-facilitators through a shared file.</source>
      <translation>现场记录 UN-CMCoord 讲习班的成果，当天导出 PDF 摘要，并通过共享文件与共同主持人合并笔记。</translation>
    </message>
    <message>
      <source>Fonts in PDF summaries</source>
      <translation>PDF 摘要中的字体</translation>
    </message>
    <message>
      <source>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji and Noto Sans Symbols 2; their licences:</source>
      <translation>Noto Sans、Noto Sans Arabic、文泉驿微米黑和 DejaVu Sans，以及用于表情符号和符号（系统没有表情字体时窗口中也使用）的 Noto Emoji 和 Noto Sans Symbols 2 子集；其许可证：</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>程序库</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit unmodified in the program folder and can be replaced with compatible builds. Source: {link}.</source>
      <translation>Qt 和 PySide6 依据 GNU LGPL 第 3 版使用：其共享库未经修改地放在程序文件夹中，可替换为兼容的版本。源代码：{link}。</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About {program}</source>
      <translation>关于 {program}</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <source>New &amp;event</source>
      <translation>新建活动(&amp;E)</translation>
    </message>
    <message>
      <source>Add an event and type its title</source>
      <translation>添加一项活动并输入其标题</translation>
    </message>
    <message>
      <source>New event from a &amp;past event…</source>
      <translation>以过去的活动新建活动(&amp;P)…</translation>
    </message>
    <message>
      <source>A new event with the sessions and marketplace tables of a past one (of this data folder or of a records file), without their content</source>
      <translation>新建一项活动，沿用过去某项活动（来自此数据文件夹或记录文件）的会议和专题讨论桌，但不含其内容</translation>
    </message>
    <message>
      <source>New &amp;session</source>
      <translation>新建会议(&amp;S)</translation>
    </message>
    <message>
      <source>Add a session to the selected event</source>
      <translation>向所选活动添加一场会议</translation>
    </message>
    <message>
      <source>New marketplace &amp;table</source>
      <translation>新建专题讨论桌(&amp;T)</translation>
    </message>
    <message>
      <source>Add a marketplace table (topic group) to the selected session</source>
      <translation>向所选会议添加一张专题讨论桌（专题小组）</translation>
    </message>
    <message>
      <source>E&amp;xport summary…</source>
      <translation>导出摘要(&amp;X)…</translation>
    </message>
    <message>
      <source>Export a summary of the selected event: PDF, web page, Word, Markdown or e-mail</source>
      <translation>导出所选活动的摘要：PDF、网页、Word、Markdown 或电子邮件</translation>
    </message>
    <message>
      <source>S&amp;ync with shared file…</source>
      <translation>与共享文件同步(&amp;Y)…</translation>
    </message>
    <message>
      <source>Merge your notes with co-facilitators' through one shared file</source>
      <translation>通过一个共享文件与共同主持人合并笔记</translation>
    </message>
    <message>
      <source>Sync with a tea&amp;m server…</source>
      <translation>与团队服务器同步(&amp;M)…</translation>
    </message>
    <message>
      <source>Merge your notes with the team's PostgreSQL server, and stay online with it</source>
      <translation>将您的记录与团队的 PostgreSQL 服务器合并，并保持在线</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <source>Close CMCoord Desktop (everything is already saved)</source>
      <translation>关闭 CMCoord Desktop（所有内容均已保存）</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>撤消(&amp;U)</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <source>Find any word of any event, session, table, outcome, next step, idea, note or caption</source>
      <translation>查找任一活动、会议、主题桌、成果、后续步骤、想法、备注或说明文字中的任何词语</translation>
    </message>
    <message>
      <source>Copy as e-&amp;mail</source>
      <translation>复制为电子邮件(&amp;M)</translation>
    </message>
    <message>
      <source>Copy the selected event's summary, to paste into Outlook or Gmail as formatted text</source>
      <translation>复制所选活动的摘要，以格式文本粘贴到 Outlook 或 Gmail</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>Move the selected event, session or table to the Trash</source>
      <translation>将所选活动、会议或讨论桌移到回收站</translation>
    </message>
    <message>
      <source>Delete the event, session or table selected in a list (to the Trash)</source>
      <translation>删除在列表中选中的活动、会议或讨论桌（移到回收站）</translation>
    </message>
    <message>
      <source>Move u&amp;p</source>
      <translation>上移(&amp;P)</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table up the list</source>
      <translation>在列表中上移所选会议（同一天内）或专题讨论桌</translation>
    </message>
    <message>
      <source>Move up: the item being typed, or the session or table selected in a list</source>
      <translation>上移：正在输入的条目，或在列表中选中的会议或讨论桌</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>下移(&amp;W)</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table down the list</source>
      <translation>在列表中下移所选会议（同一天内）或专题讨论桌</translation>
    </message>
    <message>
      <source>Move down: the item being typed, or the session or table selected in a list</source>
      <translation>下移：正在输入的条目，或在列表中选中的会议或讨论桌</translation>
    </message>
    <message>
      <source>Add key &amp;outcome</source>
      <translation>添加主要成果(&amp;O)</translation>
    </message>
    <message>
      <source>Add a key outcome to the record in the editor</source>
      <translation>向编辑器中的记录添加一项主要成果</translation>
    </message>
    <message>
      <source>Add &amp;next step</source>
      <translation>添加后续步骤(&amp;N)</translation>
    </message>
    <message>
      <source>Add a next step to the record in the editor</source>
      <translation>向编辑器中的记录添加一项后续步骤</translation>
    </message>
    <message>
      <source>Add &amp;idea</source>
      <translation>添加想法(&amp;I)</translation>
    </message>
    <message>
      <source>Add an idea to the marketplace table in the editor</source>
      <translation>向编辑器中的专题讨论桌添加一个想法</translation>
    </message>
    <message>
      <source>&amp;Filter events</source>
      <translation>筛选活动(&amp;F)</translation>
    </message>
    <message>
      <source>Filter the events by title, host or place</source>
      <translation>按标题、主办方或地点筛选活动</translation>
    </message>
    <message>
      <source>Go to &amp;events</source>
      <translation>转到活动(&amp;E)</translation>
    </message>
    <message>
      <source>Go to &amp;sessions</source>
      <translation>转到会议(&amp;S)</translation>
    </message>
    <message>
      <source>Go to marketplace &amp;tables</source>
      <translation>转到专题讨论桌(&amp;T)</translation>
    </message>
    <message>
      <source>Go to e&amp;ditor</source>
      <translation>转到编辑器(&amp;D)</translation>
    </message>
    <message>
      <source>T&amp;rash</source>
      <translation>回收站(&amp;R)</translation>
    </message>
    <message>
      <source>Show deleted records and restore them</source>
      <translation>显示已删除的记录并恢复</translation>
    </message>
    <message>
      <source>&amp;Next steps</source>
      <translation>后续步骤(&amp;N)</translation>
    </message>
    <message>
      <source>Every next step of every event: filter them, close them, export them</source>
      <translation>所有活动的全部后续步骤：筛选、完成、导出</translation>
    </message>
    <message>
      <source>Needs re&amp;view</source>
      <translation>待审核(&amp;V)</translation>
    </message>
    <message>
      <source>Records where laptops disagreed: choose which value to keep</source>
      <translation>各电脑不一致的记录：选择保留哪个值</translation>
    </message>
    <message>
      <source>Session &amp;clock</source>
      <translation>会议计时(&amp;C)</translation>
    </message>
    <message>
      <source>Show the time since the selected session started</source>
      <translation>显示所选会议开始以来的时间</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <source>List every keyboard shortcut</source>
      <translation>列出所有键盘快捷键</translation>
    </message>
    <message>
      <source>&amp;About CMCoord Desktop</source>
      <translation>关于 CMCoord Desktop(&amp;A)</translation>
    </message>
    <message>
      <source>Version, data folder, log file and licences</source>
      <translation>版本、数据文件夹、日志文件和许可证</translation>
    </message>
    <message>
      <source>The next item, right after this one (in an item, or a next step's owner or due date)</source>
      <translation>紧接此条之后的下一条（在条目中，或在后续步骤的负责人或截止日期中）</translation>
    </message>
    <message>
      <source>A line break inside the item</source>
      <translation>条目内换行</translation>
    </message>
    <message>
      <source>Delete the empty item and go back up</source>
      <translation>删除空条目并返回上一条</translation>
    </message>
    <message>
      <source>Delete the item</source>
      <translation>删除条目</translation>
    </message>
    <message>
      <source>The next field (a next step's text, owner, due date, status)</source>
      <translation>下一个字段（后续步骤的文本、负责人、截止日期、状态）</translation>
    </message>
    <message>
      <source>The previous field</source>
      <translation>上一个字段</translation>
    </message>
    <message>
      <source>Paste a slide image into the session's presentation</source>
      <translation>将幻灯片图像粘贴到会议的演示文稿中</translation>
    </message>
  </context>
  <context>
    <name>AttachmentStrip</name>
    <message>
      <source>Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)</source>
      <translation>幻灯片 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
      <source>That file is not an image or a PDF, so it was not added</source>
      <translation>该文件不是图像或 PDF，因此未添加</translation>
    </message>
    <message>
      <source>Caption, e.g. the slide's title</source>
      <translation>说明，例如幻灯片标题</translation>
    </message>
    <message>
      <source>Remove this slide (Undo brings it back)</source>
      <translation>移除此幻灯片（撤消可恢复）</translation>
    </message>
    <message>
      <source>Slide removed</source>
      <translation>幻灯片已删除</translation>
    </message>
    <message>
      <source>Slide removed: {file}</source>
      <translation>幻灯片已删除：{file}</translation>
    </message>
    <message>
      <source>Its image was removed from every laptop after it was deleted; the caption is kept.</source>
      <translation>删除后，其图像已从所有笔记本电脑中移除；说明文字已保留。</translation>
    </message>
    <message>
      <source>Caption of {file}</source>
      <translation>{file} 的说明文字</translation>
    </message>
    <message>
      <source>Delete presentation: {file}</source>
      <translation>删除演示文稿：{file}</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>演示文稿</translation>
    </message>
    <message>
      <source>Add a slide image…</source>
      <translation>添加幻灯片图像…</translation>
    </message>
    <message>
      <source>or paste one (Ctrl+V), or drop a file here</source>
      <translation>或粘贴（Ctrl+V），或将文件拖放到此处</translation>
    </message>
    <message>
      <source>Add presentation slide</source>
      <translation>添加演示幻灯片</translation>
    </message>
    <message>
      <source>Could not read {file}: {reason}</source>
      <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
      <source>Choose a presentation slide</source>
      <translation>选择演示幻灯片</translation>
    </message>
    <message>
      <source>Delete slide</source>
      <translation>删除幻灯片</translation>
    </message>
  </context>
  <context>
    <name>BackgroundRunner</name>
    <message>
      <source>Something went wrong; nothing was lost, and the log has the details.</source>
      <translation>出现问题；没有丢失任何内容，详细信息见日志。</translation>
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
      <translation>出现问题：{summary}。

您的数据是安全的：每次修改都已在当时保存。CMCoord Desktop 仍在运行；如有异常，请关闭后重新打开。

详细信息在日志文件中：
{log}
请发送该文件，并简要说明您当时在做什么。</translation>
    </message>
    <message>
      <source>Something went wrong: {summary}.

Your data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.

The details could not be written to a log file.</source>
      <translation>出现问题：{summary}。

您的数据是安全的：每次修改都已在当时保存。CMCoord Desktop 仍在运行；如有异常，请关闭后重新打开。

详细信息无法写入日志文件。</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not open its data folder {folder}: {reason}.

Nothing in the folder was deleted. Keep a copy of the folder before trying anything else, and ask for help with it.</source>
      <translation>CMCoord Desktop 无法打开其数据文件夹 {folder}：{reason}。

文件夹中的内容均未删除。请先备份该文件夹，再进行其他尝试，并寻求帮助。</translation>
    </message>
    <message>
      <source>The details are in the log file:
{log}</source>
      <translation>详细信息在日志文件中：
{log}</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not start</source>
      <translation>CMCoord Desktop 无法启动</translation>
    </message>
    <message>
      <source>CMCoord Desktop: unexpected error</source>
      <translation>CMCoord Desktop：意外错误</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
  </context>
  <context>
    <name>DueDelegate</name>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>e.g. 15 March 2026; empty: no date</source>
      <translation>例如 2026年3月15日；留空：无日期</translation>
    </message>
    <message>
      <source>Due date not saved: {reason}</source>
      <translation>截止日期未保存：{reason}</translation>
    </message>
    <message>
      <source>{doubt} Press Enter again to keep it.</source>
      <translation>{doubt} 再按一次 Enter 键以保留。</translation>
    </message>
  </context>
  <context>
    <name>EventPicker</name>
    <message>
      <source>Events</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Events in the summary</source>
      <translation>摘要中的活动</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>无标题活动</translation>
    </message>
    <message>
      <source>Tic&amp;k all</source>
      <translation>全部勾选(&amp;K)</translation>
    </message>
    <message>
      <source>Put every event in the summary</source>
      <translation>将所有活动纳入摘要</translation>
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation>全部取消勾选(&amp;U)</translation>
    </message>
    <message>
      <source>Take every event out of the summary</source>
      <translation>从摘要中移除所有活动</translation>
    </message>
    <message>
      <source>Upcoming and past as of</source>
      <translation>即将举行和以往活动的截止日期</translation>
    </message>
    <message>
      <source>Events that start after this day are listed as upcoming, the others as past</source>
      <translation>在此日期之后开始的活动列为即将举行的活动，其余列为以往活动</translation>
    </message>
    <message>
      <source>Title of the summary</source>
      <translation>摘要标题</translation>
    </message>
    <message>
      <source>As of &amp;date:</source>
      <translation>截至日期(&amp;D)：</translation>
    </message>
    <message>
      <source>Summary &amp;title:</source>
      <translation>摘要标题(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <source>No event matches “{words}”.</source>
      <translation>没有与“{words}”匹配的活动。</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <source>Web page (for a website or CMS)</source>
      <translation>网页（用于网站或内容管理系统）</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>网页 (*.html)</translation>
    </message>
    <message>
      <source>Word (for comments and translators)</source>
      <translation>Word（供提出意见和翻译使用）</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
      <source>Markdown (wikis, repositories)</source>
      <translation>Markdown（维基、代码库）</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>E-mail (.eml, to send or forward)</source>
      <translation>电子邮件（.eml，用于发送或转发）</translation>
    </message>
    <message>
      <source>E-mail message (*.eml)</source>
      <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
      <source>Export summary — {title}</source>
      <translation>导出摘要 — {title}</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>无标题活动</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>未导出</translation>
    </message>
    <message>
      <source>&amp;All sessions</source>
      <translation>所有会议(&amp;A)</translation>
    </message>
    <message>
      <source>&amp;Chosen sessions:</source>
      <translation>所选会议(&amp;C)：</translation>
    </message>
    <message>
      <source>(untitled session)</source>
      <translation>（无标题会议）</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>&amp;Marketplace tables</source>
      <translation>专题讨论桌(&amp;M)</translation>
    </message>
    <message>
      <source>Presentation &amp;images</source>
      <translation>演示图像(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>笔记(&amp;N)</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>格式(&amp;F)：</translation>
    </message>
    <message>
      <source>Choose sessions and options, then Export.</source>
      <translation>选择会议和选项，然后点击导出。</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <source>Open the exported file in the program that shows it</source>
      <translation>在可显示该文件的程序中打开导出的文件</translation>
    </message>
    <message>
      <source>Show in fo&amp;lder</source>
      <translation>在文件夹中显示(&amp;L)</translation>
    </message>
    <message>
      <source>Open the folder the exported file is in</source>
      <translation>打开导出文件所在的文件夹</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <source>Cop&amp;y as e-mail</source>
      <translation>复制为电子邮件(&amp;Y)</translation>
    </message>
    <message>
      <source>Put the summary on the clipboard, to paste into a new e-mail</source>
      <translation>将摘要放到剪贴板，以便粘贴到新的电子邮件中</translation>
    </message>
    <message numerus="yes">
      <source>Export summary — %n event(s)</source>
      <translation>
        <numerusform>导出摘要 — %n 项活动</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick at least one event to export its summary.</source>
      <translation>请至少勾选一项活动以导出其摘要。</translation>
    </message>
    <message>
      <source>Choose the day, the title and options, then Export.</source>
      <translation>选择日期、标题和选项，然后点击导出。</translation>
    </message>
    <message>
      <source>Choose at least one session, or All sessions.</source>
      <translation>请至少选择一场会议，或选择所有会议。</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>摘要已复制：请将其粘贴到新的电子邮件中。</translation>
    </message>
    <message>
      <source>Export summary</source>
      <translation>导出摘要</translation>
    </message>
    <message>
      <source>Exporting the summary to {file}…</source>
      <translation>正在将摘要导出到 {file}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation>已导出 {file}。</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
      <source>The export failed and wrote no file. {message}</source>
      <translation>导出失败，未写入任何文件。{message}</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>正在取消…</translation>
    </message>
    <message>
      <source>No program on this computer opens {file}.</source>
      <translation>此计算机上没有能打开 {file} 的程序。</translation>
    </message>
    <message>
      <source>The folder {folder} did not open.</source>
      <translation>未能打开文件夹 {folder}。</translation>
    </message>
    <message>
      <source>{path} is no longer there: export it again.</source>
      <translation>{path} 已不存在：请重新导出。</translation>
    </message>
  </context>
  <context>
    <name>FieldBinding</name>
    <message>
      <source>Not saved yet: kept here, and saved as soon as the data folder can be written.</source>
      <translation>尚未保存：内容保留在此处，一旦数据文件夹可写入即会保存。</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>&amp;Status</source>
      <translation>状态(&amp;S)</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>状态筛选</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>任何状态</translation>
    </message>
    <message>
      <source>Still to do</source>
      <translation>尚待完成</translation>
    </message>
    <message>
      <source>O&amp;wner</source>
      <translation>负责人(&amp;W)</translation>
    </message>
    <message>
      <source>Owner filter</source>
      <translation>负责人筛选</translation>
    </message>
    <message>
      <source>E&amp;vent</source>
      <translation>活动(&amp;V)</translation>
    </message>
    <message>
      <source>Event filter</source>
      <translation>活动筛选</translation>
    </message>
    <message>
      <source>Se&amp;ries</source>
      <translation>系列(&amp;R)</translation>
    </message>
    <message>
      <source>Series filter</source>
      <translation>系列筛选</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>截止(&amp;U)</translation>
    </message>
    <message>
      <source>Due date filter</source>
      <translation>截止日期筛选</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>任何日期</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>已逾期</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>本周</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>无日期</translation>
    </message>
    <message>
      <source>Words in the next step or owner</source>
      <translation>后续步骤或负责人中的词语</translation>
    </message>
    <message>
      <source>Words filter</source>
      <translation>词语筛选</translation>
    </message>
    <message>
      <source>W&amp;ords</source>
      <translation>词语(&amp;O)</translation>
    </message>
    <message>
      <source>Any owner</source>
      <translation>任何负责人</translation>
    </message>
    <message>
      <source>Any event</source>
      <translation>任何活动</translation>
    </message>
    <message>
      <source>Any series</source>
      <translation>任何系列</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
  </context>
  <context>
    <name>FilterBox</name>
    <message>
      <source>Filter events (title, host, place)</source>
      <translation>筛选活动（标题、主办方、地点）</translation>
    </message>
    <message>
      <source>Filter events</source>
      <translation>筛选活动</translation>
    </message>
  </context>
  <context>
    <name>FollowUpController</name>
    <message>
      <source>That record is no longer there (deleted on another laptop?).</source>
      <translation>该记录已不存在（是否已在另一台电脑上删除？）。</translation>
    </message>
    <message>
      <source>That record is in the Trash: restore it to open it.</source>
      <translation>该记录在回收站中：恢复后才能打开。</translation>
    </message>
    <message>
      <source>The session or event of that record is in the Trash.</source>
      <translation>该记录所属的会议或活动在回收站中。</translation>
    </message>
  </context>
  <context>
    <name>ItemList</name>
    <message>
      <source>+ Add key outcome</source>
      <translation>+ 添加主要成果</translation>
    </message>
    <message>
      <source>+ Add next step</source>
      <translation>+ 添加后续步骤</translation>
    </message>
    <message>
      <source>+ Add idea</source>
      <translation>+ 添加想法</translation>
    </message>
  </context>
  <context>
    <name>ItemRow</name>
    <message>
      <source>Type an outcome, press Enter for the next</source>
      <translation>输入一项成果，按 Enter 输入下一项</translation>
    </message>
    <message>
      <source>Type a next step, press Enter for the next</source>
      <translation>输入一项后续步骤，按 Enter 输入下一项</translation>
    </message>
    <message>
      <source>Type an idea, press Enter for the next</source>
      <translation>输入一个想法，按 Enter 输入下一个</translation>
    </message>
    <message>
      <source>Delete this key outcome (Alt+Delete)</source>
      <translation>删除此项主要成果（Alt+Delete）</translation>
    </message>
    <message>
      <source>Delete this next step (Alt+Delete)</source>
      <translation>删除此项后续步骤（Alt+Delete）</translation>
    </message>
    <message>
      <source>Delete this idea (Alt+Delete)</source>
      <translation>删除此想法（Alt+Delete）</translation>
    </message>
    <message>
      <source>Delete key outcome: {text}</source>
      <translation>删除主要成果：{text}</translation>
    </message>
    <message>
      <source>Delete next step: {text}</source>
      <translation>删除后续步骤：{text}</translation>
    </message>
    <message>
      <source>Delete idea: {text}</source>
      <translation>删除想法：{text}</translation>
    </message>
    <message>
      <source>Key outcome {number}</source>
      <translation>主要成果 {number}</translation>
    </message>
    <message>
      <source>Next step {number}</source>
      <translation>后续步骤 {number}</translation>
    </message>
    <message>
      <source>Idea {number}</source>
      <translation>想法 {number}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
      <translation>拖动以重新排序（或按 Alt+Up / Alt+Down）</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>由谁跟进</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <source>Due date: {message}</source>
      <translation>截止日期：{message}</translation>
    </message>
    <message>
      <source>Owner of next step {number}</source>
      <translation>后续步骤 {number} 的负责人</translation>
    </message>
    <message>
      <source>Due date of next step {number}</source>
      <translation>后续步骤 {number} 的截止日期</translation>
    </message>
    <message>
      <source>Status of next step {number}</source>
      <translation>后续步骤 {number} 的状态</translation>
    </message>
  </context>
  <context>
    <name>KeyboardShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts — {program}</source>
      <translation>键盘快捷键 — {program}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <source>Typing in the editor</source>
      <translation>在编辑器中输入</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <source>&amp;System language</source>
      <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation>窗口菜单、按钮和消息所用的语言</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>(demo workshop — a temporary copy)</source>
      <translation>（演示讲习班 — 临时副本）</translation>
    </message>
    <message>
      <source>Opening {folder}…</source>
      <translation>正在打开 {folder}…</translation>
    </message>
    <message>
      <source>Opening the demo workshop…</source>
      <translation>正在打开演示讲习班…</translation>
    </message>
    <message>
      <source>E&amp;xport this session…</source>
      <translation>导出此会议(&amp;X)…</translation>
    </message>
  </context>
  <context>
    <name>NextStepsDock</name>
    <message>
      <source>Next steps</source>
      <translation>后续步骤</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>所有活动的后续步骤</translation>
    </message>
  </context>
  <context>
    <name>NextStepsModel</name>
    <message>
      <source>No date</source>
      <translation>无日期</translation>
    </message>
    <message>
      <source>(no text)</source>
      <translation>（无文字）</translation>
    </message>
    <message>
      <source>(the event itself)</source>
      <translation>（活动本身）</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>后续步骤</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Overdue: {date}</source>
      <translation>已逾期：{date}</translation>
    </message>
    <message>
      <source>{place} — carried from {event}</source>
      <translation>{place} — 转自 {event}</translation>
    </message>
    <message>
      <source>Overdue: due before today and not done.</source>
      <translation>已逾期：截止日期已过且尚未完成。</translation>
    </message>
    <message>
      <source>Check: {warning}</source>
      <translation>请核对：{warning}</translation>
    </message>
    <message>
      <source>Carried into: {events}</source>
      <translation>已转入：{events}</translation>
    </message>
  </context>
  <context>
    <name>NextStepsView</name>
    <message>
      <source>Next steps</source>
      <translation>后续步骤</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>所有活动的后续步骤</translation>
    </message>
    <message>
      <source>What the table shows</source>
      <translation>表格所示内容</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>标记为已完成(&amp;D)</translation>
    </message>
    <message>
      <source>Mark the current next step done</source>
      <translation>将当前后续步骤标记为已完成</translation>
    </message>
    <message>
      <source>Mark the current next step done (Ctrl+D)</source>
      <translation>将当前后续步骤标记为已完成 (Ctrl+D)</translation>
    </message>
    <message>
      <source>&amp;Carry into an event…</source>
      <translation>结转到活动(&amp;C)…</translation>
    </message>
    <message>
      <source>Carry the current next step into an event</source>
      <translation>将所选后续步骤结转到某一活动</translation>
    </message>
    <message>
      <source>Show the current next step in another event too (Ctrl+Shift+C)</source>
      <translation>同时在另一活动中显示所选后续步骤 (Ctrl+Shift+C)</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>导出(&amp;X)…</translation>
    </message>
    <message>
      <source>Export the next steps shown</source>
      <translation>导出所示后续步骤</translation>
    </message>
    <message>
      <source>Write the next steps the filter shows as CSV, Excel, calendar or PDF</source>
      <translation>将筛选出的后续步骤写为 CSV、Excel、日历或 PDF</translation>
    </message>
    <message>
      <source>No next step matches.</source>
      <translation>没有匹配的后续步骤。</translation>
    </message>
    <message>
      <source>First {count:,} next steps</source>
      <translation>前 {count:,} 个后续步骤</translation>
    </message>
    <message>
      <source>1 next step</source>
      <translation>1 个后续步骤</translation>
    </message>
    <message>
      <source>{count:,} next steps</source>
      <translation>{count:,} 个后续步骤</translation>
    </message>
    <message>
      <source>{shown:,} of {total:,} next steps (scroll for more)</source>
      <translation>已显示 {shown:,} / {total:,} 个后续步骤（滚动查看更多）</translation>
    </message>
    <message>
      <source>Select a next step first.</source>
      <translation>请先选择一个后续步骤。</translation>
    </message>
  </context>
  <context>
    <name>OwnerDelegate</name>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>由谁跟进</translation>
    </message>
  </context>
  <context>
    <name>Panels</name>
    <message>
      <source>No events yet.
Ctrl+Shift+E adds one.</source>
      <translation>尚无活动。
按 Ctrl+Shift+E 添加。</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Select a session to see its marketplace tables.</source>
      <translation>选择一场会议以查看其专题讨论桌。</translation>
    </message>
    <message>
      <source>No marketplace tables.
Ctrl+Shift+G adds one.</source>
      <translation>没有专题讨论桌。
按 Ctrl+Shift+G 添加。</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>专题讨论桌</translation>
    </message>
    <message>
      <source>Select an event to see its sessions.</source>
      <translation>选择一项活动以查看其会议。</translation>
    </message>
    <message>
      <source>No sessions yet.
Ctrl+Shift+S adds one.</source>
      <translation>尚无会议。
按 Ctrl+Shift+S 添加。</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>会议</translation>
    </message>
    <message numerus="yes">
      <source>%n delegate(s)</source>
      <translation>
        <numerusform>%n 名代表</numerusform>
      </translation>
    </message>
    <message>
      <source>Host: {host}</source>
      <translation>主持人：{host}</translation>
    </message>
    <message>
      <source>Needs review · {detail}</source>
      <translation>待审核 · {detail}</translation>
    </message>
  </context>
  <context>
    <name>PastEvent</name>
    <message>
      <source>CMCoord records (*.cmcsync *.json);;All files (*)</source>
      <translation>CMCoord 记录 (*.cmcsync *.json);;所有文件 (*)</translation>
    </message>
    <message>
      <source>From a records file (an export or a shared file)…</source>
      <translation>从记录文件（导出文件或共享文件）…</translation>
    </message>
    <message>
      <source>Which event's sessions and marketplace tables should the new event get?</source>
      <translation>新活动应沿用哪项活动的会议和专题讨论桌？</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>根据过去的活动新建活动</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
  </context>
  <context>
    <name>RecordActions</name>
    <message>
      <source>New event</source>
      <translation>新建活动</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>根据过去的活动新建活动</translation>
    </message>
    <message>
      <source>New event “{title}”: its sessions and tables are copied.</source>
      <translation>新活动“{title}”：已复制其会议和讨论桌。</translation>
    </message>
    <message>
      <source>Select an event first, or add one with Ctrl+Shift+E.</source>
      <translation>请先选择一个活动，或按 Ctrl+Shift+E 添加。</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>新建会议</translation>
    </message>
    <message>
      <source>Select a session first, or add one with Ctrl+Shift+S.</source>
      <translation>请先选择一个会议，或按 Ctrl+Shift+S 添加。</translation>
    </message>
    <message>
      <source>New marketplace table</source>
      <translation>新建专题讨论桌</translation>
    </message>
    <message>
      <source>Nothing selected to delete.</source>
      <translation>未选择要删除的内容。</translation>
    </message>
    <message>
      <source>Select a session or a marketplace table to move; events follow their dates.</source>
      <translation>请选择要移动的会议或专题讨论桌；活动按日期排列。</translation>
    </message>
    <message>
      <source>Sessions follow their date and start time: change those to move it past “{title}”.</source>
      <translation>会议按日期和开始时间排列：请更改日期或时间，才能将其移过“{title}”。</translation>
    </message>
    <message>
      <source>Select an event, session or marketplace table first.</source>
      <translation>请先选择活动、会议或专题讨论桌。</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Select an event, a session or a marketplace table
to capture its outcomes here.</source>
      <translation>选择一个活动、会议或专题讨论桌，
即可在此记录其成果。</translation>
    </message>
    <message>
      <source>This record is in the trash.
Undo (Ctrl+Z) or restore it from the Trash.</source>
      <translation>此记录在回收站中。
请撤消（Ctrl+Z）或从回收站恢复。</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>Workshop</source>
      <translation>讲习班</translation>
    </message>
    <message>
      <source>Annual meeting</source>
      <translation>年度会议</translation>
    </message>
    <message>
      <source>Thematic sessions</source>
      <translation>专题会议</translation>
    </message>
    <message>
      <source>Training programme</source>
      <translation>培训方案</translation>
    </message>
    <message>
      <source>Networks and partnerships week</source>
      <translation>网络与伙伴关系周</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>大会</translation>
    </message>
    <message>
      <source>Event · upcoming</source>
      <translation>活动 · 即将举行</translation>
    </message>
    <message>
      <source>Event · ongoing</source>
      <translation>活动 · 正在进行</translation>
    </message>
    <message>
      <source>Event · past</source>
      <translation>活动 · 已结束</translation>
    </message>
    <message>
      <source>Event title</source>
      <translation>活动标题</translation>
    </message>
    <message>
      <source>Programme or series, e.g. HNPW</source>
      <translation>方案或系列，如 HNPW</translation>
    </message>
    <message>
      <source>Workshop, annual meeting…</source>
      <translation>讲习班、年度会议…</translation>
    </message>
    <message>
      <source>Host organisation</source>
      <translation>东道组织</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>地点</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>线上</translation>
    </message>
    <message>
      <source>Platform, e.g. Virtual OSOCC</source>
      <translation>平台，如 Virtual OSOCC</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>第一天</translation>
    </message>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>最后一天</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>人数</translation>
    </message>
    <message>
      <source>Summary in</source>
      <translation>摘要语言</translation>
    </message>
    <message>
      <source>What the event is about</source>
      <translation>活动简介</translation>
    </message>
    <message>
      <source>Topic of the table, e.g. Simulations and exercises</source>
      <translation>主题桌议题，如模拟和演习</translation>
    </message>
    <message>
      <source>Who hosts this table</source>
      <translation>主题桌主持人</translation>
    </message>
    <message>
      <source>Who took part, or how many</source>
      <translation>参与者或人数</translation>
    </message>
    <message>
      <source>Marketplace table in {session}</source>
      <translation>会议 {session} 的主题桌</translation>
    </message>
    <message>
      <source>Marketplace table in an untitled session</source>
      <translation>无标题会议的主题桌</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>专题讨论桌</translation>
    </message>
    <message>
      <source>Panel discussion</source>
      <translation>小组讨论</translation>
    </message>
    <message>
      <source>Group work</source>
      <translation>分组工作</translation>
    </message>
    <message>
      <source>Marketplace</source>
      <translation>专题讨论桌</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>全体会议</translation>
    </message>
    <message>
      <source>Thematic session</source>
      <translation>专题会议</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>演示文稿</translation>
    </message>
    <message>
      <source>Simulation exercise</source>
      <translation>模拟演习</translation>
    </message>
    <message>
      <source>Briefing</source>
      <translation>情况介绍会</translation>
    </message>
    <message>
      <source>Session title</source>
      <translation>会议标题</translation>
    </message>
    <message>
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>Date, e.g. 2017-02-07</source>
      <translation>日期，如 2017-02-07</translation>
    </message>
    <message>
      <source>from</source>
      <translation>从</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>时:分</translation>
    </message>
    <message>
      <source>Panel discussion, group work…</source>
      <translation>小组讨论、分组工作…</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>小组</translation>
    </message>
    <message>
      <source>Panel members and facilitators</source>
      <translation>小组成员和主持人</translation>
    </message>
    <message>
      <source>Heading it is grouped under in the summary (optional)</source>
      <translation>摘要中归入的标题（可选）</translation>
    </message>
    <message>
      <source>Anything else worth keeping</source>
      <translation>其他值得记录的内容</translation>
    </message>
    <message>
      <source>Session of {event}</source>
      <translation>活动 {event} 的会议</translation>
    </message>
    <message>
      <source>Session of an untitled event</source>
      <translation>无标题活动的会议</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
  </context>
  <context>
    <name>RecordForm dates</name>
    <message>
      <source>to</source>
      <translation>至</translation>
    </message>
  </context>
  <context>
    <name>RecordSentences</name>
    <message>
      <source>Edit title</source>
      <translation>编辑标题</translation>
    </message>
    <message>
      <source>Edit series</source>
      <translation>编辑系列</translation>
    </message>
    <message>
      <source>Edit kind</source>
      <translation>编辑类型</translation>
    </message>
    <message>
      <source>Edit host</source>
      <translation>编辑主办方</translation>
    </message>
    <message>
      <source>Edit city</source>
      <translation>编辑城市</translation>
    </message>
    <message>
      <source>Edit country</source>
      <translation>编辑国家</translation>
    </message>
    <message>
      <source>Edit online platform</source>
      <translation>编辑在线平台</translation>
    </message>
    <message>
      <source>Edit link</source>
      <translation>编辑链接</translation>
    </message>
    <message>
      <source>Edit start date</source>
      <translation>编辑开始日期</translation>
    </message>
    <message>
      <source>Edit end date</source>
      <translation>编辑结束日期</translation>
    </message>
    <message>
      <source>Edit participants</source>
      <translation>编辑参与者人数</translation>
    </message>
    <message>
      <source>Edit language</source>
      <translation>编辑语言</translation>
    </message>
    <message>
      <source>Edit description</source>
      <translation>编辑说明</translation>
    </message>
    <message>
      <source>Edit date</source>
      <translation>编辑日期</translation>
    </message>
    <message>
      <source>Edit start time</source>
      <translation>编辑开始时间</translation>
    </message>
    <message>
      <source>Edit end time</source>
      <translation>编辑结束时间</translation>
    </message>
    <message>
      <source>Edit format</source>
      <translation>编辑形式</translation>
    </message>
    <message>
      <source>Edit delegates</source>
      <translation>编辑代表人数</translation>
    </message>
    <message>
      <source>Edit panel members</source>
      <translation>编辑小组成员</translation>
    </message>
    <message>
      <source>Edit track</source>
      <translation>编辑专题</translation>
    </message>
    <message>
      <source>Edit notes</source>
      <translation>编辑笔记</translation>
    </message>
    <message>
      <source>Edit topic</source>
      <translation>编辑主题</translation>
    </message>
    <message>
      <source>Edit table host</source>
      <translation>编辑讨论桌主持人</translation>
    </message>
    <message>
      <source>Edit owner</source>
      <translation>编辑负责人</translation>
    </message>
    <message>
      <source>Edit due date</source>
      <translation>编辑截止日期</translation>
    </message>
    <message>
      <source>Edit status</source>
      <translation>编辑状态</translation>
    </message>
    <message>
      <source>Edit caption</source>
      <translation>编辑说明文字</translation>
    </message>
    <message>
      <source>Edit “{field}”</source>
      <translation>编辑“{field}”</translation>
    </message>
    <message>
      <source>Delete event “{title}”</source>
      <translation>删除活动“{title}”</translation>
    </message>
    <message>
      <source>Delete session “{title}”</source>
      <translation>删除会议“{title}”</translation>
    </message>
    <message>
      <source>Delete marketplace table “{title}”</source>
      <translation>删除专题讨论桌“{title}”</translation>
    </message>
    <message>
      <source>Delete presentation “{title}”</source>
      <translation>删除演示文稿“{title}”</translation>
    </message>
    <message>
      <source>Delete key outcome “{title}”</source>
      <translation>删除主要成果“{title}”</translation>
    </message>
    <message>
      <source>Delete next step “{title}”</source>
      <translation>删除后续步骤“{title}”</translation>
    </message>
    <message>
      <source>Delete idea “{title}”</source>
      <translation>删除想法“{title}”</translation>
    </message>
    <message>
      <source>Delete carried next step “{title}”</source>
      <translation>删除转入的后续步骤“{title}”</translation>
    </message>
    <message>
      <source>Delete item “{title}”</source>
      <translation>删除条目“{title}”</translation>
    </message>
    <message>
      <source>Restore event “{title}”</source>
      <translation>恢复活动“{title}”</translation>
    </message>
    <message>
      <source>Restore session “{title}”</source>
      <translation>恢复会议“{title}”</translation>
    </message>
    <message>
      <source>Restore marketplace table “{title}”</source>
      <translation>恢复专题讨论桌“{title}”</translation>
    </message>
    <message>
      <source>Restore presentation “{title}”</source>
      <translation>恢复演示文稿“{title}”</translation>
    </message>
    <message>
      <source>Restore key outcome “{title}”</source>
      <translation>恢复主要成果“{title}”</translation>
    </message>
    <message>
      <source>Restore next step “{title}”</source>
      <translation>恢复后续步骤“{title}”</translation>
    </message>
    <message>
      <source>Restore idea “{title}”</source>
      <translation>恢复想法“{title}”</translation>
    </message>
    <message>
      <source>Restore carried next step “{title}”</source>
      <translation>恢复转入的后续步骤“{title}”</translation>
    </message>
    <message>
      <source>Restore item “{title}”</source>
      <translation>恢复条目“{title}”</translation>
    </message>
    <message>
      <source>Restored event “{title}”.</source>
      <translation>已恢复活动“{title}”。</translation>
    </message>
    <message>
      <source>Restored session “{title}”.</source>
      <translation>已恢复会议“{title}”。</translation>
    </message>
    <message>
      <source>Restored marketplace table “{title}”.</source>
      <translation>已恢复专题讨论桌“{title}”。</translation>
    </message>
    <message>
      <source>Restored presentation “{title}”.</source>
      <translation>已恢复演示文稿“{title}”。</translation>
    </message>
    <message>
      <source>Restored key outcome “{title}”.</source>
      <translation>已恢复主要成果“{title}”。</translation>
    </message>
    <message>
      <source>Restored next step “{title}”.</source>
      <translation>已恢复后续步骤“{title}”。</translation>
    </message>
    <message>
      <source>Restored idea “{title}”.</source>
      <translation>已恢复想法“{title}”。</translation>
    </message>
    <message>
      <source>Restored carried next step “{title}”.</source>
      <translation>已恢复转入的后续步骤“{title}”。</translation>
    </message>
    <message>
      <source>Restored item “{title}”.</source>
      <translation>已恢复条目“{title}”。</translation>
    </message>
    <message>
      <source>Restored “{title}”; what it belongs to is still in the Trash.</source>
      <translation>已恢复“{title}”；其所属记录仍在回收站中。</translation>
    </message>
    <message>
      <source>Moved event “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>已将活动“{title}”移至回收站（按 Ctrl+Z 撤消，按 Ctrl+Shift+T 查看回收站）。</translation>
    </message>
    <message>
      <source>Moved session “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>已将会议“{title}”移至回收站（按 Ctrl+Z 撤消，按 Ctrl+Shift+T 查看回收站）。</translation>
    </message>
    <message>
      <source>Moved marketplace table “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>已将专题讨论桌“{title}”移至回收站（按 Ctrl+Z 撤消，按 Ctrl+Shift+T 查看回收站）。</translation>
    </message>
    <message>
      <source>Move session up</source>
      <translation>上移会议</translation>
    </message>
    <message>
      <source>Move session down</source>
      <translation>下移会议</translation>
    </message>
    <message>
      <source>Move marketplace table up</source>
      <translation>上移专题讨论桌</translation>
    </message>
    <message>
      <source>Move marketplace table down</source>
      <translation>下移专题讨论桌</translation>
    </message>
    <message>
      <source>Move key outcome up</source>
      <translation>上移主要成果</translation>
    </message>
    <message>
      <source>Move key outcome down</source>
      <translation>下移主要成果</translation>
    </message>
    <message>
      <source>Move key outcome</source>
      <translation>移动主要成果</translation>
    </message>
    <message>
      <source>Move next step up</source>
      <translation>上移后续步骤</translation>
    </message>
    <message>
      <source>Move next step down</source>
      <translation>下移后续步骤</translation>
    </message>
    <message>
      <source>Move next step</source>
      <translation>移动后续步骤</translation>
    </message>
    <message>
      <source>Move idea up</source>
      <translation>上移想法</translation>
    </message>
    <message>
      <source>Move idea down</source>
      <translation>下移想法</translation>
    </message>
    <message>
      <source>Move idea</source>
      <translation>移动想法</translation>
    </message>
    <message>
      <source>Add key outcome</source>
      <translation>添加主要成果</translation>
    </message>
    <message>
      <source>Add next step</source>
      <translation>添加后续步骤</translation>
    </message>
    <message>
      <source>Add idea</source>
      <translation>添加想法</translation>
    </message>
    <message>
      <source>Split key outcome</source>
      <translation>拆分主要成果</translation>
    </message>
    <message>
      <source>Split next step</source>
      <translation>拆分后续步骤</translation>
    </message>
    <message>
      <source>Split idea</source>
      <translation>拆分想法</translation>
    </message>
    <message>
      <source>Edit key outcome</source>
      <translation>编辑主要成果</translation>
    </message>
    <message>
      <source>Edit next step</source>
      <translation>编辑后续步骤</translation>
    </message>
    <message>
      <source>Edit idea</source>
      <translation>编辑想法</translation>
    </message>
    <message>
      <source>Delete key outcome</source>
      <translation>删除主要成果</translation>
    </message>
    <message>
      <source>Delete next step</source>
      <translation>删除后续步骤</translation>
    </message>
    <message>
      <source>Delete idea</source>
      <translation>删除想法</translation>
    </message>
    <message>
      <source>Delete empty key outcome</source>
      <translation>删除空的主要成果</translation>
    </message>
    <message>
      <source>Delete empty next step</source>
      <translation>删除空的后续步骤</translation>
    </message>
    <message>
      <source>Delete empty idea</source>
      <translation>删除空的想法</translation>
    </message>
    <message>
      <source>Set status to open</source>
      <translation>标记为未开始</translation>
    </message>
    <message>
      <source>Set status to in progress</source>
      <translation>标记为进行中</translation>
    </message>
    <message>
      <source>Set status to done</source>
      <translation>标记为已完成</translation>
    </message>
    <message>
      <source>Set status to dropped</source>
      <translation>标记为已放弃</translation>
    </message>
    <message>
      <source>Set next step “{step}” to open</source>
      <translation>将后续步骤“{step}”标记为未开始</translation>
    </message>
    <message>
      <source>Set next step “{step}” to in progress</source>
      <translation>将后续步骤“{step}”标记为进行中</translation>
    </message>
    <message>
      <source>Set next step “{step}” to done</source>
      <translation>将后续步骤“{step}”标记为已完成</translation>
    </message>
    <message>
      <source>Set next step “{step}” to dropped</source>
      <translation>将后续步骤“{step}”标记为已放弃</translation>
    </message>
    <message>
      <source>Set status to “{status}”</source>
      <translation>将状态设为“{status}”</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind}（在回收站中）</translation>
    </message>
    <message>
      <source>{detail}: {before}{match}{after}; matched “{match}”</source>
      <translation>{detail}：{before}{match}{after}；匹配“{match}”</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <source>Keep &amp;this</source>
      <translation>保留此项(&amp;T)</translation>
    </message>
    <message>
      <source>Keep t&amp;hat</source>
      <translation>保留彼项(&amp;H)</translation>
    </message>
    <message>
      <source>{kind} “{title}” — {problem}</source>
      <translation>{kind}“{title}”— {problem}</translation>
    </message>
    <message>
      <source>edited after it was deleted</source>
      <translation>删除后又被编辑</translation>
    </message>
    <message>
      <source>changed on two laptops</source>
      <translation>在两台电脑上被更改</translation>
    </message>
    <message>
      <source>The values to choose from</source>
      <translation>可供选择的值</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>待审核</translation>
    </message>
    <message>
      <source>Records that need review</source>
      <translation>待审核的记录</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) where laptops disagreed</source>
      <translation>
        <numerusform>%n 条记录各电脑不一致</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing needs review: every laptop agreed.</source>
      <translation>无需审核：所有电脑一致。</translation>
    </message>
    <message>
      <source>Keep this one</source>
      <translation>保留此项</translation>
    </message>
    <message>
      <source>Keep this value on every laptop</source>
      <translation>在所有电脑上保留此值</translation>
    </message>
    <message>
      <source>Keep &amp;both (as two items)</source>
      <translation>两者都保留(&amp;B)（作为两个条目）</translation>
    </message>
    <message>
      <source>Deleted on one laptop, edited on another</source>
      <translation>在一台电脑上删除，在另一台上修改</translation>
    </message>
    <message>
      <source>Deleted by {who}</source>
      <translation>删除者：{who}</translation>
    </message>
    <message>
      <source>Edited by {who}, which the delete had not seen</source>
      <translation>编辑者：{who}，删除时尚未看到此编辑</translation>
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation>保留(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Delete it</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <source>Keep “{value}” ({field})</source>
      <translation>保留“{value}”（{field}）</translation>
    </message>
    <message>
      <source>Keep both values as two items</source>
      <translation>将两个值保留为两个条目</translation>
    </message>
    <message>
      <source>Add the other value as an item</source>
      <translation>将另一个值添加为条目</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <source>laptop {device}</source>
      <translation>电脑 {device}</translation>
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
      <translation>每次修改都会立即写入磁盘：无需保存。</translation>
    </message>
    <message>
      <source>All changes are saved as you type</source>
      <translation>所有修改在输入时即已保存</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>已于 {time} 保存</translation>
    </message>
    <message>
      <source>Not saved: the data folder cannot be written</source>
      <translation>未保存：无法写入数据文件夹</translation>
    </message>
    <message>
      <source>What you typed stays on screen and is saved as soon as the folder can be written again.</source>
      <translation>您输入的内容仍在屏幕上，一旦文件夹可以写入即会保存。</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>未保存</translation>
    </message>
  </context>
  <context>
    <name>SearchDock</name>
    <message>
      <source>Find</source>
      <translation>查找</translation>
    </message>
    <message>
      <source>Find in every record</source>
      <translation>在所有记录中查找</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search</source>
      <translation>搜索</translation>
    </message>
    <message>
      <source>Search every record</source>
      <translation>搜索所有记录</translation>
    </message>
    <message>
      <source>Search events, sessions, outcomes, next steps…</source>
      <translation>搜索活动、会议、成果、后续步骤…</translation>
    </message>
    <message>
      <source>Search notice</source>
      <translation>搜索提示</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>搜索结果</translation>
    </message>
    <message>
      <source>Nothing matches “{typed}”.</source>
      <translation>没有与“{typed}”匹配的内容。</translation>
    </message>
    <message>
      <source>The first {count} matches: add words to narrow them.</source>
      <translation>前 {count} 个匹配：添加词语以缩小范围。</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Window open for {duration}</source>
      <translation>窗口已打开 {duration}</translation>
    </message>
    <message>
      <source>Session starts in {duration} (at {time})</source>
      <translation>会议将在 {duration} 后开始（{time}）</translation>
    </message>
    <message>
      <source>Session running {duration} (since {time})</source>
      <translation>会议已进行 {duration}（自 {time} 起）</translation>
    </message>
    <message>
      <source>Session clock: time since the selected session started today</source>
      <translation>会议计时：所选会议今天开始以来的时间</translation>
    </message>
  </context>
  <context>
    <name>SessionClockWords</name>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · %n min left</source>
      <translation>
        <numerusform>会议已进行 {duration}（自 {time} 起）· 剩余 %n 分钟</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · over by %n min</source>
      <translation>
        <numerusform>会议已进行 {duration}（自 {time} 起）· 超时 %n 分钟</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusDelegate</name>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>StepCarry</name>
    <message>
      <source>There is no other event to carry this next step into.</source>
      <translation>没有其他活动可供结转此后续步骤。</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <source>Carry into an event</source>
      <translation>结转到活动</translation>
    </message>
    <message>
      <source>Show this next step in:</source>
      <translation>在以下活动中显示此后续步骤：</translation>
    </message>
    <message>
      <source>Carry a next step into “{event}”</source>
      <translation>将一项后续步骤结转到“{event}”</translation>
    </message>
    <message>
      <source>Carried into “{event}”.</source>
      <translation>已结转到“{event}”。</translation>
    </message>
  </context>
  <context>
    <name>StepEdits</name>
    <message>
      <source>Open</source>
      <translation>未开始</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>已放弃</translation>
    </message>
    <message>
      <source>Set the owner of next step “{step}”</source>
      <translation>设置后续步骤“{step}”的负责人</translation>
    </message>
    <message>
      <source>Set the due date of next step “{step}”</source>
      <translation>设置后续步骤“{step}”的截止日期</translation>
    </message>
  </context>
  <context>
    <name>StepExport</name>
    <message>
      <source>Spreadsheet, UTF-8 (*.csv)</source>
      <translation>电子表格，UTF-8 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <source>Calendar tasks (*.ics)</source>
      <translation>日历任务 (*.ics)</translation>
    </message>
    <message>
      <source>PDF, open next steps per owner (*.pdf)</source>
      <translation>PDF，按负责人列出未完成的后续步骤 (*.pdf)</translation>
    </message>
    <message>
      <source>Export next steps</source>
      <translation>导出后续步骤</translation>
    </message>
    <message>
      <source>Not exported: name the file .csv, .xlsx, .ics or .pdf to choose its format.</source>
      <translation>未导出：请将文件命名为 .csv、.xlsx、.ics 或 .pdf 以选择格式。</translation>
    </message>
    <message>
      <source>Not exported: {file} could not be written ({reason}).</source>
      <translation>未导出：无法写入 {file}（{reason}）。</translation>
    </message>
    <message>
      <source>Exported {count} next steps to {file}.</source>
      <translation>已将 {count} 个后续步骤导出到 {file}。</translation>
    </message>
  </context>
  <context>
    <name>SummaryController</name>
    <message>
      <source>Select an event to export its summary.</source>
      <translation>请选择一项活动以导出其摘要。</translation>
    </message>
    <message>
      <source>Select a session to export it.</source>
      <translation>请选择一场会议以导出。</translation>
    </message>
    <message>
      <source>Select an event to copy its summary.</source>
      <translation>请选择一项活动以复制其摘要。</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>摘要已复制：请将其粘贴到新的电子邮件中。</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>Not synced</source>
      <translation>未同步</translation>
    </message>
    <message>
      <source>Sync with shared file</source>
      <translation>与共享文件同步</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead block the shared file. Re-date them to now and rewrite the file?</source>
      <translation>本机时钟超前期间所做的更改阻塞了共享文件。是否将其日期改为现在并重写该文件？</translation>
    </message>
    <message>
      <source>CMCoord shared files (*.cmcsync);;All files (*)</source>
      <translation>CMCoord 共享文件 (*.cmcsync);;所有文件 (*)</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>同步已在进行中。</translation>
    </message>
    <message>
      <source>Synced with {file}: {summary} here.</source>
      <translation>已与 {file} 同步：本机 {summary}。</translation>
    </message>
    <message numerus="yes">
      <source>Merged %n conflicted copies.</source>
      <translation>
        <numerusform>已合并 %n 个冲突副本。</numerusform>
      </translation>
    </message>
    <message>
      <source>Held back (dated ahead of this laptop's clock): {names}.</source>
      <translation>已暂缓（日期晚于本机时钟）：{names}。</translation>
    </message>
    <message>
      <source>Re-date and rewrite</source>
      <translation>改日期并重写</translation>
    </message>
    <message>
      <source>Not synced yet</source>
      <translation>尚未同步</translation>
    </message>
    <message>
      <source>Last synced {time} with {file}</source>
      <translation>上次同步：{time}，与 {file}</translation>
    </message>
    <message>
      <source>Recent shared &amp;files</source>
      <translation>最近的共享文件(&amp;F)</translation>
    </message>
    <message>
      <source>No shared files yet</source>
      <translation>尚无共享文件</translation>
    </message>
    <message>
      <source>Create “{file}” from this laptop's records?</source>
      <translation>要根据本机的记录创建“{file}”吗？</translation>
    </message>
    <message>
      <source>Sync with “{file}”?</source>
      <translation>要与“{file}”同步吗？</translation>
    </message>
    <message>
      <source>This laptop: {summary}</source>
      <translation>本机：{summary}</translation>
    </message>
    <message>
      <source>The shared file: {summary}</source>
      <translation>共享文件：{summary}</translation>
    </message>
    <message>
      <source>Conflicted copies to merge in: {count}</source>
      <translation>待合并的冲突副本：{count}</translation>
    </message>
    <message>
      <source>Records with conflicting changes will be listed under View › Needs review.</source>
      <translation>有冲突更改的记录将列在“视图 › 待审核”下。</translation>
    </message>
    <message>
      <source>Careful: {reason}</source>
      <translation>注意：{reason}</translation>
    </message>
    <message>
      <source>Careful: “{file}” holds another workshop (no event in common with this laptop's); syncing merges both workshops.</source>
      <translation>注意：“{file}”包含另一个讲习班（与本机没有共同的活动）；同步将合并两个讲习班。</translation>
    </message>
    <message>
      <source>Merge both workshops</source>
      <translation>合并两个讲习班</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>删除并同步</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>同步</translation>
    </message>
  </context>
  <context>
    <name>TeamServerController</name>
    <message>
      <source>Team server</source>
      <translation>团队服务器</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>同步已在进行中。</translation>
    </message>
    <message>
      <source>Not synced with {server}: {why}</source>
      <translation>未与 {server} 同步：{why}</translation>
    </message>
    <message>
      <source>Sync with a team server</source>
      <translation>与团队服务器同步</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>删除并同步</translation>
    </message>
    <message>
      <source>Not synced with {server}</source>
      <translation>未与 {server} 同步</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) in</source>
      <translation>
        <numerusform>收到 %n 条记录</numerusform>
      </translation>
    </message>
    <message>
      <source>Online with {server}</source>
      <translation>已与 {server} 在线连接</translation>
    </message>
    <message>
      <source>Not synced with {server}: this sync would delete most records. Sync by hand to decide.</source>
      <translation>未与 {server} 同步：此次同步将删除大部分记录。请手动同步以作决定。</translation>
    </message>
    <message>
      <source>Synced with {server} at {time}</source>
      <translation>已于 {time} 与 {server} 同步</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, none out (this account only reads).</source>
      <translation>已与团队服务器 {server} 同步：{records_in}，未发送（此帐户只能读取）。</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, {out} out.</source>
      <translation>已与团队服务器 {server} 同步：{records_in}，发出 {out} 条。</translation>
    </message>
    <message>
      <source>{count} to review (View › Needs review).</source>
      <translation>{count} 项待审核（视图 › 待审核）。</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>自 {time} 起离线</translation>
    </message>
    <message>
      <source>Last synced with the team server at {time}</source>
      <translation>上次与团队服务器同步于 {time}</translation>
    </message>
    <message>
      <source>Recent team ser&amp;vers</source>
      <translation>最近的团队服务器(&amp;V)</translation>
    </message>
    <message>
      <source>No team servers yet</source>
      <translation>尚无团队服务器</translation>
    </message>
  </context>
  <context>
    <name>TeamServerDialog</name>
    <message>
      <source>Sync with a team server</source>
      <translation>与团队服务器同步</translation>
    </message>
    <message>
      <source>&amp;Address of the team server:</source>
      <translation>团队服务器地址(&amp;A)：</translation>
    </message>
    <message>
      <source>Address of the team server</source>
      <translation>团队服务器地址</translation>
    </message>
    <message>
      <source>For example postgresql://anna@db.example.org/workshops</source>
      <translation>例如 postgresql://anna@db.example.org/workshops</translation>
    </message>
    <message>
      <source>Your IT administrator gives you this address. No password in it: you are asked for the password when the server wants one, and it is kept in the system's keyring.</source>
      <translation>此地址由您的 IT 管理员提供。地址中不含密码：服务器需要时会询问您密码，并保存在系统密钥环中。</translation>
    </message>
    <message>
      <source>Where the address comes from</source>
      <translation>地址从何而来</translation>
    </message>
    <message>
      <source>Sync or cancel</source>
      <translation>同步或取消</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <source>Password for the team server</source>
      <translation>团队服务器密码</translation>
    </message>
    <message>
      <source>Password of {server}:</source>
      <translation>{server} 的密码：</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>密码</translation>
    </message>
  </context>
  <context>
    <name>TeamServerListener</name>
    <message>
      <source>The connection to {server} was lost.</source>
      <translation>与 {server} 的连接已断开。</translation>
    </message>
  </context>
  <context>
    <name>TrashDock</name>
    <message>
      <source>Trash</source>
      <translation>回收站</translation>
    </message>
    <message>
      <source>Deleted records</source>
      <translation>已删除的记录</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>恢复(&amp;R)</translation>
    </message>
    <message>
      <source>Put the selected record back where it was (Enter)</source>
      <translation>将所选记录放回原处（Enter）</translation>
    </message>
    <message numerus="yes">
      <source>%n deleted record(s)</source>
      <translation>
        <numerusform>%n 条已删除的记录</numerusform>
      </translation>
    </message>
    <message>
      <source>The Trash is empty.</source>
      <translation>回收站为空。</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <source>today {time}</source>
      <translation>今天 {time}</translation>
    </message>
    <message>
      <source>yesterday {time}</source>
      <translation>昨天 {time}</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>删除时间</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome — {program}</source>
      <translation>欢迎 — {program}</translation>
    </message>
    <message>
      <source>Welcome to {program}</source>
      <translation>欢迎使用 {program}</translation>
    </message>
    <message>
      <source>Capture the key outcomes and next steps of a workshop as people speak, export the summary the same day, and merge notes with your co-facilitators. Nothing to save: every edit is kept the moment you make it.</source>
      <translation>在发言的同时记录讲习班的主要成果和后续步骤，当天导出摘要，并与共同主持人合并笔记。无需保存：每次修改都会立即保留。</translation>
    </message>
    <message>
      <source>Try the demo workshop</source>
      <translation>试用演示讲习班</translation>
    </message>
    <message>
      <source>Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. Your own data folder stays empty.</source>
      <translation>打开 HNPW 2017 及另外两项 UN-CMCoord 活动的临时副本。您自己的数据文件夹保持为空。</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>创建活动</translation>
    </message>
    <message>
      <source>Start with an empty event, then add its sessions and marketplace tables.</source>
      <translation>从一项空白活动开始，然后添加其会议和专题讨论桌。</translation>
    </message>
    <message>
      <source>Create from a copy of a past event…</source>
      <translation>复制过去的活动来创建…</translation>
    </message>
    <message>
      <source>Pick last year's records file (an export or a shared file): its sessions and marketplace tables are copied, without outcomes, next steps, ideas, notes or delegates.</source>
      <translation>选择去年的记录文件（导出文件或共享文件）：复制其会议和专题讨论桌，不含成果、后续步骤、想法、笔记或代表。</translation>
    </message>
    <message>
      <source>Your data folder: {folder}</source>
      <translation>您的数据文件夹：{folder}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>CMCoord Desktop is already open</source>
      <translation>CMCoord Desktop 已打开</translation>
    </message>
    <message>
      <source>Install the newer version to open it; nothing was changed.</source>
      <translation>请安装更新的版本以打开它；未作任何更改。</translation>
    </message>
    <message>
      <source>Made by a newer CMCoord Desktop</source>
      <translation>由更新版本的 CMCoord Desktop 创建</translation>
    </message>
  </context>
  <context>
    <name>carry forward</name>
    <message>
      <source>Only next steps can be carried into another event.</source>
      <translation>只有后续步骤可以转入另一个活动。</translation>
    </message>
    <message>
      <source>That event is in the Trash: restore it first.</source>
      <translation>该活动在回收站中：请先将其恢复。</translation>
    </message>
    <message>
      <source>This next step already belongs to that event.</source>
      <translation>该后续步骤已属于该活动。</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>{text} is not a day written YYYY-MM-DD</source>
      <translation>{text} 不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
      <source>{heading}:</source>
      <translation>{heading}：</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>用法: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
      <source>{program}: error: {message}</source>
      <translation>{program}：错误：{message}</translation>
    </message>
    <message>
      <source>the following arguments are required: {names}</source>
      <translation>缺少以下必需参数：{names}</translation>
    </message>
    <message>
      <source>unrecognized arguments: {names}</source>
      <translation>无法识别的参数：{names}</translation>
    </message>
    <message>
      <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
      <translation>参数 {name}：无效的选项：{value}（可选：{choices}）</translation>
    </message>
    <message>
      <source>argument {name}: expected one argument</source>
      <translation>参数 {name}：需要一个值</translation>
    </message>
    <message>
      <source>argument {name}: expected at least one argument</source>
      <translation>参数 {name}：至少需要一个值</translation>
    </message>
    <message>
      <source>argument {name}: {message}</source>
      <translation>参数 {name}：{message}</translation>
    </message>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
      <translation>现场记录 UN-CMCoord 讲习班的成果，导出 PDF 摘要，并通过共享文件与共同主持人同步。</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>显示程序版本号并退出</translation>
    </message>
    <message>
      <source>the window's and these messages' language: ar, zh, en, fr, ru or es</source>
      <translation>窗口和这些消息的语言：ar、zh、en、fr、ru 或 es</translation>
    </message>
    <message>
      <source>data folder (default: the user's data folder)</source>
      <translation>数据文件夹（默认：用户的数据文件夹）</translation>
    </message>
    <message>
      <source>work on a fresh copy of the demo workshop, not your data</source>
      <translation>在演示讲习班的新副本上工作，而不是在您的数据上</translation>
    </message>
    <message>
      <source>export an event summary (pdf, html, docx, email, md) or all records (json)</source>
      <translation>导出活动摘要（pdf、html、docx、email、md）或全部记录（json）</translation>
    </message>
    <message>
      <source>the event's id or exact title; several events make one summary of them all</source>
      <translation>活动的标识或确切标题；多个活动合为一份摘要</translation>
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
      <translation>全部记录，包括已删除的（json）</translation>
    </message>
    <message>
      <source>the file format to write</source>
      <translation>要写入的文件格式</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>要写入的文件</translation>
    </message>
    <message>
      <source>only these sessions (id or title)</source>
      <translation>仅这些会议（标识符或标题）</translation>
    </message>
    <message>
      <source>pdf: the paper size (default: a4)</source>
      <translation>pdf：纸张大小（默认：a4）</translation>
    </message>
    <message>
      <source>print the sessions' internal notes too</source>
      <translation>同时打印各场会议的内部备注</translation>
    </message>
    <message>
      <source>several events: which are upcoming is decided as of this day (default: today)</source>
      <translation>多个活动：以此日期判定哪些是即将举行的活动（默认：今天）</translation>
    </message>
    <message>
      <source>several events: the summary's title (default: UN-CMCoord events)</source>
      <translation>多项活动：摘要的标题（默认：UN-CMCoord 活动）</translation>
    </message>
    <message>
      <source>html: the summary alone, without page or style</source>
      <translation>html：仅摘要，不含页面和样式</translation>
    </message>
    <message>
      <source>html: slides as files in a folder beside the page instead of inside it</source>
      <translation>html：幻灯片作为文件放在页面旁的文件夹中，而不是嵌入页面</translation>
    </message>
    <message>
      <source>email: attach the summary as a PDF too</source>
      <translation>email：同时附上 PDF 格式的摘要</translation>
    </message>
    <message>
      <source>merge a records file (a json export) into the data folder</source>
      <translation>将记录文件（json 导出文件）合并到数据文件夹</translation>
    </message>
    <message>
      <source>a records file (json export) or a summary PDF</source>
      <translation>记录文件（json 导出）或摘要 PDF</translation>
    </message>
    <message>
      <source>merge with a shared file or a team server (postgresql://…), both ways</source>
      <translation>与共享文件或团队服务器（postgresql://…）双向合并</translation>
    </message>
    <message>
      <source>the shared file, or postgresql://USER@HOST/DATABASE</source>
      <translation>共享文件，或 postgresql://用户@主机/数据库</translation>
    </message>
    <message>
      <source>go ahead even if more than half of the records would be deleted</source>
      <translation>即使超过一半的记录将被删除也继续</translation>
    </message>
    <message>
      <source>merge even if the file holds another workshop (no event in common)</source>
      <translation>即使文件属于另一个讲习班（没有共同的活动）也合并</translation>
    </message>
    <message>
      <source>re-date changes made while this laptop's clock was far ahead, and rewrite FILE</source>
      <translation>重新标注本机时钟大幅超前时所做修改的日期，并重写 FILE</translation>
    </message>
    <message>
      <source>the shared file to rewrite</source>
      <translation>要重写的共享文件</translation>
    </message>
    <message>
      <source>set up a team server (PostgreSQL) and its members</source>
      <translation>设置团队服务器（PostgreSQL）及其成员</translation>
    </message>
    <message>
      <source>create or upgrade the schema and the two roles</source>
      <translation>创建或升级架构和两个角色</translation>
    </message>
    <message>
      <source>the server: postgresql://ADMIN@HOST/DATABASE</source>
      <translation>服务器：postgresql://ADMIN@HOST/DATABASE</translation>
    </message>
    <message>
      <source>after restoring a backup: every laptop reads the whole server again</source>
      <translation>恢复备份后：每台电脑重新读取整个服务器</translation>
    </message>
    <message>
      <source>remove superseded versions (every laptop's records stay the same)</source>
      <translation>删除已被取代的版本（每台电脑的记录保持不变）</translation>
    </message>
    <message>
      <source>create a login account for a member</source>
      <translation>为成员创建登录帐户</translation>
    </message>
    <message>
      <source>the member's login name</source>
      <translation>成员的登录名</translation>
    </message>
    <message>
      <source>may only read</source>
      <translation>只读</translation>
    </message>
    <message>
      <source>cmcoord-desktop: stopped.</source>
      <translation>cmcoord-desktop：已停止。</translation>
    </message>
    <message>
      <source>{folder} is a folder: name the file to write in it</source>
      <translation>{folder} 是一个文件夹：请指定要在其中写入的文件</translation>
    </message>
    <message>
      <source>json exports every record: add --all</source>
      <translation>json 导出全部记录：请加上 --all</translation>
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation>已写入 {file}</translation>
    </message>
    <message>
      <source>find any word of any record; one match a line, grouped by event</source>
      <translation>查找任何记录中的任何词；每行一个匹配，按活动分组</translation>
    </message>
    <message>
      <source>words, "a quoted phrase"; the last word may be a prefix</source>
      <translation>词语、"带引号的短语"；最后一个词可以是前缀</translation>
    </message>
    <message>
      <source>also records in the Trash</source>
      <translation>也包括回收站中的记录</translation>
    </message>
    <message>
      <source>at most this many (200)</source>
      <translation>最多这么多条（200）</translation>
    </message>
    <message>
      <source>every next step of every event: list them, or write csv, xlsx, ics or pdf</source>
      <translation>所有活动的全部后续步骤：列出，或写入 csv、xlsx、ics 或 pdf</translation>
    </message>
    <message>
      <source>only these statuses</source>
      <translation>仅这些状态</translation>
    </message>
    <message>
      <source>only this owner (case and accents ignored)</source>
      <translation>仅此负责人（忽略大小写和重音）</translation>
    </message>
    <message>
      <source>only this event (id or exact title), carried ones too</source>
      <translation>仅此活动（标识符或确切标题），包括转入的步骤</translation>
    </message>
    <message>
      <source>only events of this series</source>
      <translation>仅此系列的活动</translation>
    </message>
    <message>
      <source>only overdue, this week, no date</source>
      <translation>仅逾期、本周、无日期</translation>
    </message>
    <message>
      <source>only steps whose text or owner has these words</source>
      <translation>仅文本或负责人包含这些词的步骤</translation>
    </message>
    <message>
      <source>file format (pdf: open and in progress by default)</source>
      <translation>文件格式（pdf：默认为未开始和进行中）</translation>
    </message>
    <message>
      <source>file to write (without it: list them)</source>
      <translation>要写入的文件（不指定则列出）</translation>
    </message>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind}（在回收站中）</translation>
    </message>
    <message>
      <source>No record matches.</source>
      <translation>没有匹配的记录。</translation>
    </message>
    <message>
      <source>say where to write the {format} file: add --out FILE</source>
      <translation>请指定 {format} 文件的写入位置：添加 --out 文件</translation>
    </message>
    <message>
      <source>choose the file format: --format csv, xlsx, ics or pdf</source>
      <translation>请选择文件格式：--format csv、xlsx、ics 或 pdf</translation>
    </message>
    <message>
      <source>{due} overdue</source>
      <translation>{due} 已逾期</translation>
    </message>
    <message>
      <source>{session} (carried from {event})</source>
      <translation>{session}（转自 {event}）</translation>
    </message>
  </context>
  <context>
    <name>data folder</name>
    <message>
      <source>Data folder on a network drive</source>
      <translation>数据文件夹位于网络驱动器上</translation>
    </message>
    <message>
      <source>The data folder {folder} is on a network drive ({network}). The database must stay on this computer's own disk: a database on a shared drive can be corrupted when the connection drops.

Start CMCoord Desktop with a data folder on a local disk (--data-dir), and share your notes with File › Sync with shared file, which is made for network drives.</source>
      <translation>数据文件夹 {folder} 位于网络驱动器上（{network}）。数据库必须保存在本计算机自己的磁盘上：共享驱动器上的数据库在连接中断时可能损坏。

请使用本地磁盘上的数据文件夹启动 CMCoord Desktop（--data-dir），并通过“文件 › 与共享文件同步”共享笔记，该功能专为网络驱动器设计。</translation>
    </message>
    <message>
      <source>Data folder is read-only</source>
      <translation>数据文件夹为只读</translation>
    </message>
    <message>
      <source>CMCoord Desktop cannot write to its data folder {folder} ({reason}). Nothing was changed.

Check that the disk is not write-protected and that you may write to the folder, or start with another data folder (--data-dir).</source>
      <translation>CMCoord Desktop 无法写入其数据文件夹 {folder}（{reason}）。未作任何更改。

请检查磁盘未设写保护且您有权写入该文件夹，或使用其他数据文件夹启动（--data-dir）。</translation>
    </message>
    <message>
      <source>Disk almost full</source>
      <translation>磁盘即将写满</translation>
    </message>
    <message>
      <source>The disk of the data folder {folder} has only {free} free; CMCoord Desktop needs at least {needed} to save your notes safely. Nothing was changed.

Free some space (empty the recycle bin, move large files away) and start again.</source>
      <translation>数据文件夹 {folder} 所在磁盘仅剩 {free} 可用空间；CMCoord Desktop 至少需要 {needed} 才能安全保存您的笔记。未作任何更改。

请释放一些空间（清空回收站、移走大文件）后重新启动。</translation>
    </message>
    <message>
      <source>a UNC network path</source>
      <translation>UNC 网络路径</translation>
    </message>
    <message>
      <source>a mapped network drive</source>
      <translation>映射的网络驱动器</translation>
    </message>
    <message>
      <source>{filesystem} mount at {folder}</source>
      <translation>挂载于 {folder} 的 {filesystem}</translation>
    </message>
    <message>
      <source>{file} cannot be written</source>
      <translation>{file} 无法写入</translation>
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
      <translation>{title}（副本）</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>cmcoord-desktop: name the event to export (its id or exact title)</source>
      <translation>cmcoord-desktop：请指定要导出的活动（其 ID 或确切标题）</translation>
    </message>
    <message>
      <source>--sessions chooses sessions of one event: name only that event</source>
      <translation>--sessions 只能选择一个活动的会议：请只指定该活动</translation>
    </message>
    <message>
      <source>no event with id or title {reference}</source>
      <translation>没有 ID 或标题为 {reference} 的活动</translation>
    </message>
    <message>
      <source>no session with id or title {reference} in this event</source>
      <translation>此活动中没有 ID 或标题为 {reference} 的会议</translation>
    </message>
    <message>
      <source>event {event} is in the trash</source>
      <translation>活动 {event} 在回收站中</translation>
    </message>
  </context>
  <context>
    <name>failure</name>
    <message>
      <source>the database file is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>数据库文件已损坏或不是 CMCoord Desktop 数据库；未作任何更改：请保留该文件夹的副本，求助时连同日志一并发送</translation>
    </message>
    <message>
      <source>the database file in {folder} is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>{folder} 中的数据库文件已损坏或不是 CMCoord Desktop 数据库；未作任何更改：请保留该文件夹的副本，求助时连同日志一并发送</translation>
    </message>
    <message>
      <source>a system library the window needs is missing ({error}): install the libraries listed under Set up in the README</source>
      <translation>缺少窗口所需的系统库（{error}）：请安装 README 中 Set up 部分列出的库</translation>
    </message>
    <message>
      <source>the computer ran out of memory: close other programs and try again</source>
      <translation>计算机内存不足：请关闭其他程序后重试</translation>
    </message>
    <message>
      <source>an unexpected error ({error}); nothing else was changed: please send the log file when you ask for help</source>
      <translation>意外错误（{error}）；未作其他更改：求助时请发送日志文件</translation>
    </message>
    <message>
      <source>Could not open the window: {reason}</source>
      <translation>无法打开窗口：{reason}</translation>
    </message>
    <message>
      <source>Could not export: {reason}</source>
      <translation>无法导出：{reason}</translation>
    </message>
    <message>
      <source>Could not import: {reason}</source>
      <translation>无法导入：{reason}</translation>
    </message>
    <message>
      <source>Could not sync: {reason}</source>
      <translation>无法同步：{reason}</translation>
    </message>
    <message>
      <source>Could not repair the clock: {reason}</source>
      <translation>无法修复时钟：{reason}</translation>
    </message>
    <message>
      <source>Could not search: {reason}</source>
      <translation>无法搜索：{reason}</translation>
    </message>
    <message>
      <source>Could not list the next steps: {reason}</source>
      <translation>无法列出后续步骤：{reason}</translation>
    </message>
    <message>
      <source>Could not set up the team server: {reason}</source>
      <translation>无法设置团队服务器：{reason}</translation>
    </message>
    <message>
      <source>Could not {doing}: {reason}</source>
      <translation>无法执行“{doing}”：{reason}</translation>
    </message>
    <message>
      <source>{failed}.</source>
      <translation>{failed}。</translation>
    </message>
    <message>
      <source>{failed} (details in {log}).</source>
      <translation>{failed}（详情见 {log}）。</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>系列</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>主办方</translation>
    </message>
    <message>
      <source>City</source>
      <translation>城市</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <source>Online platform</source>
      <translation>在线平台</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>链接</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>开始日期</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>结束日期</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>参与者</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <source>End time</source>
      <translation>结束时间</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>形式</translation>
    </message>
    <message>
      <source>Delegates</source>
      <translation>代表</translation>
    </message>
    <message>
      <source>Panel members</source>
      <translation>小组成员</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>专题</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>笔记</translation>
    </message>
    <message>
      <source>Place in the agenda</source>
      <translation>在议程中的位置</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>主题</translation>
    </message>
    <message>
      <source>Table host</source>
      <translation>讨论桌主持人</translation>
    </message>
    <message>
      <source>Place in the session</source>
      <translation>在会议中的位置</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>文本</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>负责人</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>截止</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Place in the list</source>
      <translation>在列表中的位置</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>说明文字</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>文件名</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>文件类型</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>演示文稿</translation>
    </message>
    <message>
      <source>Place among the presentations</source>
      <translation>在演示文稿中的位置</translation>
    </message>
    <message>
      <source>Carried from</source>
      <translation>转自</translation>
    </message>
  </context>
  <context>
    <name>glyph report</name>
    <message>
      <source>{record}: no font has {characters} ({codes})</source>
      <translation>{record}：没有字体包含 {characters}（{codes}）</translation>
    </message>
    <message>
      <source>event {event}, title</source>
      <translation>活动 {event}，标题</translation>
    </message>
    <message>
      <source>event {event}, series</source>
      <translation>活动 {event}，系列</translation>
    </message>
    <message>
      <source>event {event}, kind</source>
      <translation>活动 {event}，类型</translation>
    </message>
    <message>
      <source>event {event}, host</source>
      <translation>活动 {event}，主办方</translation>
    </message>
    <message>
      <source>event {event}, city</source>
      <translation>活动 {event}，城市</translation>
    </message>
    <message>
      <source>event {event}, country</source>
      <translation>活动 {event}，国家</translation>
    </message>
    <message>
      <source>event {event}, online platform</source>
      <translation>活动 {event}，在线平台</translation>
    </message>
    <message>
      <source>event {event}, description</source>
      <translation>活动 {event}，说明</translation>
    </message>
    <message>
      <source>session {number} {session}, title</source>
      <translation>会议 {number} {session}，标题</translation>
    </message>
    <message>
      <source>session {number} {session}, format</source>
      <translation>会议 {number} {session}，形式</translation>
    </message>
    <message>
      <source>session {number} {session}, panel</source>
      <translation>会议 {number} {session}，小组成员</translation>
    </message>
    <message>
      <source>event {event}, key outcome {number}</source>
      <translation>活动 {event}，主要成果 {number}</translation>
    </message>
    <message>
      <source>event {event}, next step {number}</source>
      <translation>活动 {event}，后续步骤 {number}</translation>
    </message>
    <message>
      <source>session {number} {session}, notes</source>
      <translation>会议 {number} {session}，笔记</translation>
    </message>
    <message>
      <source>session {number} {session}, key outcome {item}</source>
      <translation>会议 {number} {session}，主要成果 {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, next step {item}</source>
      <translation>会议 {number} {session}，后续步骤 {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, marketplace table {item}</source>
      <translation>会议 {number} {session}，专题讨论桌 {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, slide {item} caption</source>
      <translation>会议 {number} {session}，幻灯片 {item} 说明文字</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>{file} is a PDF without CMCoord Desktop records (only summaries exported by version 0.2 or later carry them).</source>
      <translation>{file} 是不含 CMCoord Desktop 记录的 PDF（只有 0.2 或更高版本导出的摘要才包含记录）。</translation>
    </message>
    <message>
      <source>{file} carries records too large to read ({size} bytes).</source>
      <translation>{file} 中的记录过大，无法读取（{size} 字节）。</translation>
    </message>
    <message>
      <source>{file} is a damaged PDF: its records cannot be read ({reason}).</source>
      <translation>{file} 是已损坏的 PDF：无法读取其中的记录（{reason}）。</translation>
    </message>
    <message>
      <source>{file} carries records too large to read.</source>
      <translation>{file} 中的记录过大，无法读取。</translation>
    </message>
  </context>
  <context>
    <name>next steps</name>
    <message>
      <source>due {due}, before its session on {starts}</source>
      <translation>截止日期 {due}，早于其会议日期 {starts}</translation>
    </message>
    <message>
      <source>due {due}, before its event on {starts}</source>
      <translation>截止日期 {due}，早于其活动日期 {starts}</translation>
    </message>
    <message>
      <source>owner is {count} characters long</source>
      <translation>负责人长达 {count} 个字符</translation>
    </message>
  </context>
  <context>
    <name>plurals</name>
    <message numerus="yes">
      <source>Searched the first %n words.</source>
      <translation>
        <numerusform>仅搜索了前 %n 个词。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} is more than %n years ahead: leave the field again to keep it, or correct it</source>
      <translation>
        <numerusform>{date} 距今超过 %n 年：再次离开该字段即可保留，或予以更正</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First %n matches shown; add words or raise --limit.</source>
      <translation>
        <numerusform>仅显示前 %n 条匹配结果；请添加词语或提高 --limit。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n next steps to {file}</source>
      <translation>
        <numerusform>已将 %n 个后续步骤写入 {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the shared file to pass them on.</source>
      <translation>
        <numerusform>已为本机时钟超前时所做的 %n 项修改重新标注日期。请与共享文件同步以传递这些修改。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</source>
      <translation>
        <numerusform>已为本机时钟超前时所做的 %n 项修改重新标注日期；{file} 已重写。其他电脑可以再次同步。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>已创建 {file}——本机：{here}；文件：{there}；已合并 %n 个冲突副本。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>已与 {file} 同步——本机：{here}；文件：{there}；已合并 %n 个冲突副本。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{new} new, {updated} updated, %n conflict(s), {deleted} deleted</source>
      <translation>
        <numerusform>新增 {new}，更新 {updated}，冲突 %n，删除 {deleted}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) on this laptop; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>此次同步将删除本机 %n 条记录中的 {deleted} 条；已暂停。确认后继续。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) in the shared file; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>此次同步将删除共享文件中 %n 条记录中的 {deleted} 条；已暂停。确认后继续。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.</source>
      <translation>
        <numerusform>已与 {server} 同步——本机：{here}；已发送 {records} 条记录的 %n 个新版本。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>record names</name>
    <message>
      <source>Event</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Untitled event</source>
      <translation>无标题活动</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>Untitled session</source>
      <translation>无标题会议</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>专题讨论桌</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>专题讨论桌</translation>
    </message>
    <message>
      <source>Untitled table</source>
      <translation>无标题讨论桌</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>演示文稿</translation>
    </message>
    <message>
      <source>Presentations</source>
      <translation>演示文稿</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>（无标题）</translation>
    </message>
    <message>
      <source>Key outcome</source>
      <translation>主要成果</translation>
    </message>
    <message>
      <source>Key outcomes</source>
      <translation>主要成果</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>后续步骤</translation>
    </message>
    <message>
      <source>Next steps to implementing solutions</source>
      <translation>落实解决方案的后续步骤</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>想法</translation>
    </message>
    <message>
      <source>Ideas</source>
      <translation>想法</translation>
    </message>
    <message>
      <source>Carried next step</source>
      <translation>转入的后续步骤</translation>
    </message>
    <message>
      <source>Carried next steps</source>
      <translation>转入的后续步骤</translation>
    </message>
    <message>
      <source>(carried next step)</source>
      <translation>（转入的后续步骤）</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>条目</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>条目</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>进行中</translation>
    </message>
    <message>
      <source>Upcoming</source>
      <translation>即将举行</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>已结束</translation>
    </message>
  </context>
  <context>
    <name>record state</name>
    <message>
      <source>two different values carry the stamp {time} of {device}</source>
      <translation>两个不同的值带有同一时间戳：{device} 的 {time}</translation>
    </message>
  </context>
  <context>
    <name>search</name>
    <message>
      <source>Searched the first {count} characters.</source>
      <translation>仅搜索了前 {count} 个字符。</translation>
    </message>
    <message>
      <source>Type letters or numbers to search: symbols alone match nothing.</source>
      <translation>请输入字母或数字进行搜索：仅有符号无法匹配任何内容。</translation>
    </message>
    <message>
      <source>key outcome</source>
      <translation>主要成果</translation>
    </message>
    <message>
      <source>next step</source>
      <translation>后续步骤</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>想法</translation>
    </message>
    <message>
      <source>item</source>
      <translation>条目</translation>
    </message>
    <message>
      <source>marketplace table</source>
      <translation>专题讨论桌</translation>
    </message>
    <message>
      <source>slide</source>
      <translation>幻灯片</translation>
    </message>
    <message>
      <source>event</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>session</source>
      <translation>会议</translation>
    </message>
    <message>
      <source>panel member</source>
      <translation>小组成员</translation>
    </message>
    <message>
      <source>session notes</source>
      <translation>会议笔记</translation>
    </message>
    <message>
      <source>table host</source>
      <translation>讨论桌主持人</translation>
    </message>
    <message>
      <source>table participants</source>
      <translation>讨论桌参与者</translation>
    </message>
    <message>
      <source>next step owner</source>
      <translation>后续步骤负责人</translation>
    </message>
    <message>
      <source>slide caption</source>
      <translation>幻灯片说明文字</translation>
    </message>
    <message>
      <source>slide file</source>
      <translation>幻灯片文件</translation>
    </message>
  </context>
  <context>
    <name>shared file</name>
    <message>
      <source>{file} stayed locked by another program (WinError {code}).</source>
      <translation>{file} 一直被其他程序锁定（WinError {code}）。</translation>
    </message>
  </context>
  <context>
    <name>spelled date</name>
    <message>
      <source>January</source>
      <translation>1月</translation>
    </message>
    <message>
      <source>February</source>
      <translation>2月</translation>
    </message>
    <message>
      <source>March</source>
      <translation>3月</translation>
    </message>
    <message>
      <source>April</source>
      <translation>4月</translation>
    </message>
    <message>
      <source>May</source>
      <translation>5月</translation>
    </message>
    <message>
      <source>June</source>
      <translation>6月</translation>
    </message>
    <message>
      <source>July</source>
      <translation>7月</translation>
    </message>
    <message>
      <source>August</source>
      <translation>8月</translation>
    </message>
    <message>
      <source>September</source>
      <translation>9月</translation>
    </message>
    <message>
      <source>October</source>
      <translation>10月</translation>
    </message>
    <message>
      <source>November</source>
      <translation>11月</translation>
    </message>
    <message>
      <source>December</source>
      <translation>12月</translation>
    </message>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{year}年{month}{day}日</translation>
    </message>
  </context>
  <context>
    <name>store</name>
    <message>
      <source>This data folder was written by a newer CMCoord Desktop (schema {version}, this program knows up to {known}). Please update the program.</source>
      <translation>此数据文件夹由较新版本的 CMCoord Desktop 写入（架构 {version}，本程序最高支持 {known}）。请更新程序。</translation>
    </message>
    <message>
      <source>CMCoord Desktop is already open on {folder}. Switch to that window, or close it first.</source>
      <translation>CMCoord Desktop 已在 {folder} 上打开。请切换到该窗口，或先将其关闭。</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk holding it is full. Free some space.</source>
      <translation>未保存：CMCoord Desktop 无法写入您的数据文件夹 {folder}：其所在磁盘已满。请释放一些空间。</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk reported an error. Check that the drive is still connected.</source>
      <translation>未保存：CMCoord Desktop 无法写入您的数据文件夹 {folder}：磁盘报告了错误。请检查驱动器是否仍已连接。</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: it can no longer be written to. Check the folder's permissions.</source>
      <translation>未保存：CMCoord Desktop 无法写入您的数据文件夹 {folder}：已无法写入。请检查该文件夹的权限。</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file cannot be opened. Check that the drive is connected.</source>
      <translation>未保存：CMCoord Desktop 无法写入您的数据文件夹 {folder}：无法打开其数据库文件。请检查驱动器是否已连接。</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database stayed busy too long. Try again in a moment.</source>
      <translation>未保存：CMCoord Desktop 无法写入您的数据文件夹 {folder}：其数据库繁忙时间过长。请稍后重试。</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file is damaged. Keep a copy of the folder and ask for help.</source>
      <translation>未保存：CMCoord Desktop 无法写入您的数据文件夹 {folder}：其数据库文件已损坏。请保留该文件夹的副本并寻求帮助。</translation>
    </message>
    <message>
      <source>There is no CMCoord Desktop data in {folder}: check the folder (--data-dir) and try again.</source>
      <translation>{folder} 中没有 CMCoord Desktop 数据：请检查该文件夹（--data-dir）后重试。</translation>
    </message>
    <message>
      <source>The data in {folder} was written by an older CMCoord Desktop: open it once in the window (cmcoord-desktop --data-dir FOLDER), which brings it up to date, then try again.</source>
      <translation>{folder} 中的数据由较旧版本的 CMCoord Desktop 写入：请先在窗口中打开一次（cmcoord-desktop --data-dir FOLDER）以将其更新，然后重试。</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB an import reads.</source>
      <translation>未写入：{file} 将达 {size} MiB，超过导入可读取的 {limit} MiB。</translation>
    </message>
    <message>
      <source>re-dating would change what {id} shows</source>
      <translation>重新标注日期会改变 {id} 显示的内容</translation>
    </message>
    <message>
      <source>a change dated in the future was not re-dated</source>
      <translation>有一项日期在未来的修改未被重新标注日期</translation>
    </message>
    <message>
      <source>changes of several laptops are dated in the future: {laptops}</source>
      <translation>多台电脑的修改日期在未来：{laptops}</translation>
    </message>
    <message>
      <source>there is no room to re-date these changes before the limit</source>
      <translation>在限期之前没有余地为这些修改重新标注日期</translation>
    </message>
    <message>
      <source>{file} rewritten with the changes this laptop re-dated earlier. Other laptops can sync again.</source>
      <translation>{file} 已用本机之前重新标注日期的修改重写。其他电脑可以再次同步。</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>正在读取 {file}</translation>
    </message>
    <message>
      <source>Taking in the shared file</source>
      <translation>正在并入共享文件</translation>
    </message>
    <message>
      <source>Re-dating</source>
      <translation>正在重新标注日期</translation>
    </message>
    <message>
      <source>{file} changed during the repair ({reason}).</source>
      <translation>{file} 在修复期间发生了变化（{reason}）。</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>The shared file contradicts an earlier repair ({reason}).</source>
      <translation>共享文件与之前的一次修复相矛盾（{reason}）。</translation>
    </message>
    <message>
      <source>These changes cannot be re-dated exactly ({reason}).</source>
      <translation>无法为这些修改准确地重新标注日期（{reason}）。</translation>
    </message>
    <message>
      <source>This laptop's records kept changing during the repair; try again.</source>
      <translation>修复期间本机的记录一直在变化；请重试。</translation>
    </message>
    <message>
      <source> and </source>
      <translation>、</translation>
    </message>
    <message>
      <source>Changes from {laptops} are dated more than {minutes} minutes ahead of this laptop's clock too. If this laptop's date is behind, correct its date and time first; otherwise re-date them on that laptop first.</source>
      <translation>来自 {laptops} 的修改的日期也比本机时钟超前 {minutes} 分钟以上。如果本机日期落后，请先更正其日期和时间；否则请先在那台电脑上为这些修改重新标注日期。</translation>
    </message>
    <message>
      <source>Correct this laptop's date and time first: every change here is dated more than {minutes} minutes after {when} UTC, so nothing shows that its clock is right now.</source>
      <translation>请先更正本机的日期和时间：这里的每项修改的日期都比 {when} UTC 晚 {minutes} 分钟以上，因此无法表明其时钟现在是准确的。</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>无需修复：这里没有任何修改的日期比本机时钟（{when} UTC）晚 {minutes} 分钟以上。如果该日期有误，请先更正。</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here or in {file} is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>无需修复：这里和 {file} 中都没有任何修改的日期比本机时钟（{when} UTC）晚 {minutes} 分钟以上。如果该日期有误，请先更正。</translation>
    </message>
    <message>
      <source>cmcoord-desktop: left {file} alone: {reason}</source>
      <translation>cmcoord-desktop：未处理 {file}：{reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: held back {file}, the rest synced: {reason}</source>
      <translation>cmcoord-desktop：已暂缓 {file}，其余已同步：{reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not repaired: {reason}</source>
      <translation>cmcoord-desktop：未修复：{reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason}</source>
      <translation>cmcoord-desktop：未同步：{reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason} (use --allow-deletes)</source>
      <translation>cmcoord-desktop：未同步：{reason}（请使用 --allow-deletes）</translation>
    </message>
    <message>
      <source>The records in {file}</source>
      <translation>{file} 中的记录</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not imported: {reason}</source>
      <translation>cmcoord-desktop：未导入：{reason}</translation>
    </message>
    <message>
      <source>Imported {file}: {new} new, {updated} updated, {conflicts} to review</source>
      <translation>已导入 {file}：新增 {new}，更新 {updated}，待审阅 {conflicts}</translation>
    </message>
    <message>
      <source>{name} refers to a slide that is not in {folder} ({slide}…); copy that folder with the file.</source>
      <translation>{name} 引用的幻灯片不在 {folder} 中（{slide}…）；请将该文件夹与文件一起复制。</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is not a slide file.</source>
      <translation>{name}：幻灯片 {slide}… 不是幻灯片文件。</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is damaged.</source>
      <translation>{name}：幻灯片 {slide}… 已损坏。</translation>
    </message>
    <message>
      <source>Record {id} is a {kind} in one copy and a different record in another; one of the copies is damaged.</source>
      <translation>记录 {id} 在一个副本中是 {kind}，在另一个副本中却是另一条记录；其中一个副本已损坏。</translation>
    </message>
    <message>
      <source>Record {id} is damaged in one of the copies: {reason}.</source>
      <translation>记录 {id} 在其中一个副本中已损坏：{reason}。</translation>
    </message>
    <message>
      <source>A {kind} ({id}) belongs to a record that is in neither this laptop nor the file; the file is incomplete or damaged.</source>
      <translation>一条 {kind} 记录（{id}）所属的记录既不在本机也不在文件中；文件不完整或已损坏。</translation>
    </message>
    <message>
      <source>{name} is damaged: its records are not a list.</source>
      <translation>{name} 已损坏：其记录不是列表。</translation>
    </message>
    <message>
      <source>{name} is damaged: a record is not shaped like a record.</source>
      <translation>{name} 已损坏：有一条记录的结构不像记录。</translation>
    </message>
    <message>
      <source>{name} is damaged: {id} is not a record id.</source>
      <translation>{name} 已损坏：{id} 不是记录标识符。</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} appears twice.</source>
      <translation>{name} 已损坏：记录 {id} 出现了两次。</translation>
    </message>
    <message>
      <source>{name} holds a record of unknown kind {kind}.</source>
      <translation>{name} 包含未知类型 {kind} 的记录。</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} lacks its parent.</source>
      <translation>{name} 已损坏：{kind} {id} 缺少其上级记录。</translation>
    </message>
    <message>
      <source>{name} holds an item of unknown kind {kind}.</source>
      <translation>{name} 包含未知类型 {kind} 的条目。</translation>
    </message>
    <message>
      <source>{name} is damaged: a parent id is not a valid id.</source>
      <translation>{name} 已损坏：某个上级记录标识符无效。</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} has no fields.</source>
      <translation>{name} 已损坏：{kind} {id} 没有字段。</translation>
    </message>
    <message>
      <source>{name} holds a {kind} field {field} this program does not know.</source>
      <translation>{name} 包含本程序不认识的 {kind} 字段 {field}。</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} are not a short list.</source>
      <translation>{name} 已损坏：{kind} 的 {field} 的各版本不是一个简短列表。</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of a {kind} {field} is malformed.</source>
      <translation>{name} 已损坏：{kind} 的 {field} 的某个版本格式错误。</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} no one could have typed: {problem}. Nothing was changed.</source>
      <translation>{name} 包含一个不可能由人输入的 {kind} {field}：{problem}。未作任何更改。</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of {kind} {field} does not carry its own stamp.</source>
      <translation>{name} 已损坏：{kind} {field} 的某个版本没有自己的时间戳。</translation>
    </message>
    <message>
      <source>{name} is damaged: a stamp is out of range.</source>
      <translation>{name} 已损坏：某个时间戳超出范围。</translation>
    </message>
    <message>
      <source>{name} is damaged: {device} is not a laptop's id.</source>
      <translation>{name} 已损坏：{device} 不是电脑标识符。</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} that is too large.</source>
      <translation>{name} 包含过大的 {kind} {field}。</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} field {field} holds a bad value ({reason}).</source>
      <translation>{name} 已损坏：{kind} 字段 {field} 含有错误的值（{reason}）。</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} longer than {limit}.</source>
      <translation>{name} 包含长度超过 {limit} 个字符的 {kind} {field}。</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} number out of range.</source>
      <translation>{name} 的 {kind} {field} 中有超出范围的数字。</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} contradict each other.</source>
      <translation>{name} 已损坏：{kind} 的 {field} 的各版本相互矛盾。</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>另一台电脑</translation>
    </message>
    <message>
      <source>{name} holds changes from {laptops} dated up to {when} UTC, more than {minutes} minutes ahead of this laptop's clock: that laptop's clock was ahead when it made them. On that laptop, once its clock is right, File › Sync with shared file… offers to re-date them (or run: cmcoord-desktop repair-clock {name}); then sync here again.</source>
      <translation>{name} 包含来自 {laptops} 的修改，日期最晚至 {when} UTC，比本机时钟超前 {minutes} 分钟以上：那台电脑在做这些修改时时钟超前。在那台电脑上，待其时钟正确后，“文件 › 与共享文件同步…”会提供重新标注日期（或运行：cmcoord-desktop repair-clock {name}）；然后在这里再次同步。</translation>
    </message>
    <message>
      <source>The folder {folder} is not there: is the USB stick or network share connected?</source>
      <translation>文件夹 {folder} 不存在：U 盘或网络共享是否已连接？</translation>
    </message>
    <message>
      <source>{file} cannot be read right now ({reason}); nothing was changed. Sync again in a moment.</source>
      <translation>暂时无法读取 {file}（{reason}）；未作任何更改。请稍后再次同步。</translation>
    </message>
    <message>
      <source>Could not write the slides beside {file} ({reason}); this laptop kept everything. Sync again later.</source>
      <translation>无法在 {file} 旁写入幻灯片（{reason}）；本机保留了全部内容。请稍后再次同步。</translation>
    </message>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB every laptop reads; nothing in it was replaced. Shorten the longest notes and sync again.</source>
      <translation>未写入：{file} 将达 {size} MiB，超过每台电脑可读取的 {limit} MiB；其中未替换任何内容。请缩短最长的备注后再次同步。</translation>
    </message>
    <message>
      <source>Could not make the folder {folder} beside {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>无法在 {file} 旁创建文件夹 {folder}（{reason}）；本机保留了其合并的全部内容。请稍后再次同步。</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>无法写入 {file}（{reason}）；本机保留了其合并的全部内容。请稍后再次同步。</translation>
    </message>
    <message>
      <source>{file} in {folder} was replaced by another program right after this laptop wrote it; this laptop kept everything it merged. Sync again.</source>
      <translation>{folder} 中的 {file} 在本机写入后立即被另一个程序替换；本机保留了其合并的全部内容。请再次同步。</translation>
    </message>
    <message>
      <source>Writing {file}</source>
      <translation>正在写入 {file}</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept its re-dated changes. Run the repair again later to rewrite the file.</source>
      <translation>无法写入 {file}（{reason}）；本机保留了已重新标注日期的修改。请稍后再次运行修复以重写该文件。</translation>
    </message>
    <message>
      <source>Checking {file}</source>
      <translation>正在检查 {file}</translation>
    </message>
    <message>
      <source>{file} kept changing while other laptops synced; this laptop kept its re-dated changes. Run the repair again in a moment to rewrite the file.</source>
      <translation>其他电脑同步期间 {file} 一直在变化；本机保留了已重新标注日期的修改。请稍后再次运行修复以重写该文件。</translation>
    </message>
    <message>
      <source>The file</source>
      <translation>该文件</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes).</source>
      <translation>{name} 过大（{size} 字节）。</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} 为空。</translation>
    </message>
    <message>
      <source>{name} is damaged: its data is nested too deeply.</source>
      <translation>{name} 已损坏：其数据嵌套过深。</translation>
    </message>
    <message>
      <source>{name} is damaged or incomplete ({reason}).</source>
      <translation>{name} 已损坏或不完整（{reason}）。</translation>
    </message>
    <message>
      <source>{name} is damaged: it has no {keys}.</source>
      <translation>{name} 已损坏：它缺少 {keys}。</translation>
    </message>
    <message>
      <source>{name} is damaged: its checksum does not match its contents.</source>
      <translation>{name} 已损坏：其校验和与内容不符。</translation>
    </message>
    <message>
      <source>{name} is damaged: it says {count} records but holds {held}.</source>
      <translation>{name} 已损坏：它声明有 {count} 条记录，实际却有 {held} 条。</translation>
    </message>
    <message>
      <source>{name} does not exist.</source>
      <translation>{name} 不存在。</translation>
    </message>
    <message>
      <source>{name} is a folder, not a records file.</source>
      <translation>{name} 是文件夹，不是记录文件。</translation>
    </message>
    <message>
      <source>{name} is not a regular file.</source>
      <translation>{name} 不是普通文件。</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes; the limit is {limit}).</source>
      <translation>{name} 过大（{size} 字节；上限为 {limit}）。</translation>
    </message>
    <message>
      <source>{name} is not a CMCoord Desktop records file.</source>
      <translation>{name} 不是 CMCoord Desktop 记录文件。</translation>
    </message>
    <message>
      <source>{name} is damaged: its format version is unreadable.</source>
      <translation>{name} 已损坏：其格式版本无法读取。</translation>
    </message>
    <message>
      <source>{name} was written by a newer CMCoord Desktop (format {found}; this program reads {reads}.x). Please update the program.</source>
      <translation>{name} 由更新版本的 CMCoord Desktop 写入（格式 {found}；本程序读取 {reads}.x）。请更新程序。</translation>
    </message>
    <message>
      <source>{name} is in format {found}, which this program cannot read.</source>
      <translation>{name} 为格式 {found}，本程序无法读取。</translation>
    </message>
    <message>
      <source>{name} is damaged or not ours ({reason}).</source>
      <translation>{name} 已损坏或并非本程序的文件（{reason}）。</translation>
    </message>
    <message>
      <source>{name} is damaged: the key "{key}" appears twice.</source>
      <translation>{name} 已损坏：键“{key}”出现了两次。</translation>
    </message>
    <message>
      <source>{name} was changed by another program (it is not exactly what CMCoord Desktop writes).</source>
      <translation>{name} 已被其他程序修改（与 CMCoord Desktop 写入的内容不完全一致）。</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {deleted} deleted</source>
      <translation>新增 {new}，更新 {updated}，删除 {deleted}</translation>
    </message>
    <message>
      <source>the records on this laptop changed since the preview</source>
      <translation>预览之后本机的记录已发生变化</translation>
    </message>
    <message>
      <source>{file} changed since the preview</source>
      <translation>预览之后 {file} 已发生变化</translation>
    </message>
    <message>
      <source>another laptop's file in the shared place changed since the preview</source>
      <translation>预览之后共享位置中另一台电脑的文件已发生变化</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>正在合并</translation>
    </message>
    <message>
      <source>{file} holds another workshop (no event in common with this laptop's); nothing was changed. To merge both workshops, sync again and confirm (on the command line: --merge-other-workshop).</source>
      <translation>{file} 包含另一个研讨会（与本机的研讨会没有共同的活动）；未作任何更改。要合并两个研讨会，请再次同步并确认（命令行：--merge-other-workshop）。</translation>
    </message>
    <message>
      <source>Saving on this laptop</source>
      <translation>正在保存到本机</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than {minutes} minutes ahead of its clock now; in {file} they would be held back by every other laptop. Re-date them first: File › Sync with shared file… offers it, or run: cmcoord-desktop repair-clock {file}</source>
      <translation>本机在时钟超前时所做的修改，日期最晚至 {when} UTC，比其当前时钟超前 {minutes} 分钟以上；在 {file} 中，其他每台电脑都会暂缓这些修改。请先为其重新标注日期：“文件 › 与共享文件同步…”会提供此操作，或运行：cmcoord-desktop repair-clock {file}</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, and the changes of all {count} other laptops are dated more than {minutes} minutes after that. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>本机时钟落后：它显示 {now} UTC，而其他全部 {count} 台电脑的修改日期都比这晚 {minutes} 分钟以上。请更正本机的日期和时间，然后再次同步；未作任何更改。</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, but changes it already holds are dated up to {newest} UTC. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>本机时钟落后：它显示 {now} UTC，但其已有的修改日期最晚至 {newest} UTC。请更正本机的日期和时间，然后再次同步；未作任何更改。</translation>
    </message>
  </context>
  <context>
    <name>team_server</name>
    <message>
      <source>That is not a server address; it looks like postgresql://USER@HOST/DATABASE.</source>
      <translation>这不是服务器地址；其格式应为 postgresql://USER@HOST/DATABASE。</translation>
    </message>
    <message>
      <source>Leave the password out of the server address: the address is remembered and shown. You will be asked for it (and it is kept in the system keyring), or put it in .pgpass.</source>
      <translation>请勿在服务器地址中包含密码：地址会被记住并显示。系统会向您询问密码（并保存在系统密钥环中），或将其放入 .pgpass。</translation>
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation>{server} 的密码：</translation>
    </message>
    <message>
      <source>Set up the team server {server} (schema {schema}).</source>
      <translation>已设置团队服务器 {server}（架构 {schema}）。</translation>
    </message>
    <message>
      <source>The team server {server} is at schema {schema} (was {was}); roles granted again.</source>
      <translation>团队服务器 {server} 的架构为 {schema}（原为 {was}）；已重新授予角色。</translation>
    </message>
    <message>
      <source>Removed {versions} superseded versions and {attachments} unused attachments from {server}.</source>
      <translation>已从 {server} 删除 {versions} 个被取代的版本和 {attachments} 个未使用的附件。</translation>
    </message>
    <message>
      <source>Added {name} to {server} as an observer ({group}).</source>
      <translation>已将 {name} 作为观察员添加到 {server}（{group}）。</translation>
    </message>
    <message>
      <source>Added {name} to {server} as a member ({group}).</source>
      <translation>已将 {name} 作为成员添加到 {server}（{group}）。</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>{name} 的新密码：</translation>
    </message>
    <message>
      <source>Once more: </source>
      <translation>再输入一次：</translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>两次输入的密码不一致；未作任何更改。</translation>
    </message>
    <message>
      <source>{server} asks for a password: run the sync where it can be asked for, or add it to .pgpass.</source>
      <translation>{server} 需要密码：请在可以询问密码的地方运行同步，或将密码添加到 .pgpass。</translation>
    </message>
    <message>
      <source>The certificate of {host} is made out to another name: this may not be your team server. Nothing was changed; ask its administrator.</source>
      <translation>{host} 的证书签发给了另一个名称：这可能不是您的团队服务器。未作任何更改；请咨询其管理员。</translation>
    </message>
    <message>
      <source>The certificate of {host} cannot be checked: this laptop has no certificate of the authority that signed it (~/.postgresql/root.crt). Nothing was changed; ask the server's administrator for it.</source>
      <translation>无法检查 {host} 的证书：本机没有签发该证书的机构的证书（~/.postgresql/root.crt）。未作任何更改；请向服务器管理员索取。</translation>
    </message>
    <message>
      <source>The certificate of {host} could not be verified: it is not signed by an authority this laptop trusts, or it expired. Nothing was changed; ask its administrator.</source>
      <translation>无法验证 {host} 的证书：它并非由本机信任的机构签发，或已过期。未作任何更改；请咨询其管理员。</translation>
    </message>
    <message>
      <source>{host} does not offer an encrypted connection (TLS), so this laptop will not send anything to it. Ask its administrator to turn TLS on.</source>
      <translation>{host} 不提供加密连接（TLS），因此本机不会向其发送任何内容。请让其管理员启用 TLS。</translation>
    </message>
    <message>
      <source>The server {server} did not accept the password. Nothing was changed.</source>
      <translation>服务器 {server} 未接受该密码。未作任何更改。</translation>
    </message>
    <message>
      <source>The server has no database {database}. Nothing was changed.</source>
      <translation>服务器上没有数据库 {database}。未作任何更改。</translation>
    </message>
    <message>
      <source>The server has no account {account}. Nothing was changed.</source>
      <translation>服务器上没有账户 {account}。未作任何更改。</translation>
    </message>
    <message>
      <source>The server {server} does not let this account in from here. Nothing was changed.</source>
      <translation>服务器 {server} 不允许此账户从这里登录。未作任何更改。</translation>
    </message>
    <message>
      <source>Could not reach the team server {server} ({reason}). This laptop kept everything.</source>
      <translation>无法连接团队服务器 {server}（{reason}）。本机保留了全部内容。</translation>
    </message>
    <message>
      <source>{name} cannot be an account name: use lower-case letters, digits, _ . or -, starting with a letter (at most 63).</source>
      <translation>{name} 不能用作账户名：请使用小写字母、数字、_ . 或 -，并以字母开头（最多 63 个）。</translation>
    </message>
    <message>
      <source>Give the account a password of at least 12 characters.</source>
      <translation>请为该账户设置至少 12 个字符的密码。</translation>
    </message>
    <message>
      <source>The server already has an account {name}; nothing changed.</source>
      <translation>服务器上已有账户 {name}；未作任何更改。</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} has no readable parent; nothing was changed on this laptop.</source>
      <translation>{name} 已损坏：记录 {id} 没有可读取的上级记录；本机未作任何更改。</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} is stored as two different records; nothing was changed on this laptop.</source>
      <translation>{name} 已损坏：记录 {id} 被存储为两条不同的记录；本机未作任何更改。</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} has no value; nothing was changed on this laptop.</source>
      <translation>{name} 已损坏：记录 {id} 的某个版本没有值；本机未作任何更改。</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} {field} is unreadable; nothing was changed on this laptop.</source>
      <translation>{name} 已损坏：记录 {id} {field} 的某个版本无法读取；本机未作任何更改。</translation>
    </message>
    <message>
      <source>{database} on {server}</source>
      <translation>{server} 上的 {database}</translation>
    </message>
    <message>
      <source>The database {where} is not set up as a team server. Its administrator sets it up with: cmcoord-desktop server init URL. Nothing was changed.</source>
      <translation>数据库 {where} 尚未设置为团队服务器。其管理员可使用以下命令设置：cmcoord-desktop server init URL。未作任何更改。</translation>
    </message>
    <message>
      <source>The database {where} holds another program's tables named cmcoord; nothing was changed. Check the address.</source>
      <translation>数据库 {where} 中有另一个程序的名为 cmcoord 的表；未作任何更改。请检查地址。</translation>
    </message>
    <message>
      <source>The team server {where} is damaged: no schema version.</source>
      <translation>团队服务器 {where} 已损坏：没有架构版本。</translation>
    </message>
    <message>
      <source>The team server {where} was set up by a newer CMCoord Desktop (schema {version}, this one knows {known}); update this program. Nothing was changed.</source>
      <translation>团队服务器 {where} 由更新版本的 CMCoord Desktop 设置（架构 {version}，本版本只支持 {known}）；请更新本程序。未作任何更改。</translation>
    </message>
    <message>
      <source>The team server {where} needs upgrading to this release's schema: its administrator runs cmcoord-desktop server init URL again. Nothing was changed.</source>
      <translation>团队服务器 {where} 需要升级到本版本的架构：其管理员需再次运行 cmcoord-desktop server init URL。未作任何更改。</translation>
    </message>
    <message>
      <source>This database already has a schema named cmcoord that is not CMCoord Desktop's; nothing was changed. Use another database.</source>
      <translation>此数据库已有一个名为 cmcoord 的架构，但并非 CMCoord Desktop 的；未作任何更改。请使用另一个数据库。</translation>
    </message>
    <message>
      <source>This team server was set up by a newer CMCoord Desktop (schema {version}); update this program first. Nothing was changed.</source>
      <translation>此团队服务器由更新版本的 CMCoord Desktop 设置（架构 {version}）；请先更新本程序。未作任何更改。</translation>
    </message>
    <message>
      <source>The account {account} may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>账户 {account} 无权设置团队服务器（{reason}）；请使用具有创建角色权限（CREATEROLE）的数据库所有者账户。未作任何更改。</translation>
    </message>
    <message>
      <source>The account you used may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>所用账户无权设置团队服务器（{reason}）；请使用具有创建角色权限（CREATEROLE）的数据库所有者账户。未作任何更改。</translation>
    </message>
    <message>
      <source>Synced with {server}: this laptop {here}; this account only reads, nothing sent.</source>
      <translation>已与 {server} 同步——本机：{here}；此账户只读，未发送任何内容。</translation>
    </message>
    <message>
      <source>Connecting to {server}</source>
      <translation>正在连接 {server}</translation>
    </message>
    <message>
      <source>The team server {server}</source>
      <translation>团队服务器 {server}</translation>
    </message>
    <message>
      <source>Reading what is new</source>
      <translation>正在读取新内容</translation>
    </message>
    <message>
      <source>{name} is damaged: its tables are incomplete. Nothing was changed.</source>
      <translation>{name} 已损坏：其表不完整。未作任何更改。</translation>
    </message>
    <message>
      <source>Sending to {server}</source>
      <translation>正在发送到 {server}</translation>
    </message>
    <message>
      <source>This laptop's id ({device}) is already used on the server by the account {account}: a copied data folder? Nothing was sent.</source>
      <translation>本机标识符（{device}）已被服务器上的账户 {account} 使用：是复制的数据文件夹吗？未发送任何内容。</translation>
    </message>
    <message>
      <source>{server} refused this push: {reason}. Nobody may send changes in another laptop's name; nothing was sent.</source>
      <translation>{server} 拒绝了此次推送：{reason}。任何人都不得以另一台电脑的名义发送修改；未发送任何内容。</translation>
    </message>
    <message>
      <source>The account {account} may not do that on {server} ({reason}); nothing was sent.</source>
      <translation>账户 {account} 无权在 {server} 上执行此操作（{reason}）；未发送任何内容。</translation>
    </message>
    <message>
      <source>The disk of {server} is full; nothing was sent and this laptop kept everything. Tell the server's administrator, then sync again.</source>
      <translation>{server} 的磁盘已满；未发送任何内容，本机保留了全部内容。请告知服务器管理员，然后再次同步。</translation>
    </message>
    <message>
      <source>The connection to {server} was lost; this laptop kept everything. Sync again in a moment.</source>
      <translation>与 {server} 的连接已断开；本机保留了全部内容。请稍后再次同步。</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than a day ahead of its clock now; on {server} they would block every other laptop. Re-date them first: cmcoord-desktop repair-clock</source>
      <translation>本机在时钟超前时所做的修改，日期最晚至 {when} UTC，比其当前时钟超前一天以上；在 {server} 上它们会阻碍其他每台电脑。请先为其重新标注日期：cmcoord-desktop repair-clock</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A title is needed</source>
      <translation>需要标题</translation>
    </message>
    <message>
      <source>A topic is needed</source>
      <translation>需要主题</translation>
    </message>
    <message>
      <source>Type a whole number, like 35</source>
      <translation>请输入整数，例如 35</translation>
    </message>
    <message>
      <source>A count cannot be below zero</source>
      <translation>数量不能小于零</translation>
    </message>
    <message>
      <source>That number is too large for a count</source>
      <translation>该数字作为数量过大</translation>
    </message>
    <message>
      <source>Type a date like 2017-02-06 or 6 Feb 2017</source>
      <translation>请输入日期，例如 2017-02-06 或 6/2/2017</translation>
    </message>
    <message>
      <source>Type a time like 09:30 or 2:30 pm</source>
      <translation>请输入时间，例如 09:30 或 14:30</translation>
    </message>
    <message>
      <source>The end date is before the start date</source>
      <translation>结束日期早于开始日期</translation>
    </message>
    <message>
      <source>The start date is after the end date</source>
      <translation>开始日期晚于结束日期</translation>
    </message>
    <message>
      <source>The session ends before it starts</source>
      <translation>会议的结束时间早于开始时间</translation>
    </message>
    <message>
      <source>The session starts after it ends</source>
      <translation>会议的开始时间晚于结束时间</translation>
    </message>
    <message>
      <source>That value cannot be stored here</source>
      <translation>此处无法保存该值</translation>
    </message>
    <message>
      <source>Removed an invisible direction-override character (it would reorder the text around it)</source>
      <translation>已删除一个不可见的方向覆盖字符（它会打乱周围文本的顺序）</translation>
    </message>
    <message>
      <source>Read as {date}</source>
      <translation>识别为 {date}</translation>
    </message>
    <message>
      <source>{date} is before 1945: leave the field again to keep it, or correct it</source>
      <translation>{date} 早于 1945 年：再次离开该字段即可保留，或予以更正</translation>
    </message>
  </context>
  <context>
    <name>value rules</name>
    <message>
      <source>not a whole number</source>
      <translation>不是整数</translation>
    </message>
    <message>
      <source>a count below zero ({value})</source>
      <translation>小于零的数量（{value}）</translation>
    </message>
    <message>
      <source>a count too large ({value})</source>
      <translation>过大的数量（{value}）</translation>
    </message>
    <message>
      <source>a status not on the list ({value}; the list: open, in progress, done)</source>
      <translation>不在列表中的状态（{value}；列表：open、in progress、done）</translation>
    </message>
    <message>
      <source>a time that is not HH:MM ({value})</source>
      <translation>不是 HH:MM 格式的时间（{value}）</translation>
    </message>
    <message>
      <source>a date that is not YYYY-MM-DD ({value})</source>
      <translation>不是 YYYY-MM-DD 格式的日期（{value}）</translation>
    </message>
    <message>
      <source>a direction-override character, which would reorder the text around it</source>
      <translation>方向覆盖字符，它会打乱周围文本的顺序</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>not base64: {reason}</source>
      <translation>不是 base64：{reason}</translation>
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation>应为 {expected}，实为 {got}</translation>
    </message>
  </context>
</TS>
