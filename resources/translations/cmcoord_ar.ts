<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>About</name>
    <message>
      <source>Version</source>
      <translation>الإصدار</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>مجلد البيانات</translation>
    </message>
    <message>
      <source>Log file</source>
      <translation>ملف السجل</translation>
    </message>
    <message>
      <source>not written (see the terminal)</source>
      <translation>لم يُكتب (انظر الطرفية)</translation>
    </message>
    <message>
      <source>Built with</source>
      <translation>أُنشئ باستخدام</translation>
    </message>
    <message>
      <source>Capture the outcomes of UN-CMCoord workshops live, export PDF summaries the same day, and merge notes with co-facilitators through a shared file.</source>
      <translation>سجّل نتائج حلقات عمل UN-CMCoord مباشرة، وصدّر موجزات PDF في اليوم نفسه، وادمج الملاحظات مع الميسّرين المشاركين عبر ملف مشترك.</translation>
    </message>
    <message>
      <source>Fonts in PDF summaries</source>
      <translation>الخطوط في موجزات PDF</translation>
    </message>
    <message>
      <source>Noto Sans, Noto Sans Arabic, WenQuanYi Micro Hei and DejaVu Sans, and for emoji and symbols (in the window too, where the system has no emoji font) subsets of Noto Emoji and Noto Sans Symbols 2; their licences:</source>
      <translation>Noto Sans وNoto Sans Arabic وWenQuanYi Micro Hei وDejaVu Sans، وللرموز التعبيرية والرموز (وفي النافذة أيضًا حين لا يملك النظام خطًا للرموز التعبيرية) مجموعات فرعية من Noto Emoji وNoto Sans Symbols 2؛ وتراخيصها:</translation>
    </message>
    <message>
      <source>Libraries</source>
      <translation>المكتبات</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU LGPL version 3: their shared libraries sit unmodified in the program folder and can be replaced with compatible builds. Source: {link}.</source>
      <translation>يُستخدم Qt وPySide6 بموجب الرخصة GNU LGPL الإصدار 3: توجد مكتباتهما المشتركة دون تعديل في مجلد البرنامج ويمكن استبدالها بإصدارات متوافقة. المصدر: {link}.</translation>
    </message>
  </context>
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About {program}</source>
      <translation>حول {program}</translation>
    </message>
  </context>
  <context>
    <name>Actions</name>
    <message>
      <source>&amp;File</source>
      <translation>&amp;ملف</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;تحرير</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;عرض</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>م&amp;ساعدة</translation>
    </message>
    <message>
      <source>New &amp;event</source>
      <translation>&amp;فعالية جديدة</translation>
    </message>
    <message>
      <source>Add an event and type its title</source>
      <translation>إضافة فعالية وكتابة عنوانها</translation>
    </message>
    <message>
      <source>New event from a &amp;past event…</source>
      <translation>فعالية جديدة من فعالية &amp;سابقة…</translation>
    </message>
    <message>
      <source>A new event with the sessions and marketplace tables of a past one (of this data folder or of a records file), without their content</source>
      <translation>فعالية جديدة بجلسات فعالية سابقة وطاولاتها المواضيعية (من مجلد البيانات هذا أو من ملف سجلات)، دون محتواها</translation>
    </message>
    <message>
      <source>New &amp;session</source>
      <translation>&amp;جلسة جديدة</translation>
    </message>
    <message>
      <source>Add a session to the selected event</source>
      <translation>إضافة جلسة إلى الفعالية المختارة</translation>
    </message>
    <message>
      <source>New marketplace &amp;table</source>
      <translation>&amp;طاولة مواضيعية جديدة</translation>
    </message>
    <message>
      <source>Add a marketplace table (topic group) to the selected session</source>
      <translation>إضافة طاولة مواضيعية (مجموعة موضوع) إلى الجلسة المختارة</translation>
    </message>
    <message>
      <source>E&amp;xport summary…</source>
      <translation>ت&amp;صدير الموجز…</translation>
    </message>
    <message>
      <source>Export a summary of the selected event: PDF, web page, Word, Markdown or e-mail</source>
      <translation>تصدير موجز الفعالية المختارة: PDF أو صفحة ويب أو Word أو Markdown أو بريد إلكتروني</translation>
    </message>
    <message>
      <source>S&amp;ync with shared file…</source>
      <translation>م&amp;زامنة مع ملف مشترك…</translation>
    </message>
    <message>
      <source>Merge your notes with co-facilitators' through one shared file</source>
      <translation>دمج ملاحظاتك مع ملاحظات الميسّرين المشاركين عبر ملف مشترك واحد</translation>
    </message>
    <message>
      <source>Sync with a tea&amp;m server…</source>
      <translation>مزامنة مع خادم ال&amp;فريق…</translation>
    </message>
    <message>
      <source>Merge your notes with the team's PostgreSQL server, and stay online with it</source>
      <translation>دمج ملاحظاتك مع خادم PostgreSQL الخاص بالفريق والبقاء متصلًا به</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <source>Close CMCoord Desktop (everything is already saved)</source>
      <translation>إغلاق CMCoord Desktop (كل شيء محفوظ بالفعل)</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>ت&amp;راجع</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إ&amp;عادة</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;بحث…</translation>
    </message>
    <message>
      <source>Find any word of any event, session, table, outcome, next step, idea, note or caption</source>
      <translation>البحث عن أي كلمة في أي فعالية أو جلسة أو طاولة أو نتيجة أو خطوة تالية أو فكرة أو ملاحظة أو تعليق</translation>
    </message>
    <message>
      <source>Copy as e-&amp;mail</source>
      <translation>نسخ ك&amp;بريد إلكتروني</translation>
    </message>
    <message>
      <source>Copy the selected event's summary, to paste into Outlook or Gmail as formatted text</source>
      <translation>نسخ موجز الفعالية المختارة للصقه في Outlook أو Gmail نصًا منسقًا</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;حذف</translation>
    </message>
    <message>
      <source>Move the selected event, session or table to the Trash</source>
      <translation>نقل الفعالية أو الجلسة أو الطاولة المختارة إلى سلة المحذوفات</translation>
    </message>
    <message>
      <source>Delete the event, session or table selected in a list (to the Trash)</source>
      <translation>حذف الفعالية أو الجلسة أو الطاولة المختارة في قائمة (إلى سلة المحذوفات)</translation>
    </message>
    <message>
      <source>Move u&amp;p</source>
      <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table up the list</source>
      <translation>نقل الجلسة المختارة (ضمن يومها) أو الطاولة المواضيعية إلى أعلى القائمة</translation>
    </message>
    <message>
      <source>Move up: the item being typed, or the session or table selected in a list</source>
      <translation>نقل لأعلى: البند الجاري كتابته، أو الجلسة أو الطاولة المختارة في قائمة</translation>
    </message>
    <message>
      <source>Move do&amp;wn</source>
      <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
      <source>Move the selected session (within its day) or marketplace table down the list</source>
      <translation>نقل الجلسة المختارة (ضمن يومها) أو الطاولة المواضيعية إلى أسفل القائمة</translation>
    </message>
    <message>
      <source>Move down: the item being typed, or the session or table selected in a list</source>
      <translation>نقل لأسفل: البند الجاري كتابته، أو الجلسة أو الطاولة المختارة في قائمة</translation>
    </message>
    <message>
      <source>Add key &amp;outcome</source>
      <translation>إضافة &amp;نتيجة رئيسية</translation>
    </message>
    <message>
      <source>Add a key outcome to the record in the editor</source>
      <translation>إضافة نتيجة رئيسية إلى السجل المفتوح في المحرر</translation>
    </message>
    <message>
      <source>Add &amp;next step</source>
      <translation>إضافة &amp;خطوة تالية</translation>
    </message>
    <message>
      <source>Add a next step to the record in the editor</source>
      <translation>إضافة خطوة تالية إلى السجل المفتوح في المحرر</translation>
    </message>
    <message>
      <source>Add &amp;idea</source>
      <translation>إضافة &amp;فكرة</translation>
    </message>
    <message>
      <source>Add an idea to the marketplace table in the editor</source>
      <translation>إضافة فكرة إلى الطاولة المواضيعية المفتوحة في المحرر</translation>
    </message>
    <message>
      <source>&amp;Filter events</source>
      <translation>&amp;تصفية الفعاليات</translation>
    </message>
    <message>
      <source>Filter the events by title, host or place</source>
      <translation>تصفية الفعاليات حسب العنوان أو الجهة المضيفة أو المكان</translation>
    </message>
    <message>
      <source>Go to &amp;events</source>
      <translation>الانتقال إلى ال&amp;فعاليات</translation>
    </message>
    <message>
      <source>Go to &amp;sessions</source>
      <translation>الانتقال إلى ال&amp;جلسات</translation>
    </message>
    <message>
      <source>Go to marketplace &amp;tables</source>
      <translation>الانتقال إلى ال&amp;طاولات المواضيعية</translation>
    </message>
    <message>
      <source>Go to e&amp;ditor</source>
      <translation>الانتقال إلى ال&amp;محرر</translation>
    </message>
    <message>
      <source>T&amp;rash</source>
      <translation>&amp;سلة المحذوفات</translation>
    </message>
    <message>
      <source>Show deleted records and restore them</source>
      <translation>عرض السجلات المحذوفة واسترجاعها</translation>
    </message>
    <message>
      <source>&amp;Next steps</source>
      <translation>ال&amp;خطوات التالية</translation>
    </message>
    <message>
      <source>Every next step of every event: filter them, close them, export them</source>
      <translation>كل الخطوات التالية لكل الفعاليات: تصفيتها وإغلاقها وتصديرها</translation>
    </message>
    <message>
      <source>Needs re&amp;view</source>
      <translation>بحاجة إلى &amp;مراجعة</translation>
    </message>
    <message>
      <source>Records where laptops disagreed: choose which value to keep</source>
      <translation>سجلات اختلفت فيها الحواسيب: اختر القيمة التي تُبقى</translation>
    </message>
    <message>
      <source>Session &amp;clock</source>
      <translation>&amp;ساعة الجلسة</translation>
    </message>
    <message>
      <source>Show the time since the selected session started</source>
      <translation>عرض الوقت المنقضي منذ بدء الجلسة المختارة</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>List every keyboard shortcut</source>
      <translation>عرض جميع اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;About CMCoord Desktop</source>
      <translation>&amp;حول CMCoord Desktop</translation>
    </message>
    <message>
      <source>Version, data folder, log file and licences</source>
      <translation>الإصدار ومجلد البيانات وملف السجل والتراخيص</translation>
    </message>
    <message>
      <source>The next item, right after this one (in an item, or a next step's owner or due date)</source>
      <translation>البند التالي، بعد هذا البند مباشرة (في بند، أو في مسؤول خطوة تالية أو تاريخ استحقاقها)</translation>
    </message>
    <message>
      <source>A line break inside the item</source>
      <translation>سطر جديد داخل البند</translation>
    </message>
    <message>
      <source>Delete the empty item and go back up</source>
      <translation>حذف البند الفارغ والعودة إلى أعلى</translation>
    </message>
    <message>
      <source>Delete the item</source>
      <translation>حذف البند</translation>
    </message>
    <message>
      <source>The next field (a next step's text, owner, due date, status)</source>
      <translation>الحقل التالي (نص الخطوة التالية ومسؤولها وتاريخ استحقاقها وحالتها)</translation>
    </message>
    <message>
      <source>The previous field</source>
      <translation>الحقل السابق</translation>
    </message>
    <message>
      <source>Paste a slide image into the session's presentation</source>
      <translation>لصق صورة شريحة في العرض التقديمي للجلسة</translation>
    </message>
  </context>
  <context>
    <name>AttachmentStrip</name>
    <message>
      <source>Slides (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;All files (*)</source>
      <translation>الشرائح (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>That file is not an image or a PDF, so it was not added</source>
      <translation>هذا الملف ليس صورة ولا ملف PDF، لذا لم يُضف</translation>
    </message>
    <message>
      <source>Caption, e.g. the slide's title</source>
      <translation>التعليق، مثل عنوان الشريحة</translation>
    </message>
    <message>
      <source>Remove this slide (Undo brings it back)</source>
      <translation>إزالة هذه الشريحة (التراجع يعيدها)</translation>
    </message>
    <message>
      <source>Slide removed</source>
      <translation>أُزيلت الشريحة</translation>
    </message>
    <message>
      <source>Slide removed: {file}</source>
      <translation>أُزيلت الشريحة: {file}</translation>
    </message>
    <message>
      <source>Its image was removed from every laptop after it was deleted; the caption is kept.</source>
      <translation>أُزيلت صورتها من جميع الحواسيب المحمولة بعد حذفها؛ واحتُفظ بالتعليق.</translation>
    </message>
    <message>
      <source>Caption of {file}</source>
      <translation>تعليق {file}</translation>
    </message>
    <message>
      <source>Delete presentation: {file}</source>
      <translation>حذف العرض التقديمي: {file}</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>العرض التقديمي</translation>
    </message>
    <message>
      <source>Add a slide image…</source>
      <translation>إضافة صورة شريحة…</translation>
    </message>
    <message>
      <source>or paste one (Ctrl+V), or drop a file here</source>
      <translation>أو الصقها (Ctrl+V)، أو أفلت ملفًا هنا</translation>
    </message>
    <message>
      <source>Add presentation slide</source>
      <translation>إضافة شريحة عرض تقديمي</translation>
    </message>
    <message>
      <source>Could not read {file}: {reason}</source>
      <translation>تعذرت قراءة {file}: {reason}</translation>
    </message>
    <message>
      <source>Choose a presentation slide</source>
      <translation>اختر شريحة العرض التقديمي</translation>
    </message>
    <message>
      <source>Delete slide</source>
      <translation>حذف الشريحة</translation>
    </message>
  </context>
  <context>
    <name>BackgroundRunner</name>
    <message>
      <source>Something went wrong; nothing was lost, and the log has the details.</source>
      <translation>حدث خطأ؛ لم يُفقد شيء، والتفاصيل في السجل.</translation>
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
      <translation>حدث خطأ: {summary}.

بياناتك في أمان: حُفظ كل تعديل لحظة إجرائه. يواصل CMCoord Desktop العمل؛ وإذا بدا شيء غير سليم، فأغلقه ثم افتحه من جديد.

التفاصيل في ملف السجل:
{log}
يرجى إرسال هذا الملف مع بضع كلمات عمّا كنت تفعله.</translation>
    </message>
    <message>
      <source>Something went wrong: {summary}.

Your data is safe: every edit was saved the moment you made it. CMCoord Desktop keeps running; if something looks wrong, close it and open it again.

The details could not be written to a log file.</source>
      <translation>حدث خطأ: {summary}.

بياناتك في أمان: حُفظ كل تعديل لحظة إجرائه. يواصل CMCoord Desktop العمل؛ وإذا بدا شيء غير سليم، فأغلقه ثم افتحه من جديد.

تعذرت كتابة التفاصيل في ملف سجل.</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not open its data folder {folder}: {reason}.

Nothing in the folder was deleted. Keep a copy of the folder before trying anything else, and ask for help with it.</source>
      <translation>تعذر على CMCoord Desktop فتح مجلد بياناته {folder}: {reason}.

لم يُحذف شيء من المجلد. احتفظ بنسخة من المجلد قبل أي محاولة أخرى، واطلب المساعدة بشأنه.</translation>
    </message>
    <message>
      <source>The details are in the log file:
{log}</source>
      <translation>التفاصيل في ملف السجل:
{log}</translation>
    </message>
    <message>
      <source>CMCoord Desktop could not start</source>
      <translation>تعذر بدء تشغيل CMCoord Desktop</translation>
    </message>
    <message>
      <source>CMCoord Desktop: unexpected error</source>
      <translation>CMCoord Desktop: خطأ غير متوقع</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <source>Sync</source>
      <translation>مزامنة</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>متابعة</translation>
    </message>
  </context>
  <context>
    <name>DueDelegate</name>
    <message>
      <source>Due date</source>
      <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
      <source>e.g. 15 March 2026; empty: no date</source>
      <translation>مثلًا 15 مارس 2026؛ فارغ: بلا تاريخ</translation>
    </message>
    <message>
      <source>Due date not saved: {reason}</source>
      <translation>لم يُحفظ الموعد: {reason}</translation>
    </message>
    <message>
      <source>{doubt} Press Enter again to keep it.</source>
      <translation>{doubt} اضغط Enter مرة أخرى للإبقاء عليه.</translation>
    </message>
  </context>
  <context>
    <name>EventPicker</name>
    <message>
      <source>Events</source>
      <translation>الفعاليات</translation>
    </message>
    <message>
      <source>Events in the summary</source>
      <translation>الفعاليات المدرجة في الموجز</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>فعالية بلا عنوان</translation>
    </message>
    <message>
      <source>Tic&amp;k all</source>
      <translation>ت&amp;حديد الكل</translation>
    </message>
    <message>
      <source>Put every event in the summary</source>
      <translation>إدراج كل الفعاليات في الموجز</translation>
    </message>
    <message>
      <source>&amp;Untick all</source>
      <translation>إلغاء تحديد الك&amp;ل</translation>
    </message>
    <message>
      <source>Take every event out of the summary</source>
      <translation>إزالة كل الفعاليات من الموجز</translation>
    </message>
    <message>
      <source>Upcoming and past as of</source>
      <translation>القادمة والسابقة حتى تاريخ</translation>
    </message>
    <message>
      <source>Events that start after this day are listed as upcoming, the others as past</source>
      <translation>تُدرج الفعاليات التي تبدأ بعد هذا اليوم ضمن الفعاليات القادمة، والبقية ضمن الفعاليات السابقة</translation>
    </message>
    <message>
      <source>Title of the summary</source>
      <translation>عنوان الموجز</translation>
    </message>
    <message>
      <source>As of &amp;date:</source>
      <translation>حتى تا&amp;ريخ:</translation>
    </message>
    <message>
      <source>Summary &amp;title:</source>
      <translation>&amp;عنوان الموجز:</translation>
    </message>
  </context>
  <context>
    <name>EventsPanel</name>
    <message>
      <source>No event matches “{words}”.</source>
      <translation>لا توجد فعالية تطابق «{words}».</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>PDF document (*.pdf)</source>
      <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Web page (for a website or CMS)</source>
      <translation>صفحة ويب (لموقع أو نظام لإدارة المحتوى)</translation>
    </message>
    <message>
      <source>Web page (*.html)</source>
      <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
      <source>Word (for comments and translators)</source>
      <translation>Word (للتعليقات والمترجمين)</translation>
    </message>
    <message>
      <source>Word document (*.docx)</source>
      <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
      <source>Markdown (wikis, repositories)</source>
      <translation>Markdown (مواقع الويكي والمستودعات)</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>E-mail (.eml, to send or forward)</source>
      <translation>بريد إلكتروني (.eml، للإرسال أو لإعادة التوجيه)</translation>
    </message>
    <message>
      <source>E-mail message (*.eml)</source>
      <translation>رسالة بريد إلكتروني (*.eml)</translation>
    </message>
    <message>
      <source>Export summary — {title}</source>
      <translation>تصدير الموجز — {title}</translation>
    </message>
    <message>
      <source>untitled event</source>
      <translation>فعالية بلا عنوان</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>لم يُصدَّر</translation>
    </message>
    <message>
      <source>&amp;All sessions</source>
      <translation>&amp;كل الجلسات</translation>
    </message>
    <message>
      <source>&amp;Chosen sessions:</source>
      <translation>الجلسات ال&amp;مختارة:</translation>
    </message>
    <message>
      <source>(untitled session)</source>
      <translation>(جلسة بلا عنوان)</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>&amp;Marketplace tables</source>
      <translation>ال&amp;طاولات المواضيعية</translation>
    </message>
    <message>
      <source>Presentation &amp;images</source>
      <translation>&amp;صور العروض التقديمية</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;ملاحظات</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>الخيارات</translation>
    </message>
    <message>
      <source>&amp;Paper:</source>
      <translation>ال&amp;ورق:</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
      <source>Choose sessions and options, then Export.</source>
      <translation>اختر الجلسات والخيارات، ثم اضغط تصدير.</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;تصدير…</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;فتح</translation>
    </message>
    <message>
      <source>Open the exported file in the program that shows it</source>
      <translation>فتح الملف المصدَّر في البرنامج الذي يعرضه</translation>
    </message>
    <message>
      <source>Show in fo&amp;lder</source>
      <translation>العرض في ال&amp;مجلد</translation>
    </message>
    <message>
      <source>Open the folder the exported file is in</source>
      <translation>فتح المجلد الذي يحتوي الملف المصدَّر</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>Cop&amp;y as e-mail</source>
      <translation>ن&amp;سخ كبريد إلكتروني</translation>
    </message>
    <message>
      <source>Put the summary on the clipboard, to paste into a new e-mail</source>
      <translation>وضع الموجز في الحافظة للصقه في رسالة بريد إلكتروني جديدة</translation>
    </message>
    <message numerus="yes">
      <source>Export summary — %n event(s)</source>
      <translation>
        <numerusform>تصدير الموجز — لا فعاليات (%n)</numerusform>
        <numerusform>تصدير الموجز — فعالية واحدة (%n)</numerusform>
        <numerusform>تصدير الموجز — فعاليتان (%n)</numerusform>
        <numerusform>تصدير الموجز — %n فعاليات</numerusform>
        <numerusform>تصدير الموجز — %n فعالية</numerusform>
        <numerusform>تصدير الموجز — %n فعالية</numerusform>
      </translation>
    </message>
    <message>
      <source>Tick at least one event to export its summary.</source>
      <translation>حدّد فعالية واحدة على الأقل لتصدير موجزها.</translation>
    </message>
    <message>
      <source>Choose the day, the title and options, then Export.</source>
      <translation>اختر التاريخ والعنوان والخيارات، ثم اضغط تصدير.</translation>
    </message>
    <message>
      <source>Choose at least one session, or All sessions.</source>
      <translation>اختر جلسة واحدة على الأقل، أو كل الجلسات.</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>نُسخ الموجز: الصقه في رسالة بريد إلكتروني جديدة.</translation>
    </message>
    <message>
      <source>Export summary</source>
      <translation>تصدير الموجز</translation>
    </message>
    <message>
      <source>Exporting the summary to {file}…</source>
      <translation>جارٍ تصدير الموجز إلى {file}…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Exported {file}.</source>
      <translation>صُدِّر {file}.</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written.</source>
      <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
    <message>
      <source>The export failed and wrote no file. {message}</source>
      <translation>فشل التصدير ولم يُكتب أي ملف. {message}</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
      <source>No program on this computer opens {file}.</source>
      <translation>لا يوجد في هذا الحاسوب برنامج يفتح {file}.</translation>
    </message>
    <message>
      <source>The folder {folder} did not open.</source>
      <translation>لم يُفتح المجلد {folder}.</translation>
    </message>
    <message>
      <source>{path} is no longer there: export it again.</source>
      <translation>لم يعد {path} موجودًا: صدِّره مرة أخرى.</translation>
    </message>
  </context>
  <context>
    <name>FieldBinding</name>
    <message>
      <source>Not saved yet: kept here, and saved as soon as the data folder can be written.</source>
      <translation>لم يُحفظ بعد: يبقى هنا، ويُحفظ حالما تصبح الكتابة في مجلد البيانات ممكنة.</translation>
    </message>
  </context>
  <context>
    <name>FilterBar</name>
    <message>
      <source>&amp;Status</source>
      <translation>ال&amp;حالة</translation>
    </message>
    <message>
      <source>Status filter</source>
      <translation>تصفية الحالة</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>أي حالة</translation>
    </message>
    <message>
      <source>Still to do</source>
      <translation>لم يُنجز بعد</translation>
    </message>
    <message>
      <source>O&amp;wner</source>
      <translation>ال&amp;مسؤول</translation>
    </message>
    <message>
      <source>Owner filter</source>
      <translation>تصفية المسؤول</translation>
    </message>
    <message>
      <source>E&amp;vent</source>
      <translation>ال&amp;فعالية</translation>
    </message>
    <message>
      <source>Event filter</source>
      <translation>تصفية الفعالية</translation>
    </message>
    <message>
      <source>Se&amp;ries</source>
      <translation>ال&amp;سلسلة</translation>
    </message>
    <message>
      <source>Series filter</source>
      <translation>تصفية السلسلة</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>ال&amp;موعد</translation>
    </message>
    <message>
      <source>Due date filter</source>
      <translation>تصفية الموعد</translation>
    </message>
    <message>
      <source>Any date</source>
      <translation>أي تاريخ</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>متأخرة</translation>
    </message>
    <message>
      <source>This week</source>
      <translation>هذا الأسبوع</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>بلا تاريخ</translation>
    </message>
    <message>
      <source>Words in the next step or owner</source>
      <translation>كلمات في الخطوة التالية أو اسم المسؤول</translation>
    </message>
    <message>
      <source>Words filter</source>
      <translation>تصفية الكلمات</translation>
    </message>
    <message>
      <source>W&amp;ords</source>
      <translation>ال&amp;كلمات</translation>
    </message>
    <message>
      <source>Any owner</source>
      <translation>أي مسؤول</translation>
    </message>
    <message>
      <source>Any event</source>
      <translation>أي فعالية</translation>
    </message>
    <message>
      <source>Any series</source>
      <translation>أي سلسلة</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
  </context>
  <context>
    <name>FilterBox</name>
    <message>
      <source>Filter events (title, host, place)</source>
      <translation>تصفية الفعاليات (العنوان، الجهة المضيفة، المكان)</translation>
    </message>
    <message>
      <source>Filter events</source>
      <translation>تصفية الفعاليات</translation>
    </message>
  </context>
  <context>
    <name>FollowUpController</name>
    <message>
      <source>That record is no longer there (deleted on another laptop?).</source>
      <translation>لم يعد هذا السجل موجودًا (هل حُذف على حاسوب آخر؟).</translation>
    </message>
    <message>
      <source>That record is in the Trash: restore it to open it.</source>
      <translation>هذا السجل في سلة المحذوفات: استعده لفتحه.</translation>
    </message>
    <message>
      <source>The session or event of that record is in the Trash.</source>
      <translation>جلسة هذا السجل أو فعاليته في سلة المحذوفات.</translation>
    </message>
  </context>
  <context>
    <name>ItemList</name>
    <message>
      <source>+ Add key outcome</source>
      <translation>+ إضافة نتيجة رئيسية</translation>
    </message>
    <message>
      <source>+ Add next step</source>
      <translation>+ إضافة خطوة تالية</translation>
    </message>
    <message>
      <source>+ Add idea</source>
      <translation>+ إضافة فكرة</translation>
    </message>
  </context>
  <context>
    <name>ItemRow</name>
    <message>
      <source>Type an outcome, press Enter for the next</source>
      <translation>اكتب نتيجة، واضغط Enter للتالية</translation>
    </message>
    <message>
      <source>Type a next step, press Enter for the next</source>
      <translation>اكتب خطوة تالية، واضغط Enter للتالية</translation>
    </message>
    <message>
      <source>Type an idea, press Enter for the next</source>
      <translation>اكتب فكرة، واضغط Enter للتالية</translation>
    </message>
    <message>
      <source>Delete this key outcome (Alt+Delete)</source>
      <translation>حذف هذه النتيجة الرئيسية (Alt+Delete)</translation>
    </message>
    <message>
      <source>Delete this next step (Alt+Delete)</source>
      <translation>حذف هذه الخطوة التالية (Alt+Delete)</translation>
    </message>
    <message>
      <source>Delete this idea (Alt+Delete)</source>
      <translation>حذف هذه الفكرة (Alt+Delete)</translation>
    </message>
    <message>
      <source>Delete key outcome: {text}</source>
      <translation>حذف النتيجة الرئيسية: {text}</translation>
    </message>
    <message>
      <source>Delete next step: {text}</source>
      <translation>حذف الخطوة التالية: {text}</translation>
    </message>
    <message>
      <source>Delete idea: {text}</source>
      <translation>حذف الفكرة: {text}</translation>
    </message>
    <message>
      <source>Key outcome {number}</source>
      <translation>النتيجة الرئيسية {number}</translation>
    </message>
    <message>
      <source>Next step {number}</source>
      <translation>الخطوة التالية {number}</translation>
    </message>
    <message>
      <source>Idea {number}</source>
      <translation>الفكرة {number}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>مفتوحة</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>قيد التنفيذ</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>منجزة</translation>
    </message>
    <message>
      <source>Drag to reorder (or Alt+Up / Alt+Down)</source>
      <translation>اسحب لإعادة الترتيب (أو Alt+Up / Alt+Down)</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>من يتولى المتابعة</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
      <source>Due date: {message}</source>
      <translation>تاريخ الاستحقاق: {message}</translation>
    </message>
    <message>
      <source>Owner of next step {number}</source>
      <translation>المسؤول عن الخطوة التالية {number}</translation>
    </message>
    <message>
      <source>Due date of next step {number}</source>
      <translation>موعد الخطوة التالية {number}</translation>
    </message>
    <message>
      <source>Status of next step {number}</source>
      <translation>حالة الخطوة التالية {number}</translation>
    </message>
  </context>
  <context>
    <name>KeyboardShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts — {program}</source>
      <translation>اختصارات لوحة المفاتيح — {program}</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>الإجراء</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Typing in the editor</source>
      <translation>الكتابة في المحرر</translation>
    </message>
  </context>
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>الل&amp;غة</translation>
    </message>
    <message>
      <source>&amp;System language</source>
      <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation>لغة قوائم النافذة وأزرارها ورسائلها</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>(demo workshop — a temporary copy)</source>
      <translation>(حلقة العمل التوضيحية — نسخة مؤقتة)</translation>
    </message>
    <message>
      <source>Opening {folder}…</source>
      <translation>جارٍ فتح {folder}…</translation>
    </message>
    <message>
      <source>Opening the demo workshop…</source>
      <translation>جارٍ فتح حلقة العمل التوضيحية…</translation>
    </message>
    <message>
      <source>E&amp;xport this session…</source>
      <translation>&amp;تصدير هذه الجلسة…</translation>
    </message>
  </context>
  <context>
    <name>NextStepsDock</name>
    <message>
      <source>Next steps</source>
      <translation>الخطوات التالية</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>الخطوات التالية لكل الفعاليات</translation>
    </message>
  </context>
  <context>
    <name>NextStepsModel</name>
    <message>
      <source>No date</source>
      <translation>بلا تاريخ</translation>
    </message>
    <message>
      <source>(no text)</source>
      <translation>(بلا نص)</translation>
    </message>
    <message>
      <source>(the event itself)</source>
      <translation>(الفعالية نفسها)</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>خطوة تالية</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>فعالية</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>جلسة</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Overdue: {date}</source>
      <translation>متأخرة: {date}</translation>
    </message>
    <message>
      <source>{place} — carried from {event}</source>
      <translation>{place} — منقولة من {event}</translation>
    </message>
    <message>
      <source>Overdue: due before today and not done.</source>
      <translation>متأخرة: انقضى موعدها ولم تُنجز.</translation>
    </message>
    <message>
      <source>Check: {warning}</source>
      <translation>للتحقق: {warning}</translation>
    </message>
    <message>
      <source>Carried into: {events}</source>
      <translation>نُقلت إلى: {events}</translation>
    </message>
  </context>
  <context>
    <name>NextStepsView</name>
    <message>
      <source>Next steps</source>
      <translation>الخطوات التالية</translation>
    </message>
    <message>
      <source>Next steps of every event</source>
      <translation>الخطوات التالية لكل الفعاليات</translation>
    </message>
    <message>
      <source>What the table shows</source>
      <translation>ما يعرضه الجدول</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>رسالة</translation>
    </message>
    <message>
      <source>Mark &amp;done</source>
      <translation>وضع علامة &amp;منجزة</translation>
    </message>
    <message>
      <source>Mark the current next step done</source>
      <translation>وضع علامة منجزة على الخطوة التالية الحالية</translation>
    </message>
    <message>
      <source>Mark the current next step done (Ctrl+D)</source>
      <translation>وضع علامة منجزة على الخطوة التالية الحالية (Ctrl+D)</translation>
    </message>
    <message>
      <source>&amp;Carry into an event…</source>
      <translation>&amp;ترحيل إلى فعالية…</translation>
    </message>
    <message>
      <source>Carry the current next step into an event</source>
      <translation>ترحيل الخطوة التالية المحددة إلى فعالية</translation>
    </message>
    <message>
      <source>Show the current next step in another event too (Ctrl+Shift+C)</source>
      <translation>عرض الخطوة التالية المحددة في فعالية أخرى أيضاً (Ctrl+Shift+C)</translation>
    </message>
    <message>
      <source>E&amp;xport…</source>
      <translation>ت&amp;صدير…</translation>
    </message>
    <message>
      <source>Export the next steps shown</source>
      <translation>تصدير الخطوات التالية المعروضة</translation>
    </message>
    <message>
      <source>Write the next steps the filter shows as CSV, Excel, calendar or PDF</source>
      <translation>كتابة الخطوات التالية المصفّاة بصيغة CSV أو Excel أو تقويم أو PDF</translation>
    </message>
    <message>
      <source>No next step matches.</source>
      <translation>لا تطابق أي خطوة تالية.</translation>
    </message>
    <message>
      <source>First {count:,} next steps</source>
      <translation>أول {count:,} من الخطوات التالية</translation>
    </message>
    <message>
      <source>1 next step</source>
      <translation>خطوة تالية واحدة</translation>
    </message>
    <message>
      <source>{count:,} next steps</source>
      <translation>الخطوات التالية: {count:,}</translation>
    </message>
    <message>
      <source>{shown:,} of {total:,} next steps (scroll for more)</source>
      <translation>{shown:,} من {total:,} من الخطوات التالية (مرّر لعرض المزيد)</translation>
    </message>
    <message>
      <source>Select a next step first.</source>
      <translation>اختر خطوة تالية أولًا.</translation>
    </message>
  </context>
  <context>
    <name>OwnerDelegate</name>
    <message>
      <source>Owner</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>Who follows up</source>
      <translation>من يتولى المتابعة</translation>
    </message>
  </context>
  <context>
    <name>Panels</name>
    <message>
      <source>No events yet.
Ctrl+Shift+E adds one.</source>
      <translation>لا توجد فعاليات بعد.
Ctrl+Shift+E يضيف فعالية.</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>الفعاليات</translation>
    </message>
    <message>
      <source>Select a session to see its marketplace tables.</source>
      <translation>اختر جلسة لعرض طاولاتها المواضيعية.</translation>
    </message>
    <message>
      <source>No marketplace tables.
Ctrl+Shift+G adds one.</source>
      <translation>لا توجد طاولات مواضيعية.
Ctrl+Shift+G يضيف طاولة.</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>الطاولات المواضيعية</translation>
    </message>
    <message>
      <source>Select an event to see its sessions.</source>
      <translation>اختر فعالية لعرض جلساتها.</translation>
    </message>
    <message>
      <source>No sessions yet.
Ctrl+Shift+S adds one.</source>
      <translation>لا توجد جلسات بعد.
Ctrl+Shift+S يضيف جلسة.</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message numerus="yes">
      <source>%n delegate(s)</source>
      <translation>
        <numerusform>%n مندوب</numerusform>
        <numerusform>مندوب واحد (%n)</numerusform>
        <numerusform>مندوبان (%n)</numerusform>
        <numerusform>%n مندوبين</numerusform>
        <numerusform>%n مندوبًا</numerusform>
        <numerusform>%n مندوب</numerusform>
      </translation>
    </message>
    <message>
      <source>Host: {host}</source>
      <translation>المضيف: {host}</translation>
    </message>
    <message>
      <source>Needs review · {detail}</source>
      <translation>بحاجة إلى مراجعة · {detail}</translation>
    </message>
  </context>
  <context>
    <name>PastEvent</name>
    <message>
      <source>CMCoord records (*.cmcsync *.json);;All files (*)</source>
      <translation>سجلات CMCoord (*.cmcsync *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>From a records file (an export or a shared file)…</source>
      <translation>من ملف سجلات (ملف مصدَّر أو ملف مشترك)…</translation>
    </message>
    <message>
      <source>Which event's sessions and marketplace tables should the new event get?</source>
      <translation>من أي فعالية تُنقل الجلسات والطاولات المواضيعية إلى الفعالية الجديدة؟</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>فعالية جديدة من فعالية سابقة</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
  </context>
  <context>
    <name>RecordActions</name>
    <message>
      <source>New event</source>
      <translation>فعالية جديدة</translation>
    </message>
    <message>
      <source>New event from a past event</source>
      <translation>فعالية جديدة من فعالية سابقة</translation>
    </message>
    <message>
      <source>New event “{title}”: its sessions and tables are copied.</source>
      <translation>فعالية جديدة «{title}»: نُسخت جلساتها وطاولاتها.</translation>
    </message>
    <message>
      <source>Select an event first, or add one with Ctrl+Shift+E.</source>
      <translation>اختر فعالية أولًا، أو أضف واحدة باستخدام Ctrl+Shift+E.</translation>
    </message>
    <message>
      <source>New session</source>
      <translation>جلسة جديدة</translation>
    </message>
    <message>
      <source>Select a session first, or add one with Ctrl+Shift+S.</source>
      <translation>اختر جلسة أولًا، أو أضف واحدة باستخدام Ctrl+Shift+S.</translation>
    </message>
    <message>
      <source>New marketplace table</source>
      <translation>طاولة مواضيعية جديدة</translation>
    </message>
    <message>
      <source>Nothing selected to delete.</source>
      <translation>لم يُحدَّد شيء للحذف.</translation>
    </message>
    <message>
      <source>Select a session or a marketplace table to move; events follow their dates.</source>
      <translation>اختر جلسة أو طاولة مواضيعية لنقلها؛ فالفعاليات تتبع تواريخها.</translation>
    </message>
    <message>
      <source>Sessions follow their date and start time: change those to move it past “{title}”.</source>
      <translation>تتبع الجلسات تاريخها ووقت بدئها: غيّرهما لنقل الجلسة إلى ما بعد «{title}».</translation>
    </message>
    <message>
      <source>Select an event, session or marketplace table first.</source>
      <translation>اختر فعالية أو جلسة أو طاولة مواضيعية أولًا.</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>Select an event, a session or a marketplace table
to capture its outcomes here.</source>
      <translation>اختر فعالية أو جلسة أو طاولة مواضيعية
لتسجيل نتائجها هنا.</translation>
    </message>
    <message>
      <source>This record is in the trash.
Undo (Ctrl+Z) or restore it from the Trash.</source>
      <translation>هذا السجل في سلة المحذوفات.
تراجع (Ctrl+Z) أو استعده من السلة.</translation>
    </message>
  </context>
  <context>
    <name>RecordForm</name>
    <message>
      <source>Workshop</source>
      <translation>حلقة عمل</translation>
    </message>
    <message>
      <source>Annual meeting</source>
      <translation>اجتماع سنوي</translation>
    </message>
    <message>
      <source>Thematic sessions</source>
      <translation>جلسات مواضيعية</translation>
    </message>
    <message>
      <source>Training programme</source>
      <translation>برنامج تدريبي</translation>
    </message>
    <message>
      <source>Networks and partnerships week</source>
      <translation>أسبوع الشبكات والشراكات</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>مؤتمر</translation>
    </message>
    <message>
      <source>Event · upcoming</source>
      <translation>حدث · مقبل</translation>
    </message>
    <message>
      <source>Event · ongoing</source>
      <translation>حدث · جارٍ</translation>
    </message>
    <message>
      <source>Event · past</source>
      <translation>حدث · سابق</translation>
    </message>
    <message>
      <source>Event title</source>
      <translation>عنوان الحدث</translation>
    </message>
    <message>
      <source>Programme or series, e.g. HNPW</source>
      <translation>البرنامج أو السلسلة، مثل HNPW</translation>
    </message>
    <message>
      <source>Workshop, annual meeting…</source>
      <translation>حلقة عمل، اجتماع سنوي…</translation>
    </message>
    <message>
      <source>Host organisation</source>
      <translation>المنظمة المضيفة</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <source>Online</source>
      <translation>عبر الإنترنت</translation>
    </message>
    <message>
      <source>Platform, e.g. Virtual OSOCC</source>
      <translation>المنصة، مثل Virtual OSOCC</translation>
    </message>
    <message>
      <source>Dates</source>
      <translation>التواريخ</translation>
    </message>
    <message>
      <source>First day</source>
      <translation>اليوم الأول</translation>
    </message>
    <message>
      <source>to</source>
      <translation>إلى</translation>
    </message>
    <message>
      <source>Last day</source>
      <translation>اليوم الأخير</translation>
    </message>
    <message>
      <source>How many</source>
      <translation>العدد</translation>
    </message>
    <message>
      <source>Summary in</source>
      <translation>الموجز باللغة</translation>
    </message>
    <message>
      <source>What the event is about</source>
      <translation>موضوع الحدث</translation>
    </message>
    <message>
      <source>Topic of the table, e.g. Simulations and exercises</source>
      <translation>موضوع الطاولة، مثل المحاكاة والتمارين</translation>
    </message>
    <message>
      <source>Who hosts this table</source>
      <translation>من يدير هذه الطاولة</translation>
    </message>
    <message>
      <source>Who took part, or how many</source>
      <translation>المشاركون أو عددهم</translation>
    </message>
    <message>
      <source>Marketplace table in {session}</source>
      <translation>طاولة مواضيعية في الجلسة {session}</translation>
    </message>
    <message>
      <source>Marketplace table in an untitled session</source>
      <translation>طاولة مواضيعية في جلسة بلا عنوان</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>طاولة مواضيعية</translation>
    </message>
    <message>
      <source>Panel discussion</source>
      <translation>حلقة نقاش</translation>
    </message>
    <message>
      <source>Group work</source>
      <translation>عمل جماعي</translation>
    </message>
    <message>
      <source>Marketplace</source>
      <translation>طاولات مواضيعية</translation>
    </message>
    <message>
      <source>Plenary</source>
      <translation>جلسة عامة</translation>
    </message>
    <message>
      <source>Thematic session</source>
      <translation>جلسة مواضيعية</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>العرض التقديمي</translation>
    </message>
    <message>
      <source>Simulation exercise</source>
      <translation>تمرين محاكاة</translation>
    </message>
    <message>
      <source>Briefing</source>
      <translation>إحاطة</translation>
    </message>
    <message>
      <source>Session title</source>
      <translation>عنوان الجلسة</translation>
    </message>
    <message>
      <source>When</source>
      <translation>الموعد</translation>
    </message>
    <message>
      <source>Date, e.g. 2017-02-07</source>
      <translation>التاريخ، مثل 2017-02-07</translation>
    </message>
    <message>
      <source>from</source>
      <translation>من</translation>
    </message>
    <message>
      <source>hh:mm</source>
      <translation>سس:دد</translation>
    </message>
    <message>
      <source>Panel discussion, group work…</source>
      <translation>مناقشة، عمل جماعي…</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>فريق المناقشة</translation>
    </message>
    <message>
      <source>Panel members and facilitators</source>
      <translation>أعضاء فريق المناقشة والميسرون</translation>
    </message>
    <message>
      <source>Heading it is grouped under in the summary (optional)</source>
      <translation>العنوان الذي تندرج تحته في الموجز (اختياري)</translation>
    </message>
    <message>
      <source>Anything else worth keeping</source>
      <translation>أي معلومات أخرى جديرة بالحفظ</translation>
    </message>
    <message>
      <source>Session of {event}</source>
      <translation>جلسة من الحدث {event}</translation>
    </message>
    <message>
      <source>Session of an untitled event</source>
      <translation>جلسة من حدث بلا عنوان</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>جلسة</translation>
    </message>
  </context>
  <context>
    <name>RecordForm dates</name>
    <message>
      <source>to</source>
      <translation>إلى</translation>
    </message>
  </context>
  <context>
    <name>RecordSentences</name>
    <message>
      <source>Edit title</source>
      <translation>تعديل العنوان</translation>
    </message>
    <message>
      <source>Edit series</source>
      <translation>تعديل السلسلة</translation>
    </message>
    <message>
      <source>Edit kind</source>
      <translation>تعديل النوع</translation>
    </message>
    <message>
      <source>Edit host</source>
      <translation>تعديل الجهة المضيفة</translation>
    </message>
    <message>
      <source>Edit city</source>
      <translation>تعديل المدينة</translation>
    </message>
    <message>
      <source>Edit country</source>
      <translation>تعديل البلد</translation>
    </message>
    <message>
      <source>Edit online platform</source>
      <translation>تعديل المنصة الإلكترونية</translation>
    </message>
    <message>
      <source>Edit link</source>
      <translation>تعديل الرابط</translation>
    </message>
    <message>
      <source>Edit start date</source>
      <translation>تعديل تاريخ البدء</translation>
    </message>
    <message>
      <source>Edit end date</source>
      <translation>تعديل تاريخ الانتهاء</translation>
    </message>
    <message>
      <source>Edit participants</source>
      <translation>تعديل عدد المشاركين</translation>
    </message>
    <message>
      <source>Edit language</source>
      <translation>تعديل اللغة</translation>
    </message>
    <message>
      <source>Edit description</source>
      <translation>تعديل الوصف</translation>
    </message>
    <message>
      <source>Edit date</source>
      <translation>تعديل التاريخ</translation>
    </message>
    <message>
      <source>Edit start time</source>
      <translation>تعديل وقت البدء</translation>
    </message>
    <message>
      <source>Edit end time</source>
      <translation>تعديل وقت الانتهاء</translation>
    </message>
    <message>
      <source>Edit format</source>
      <translation>تعديل الشكل</translation>
    </message>
    <message>
      <source>Edit delegates</source>
      <translation>تعديل عدد المندوبين</translation>
    </message>
    <message>
      <source>Edit panel members</source>
      <translation>تعديل أعضاء حلقة النقاش</translation>
    </message>
    <message>
      <source>Edit track</source>
      <translation>تعديل المسار</translation>
    </message>
    <message>
      <source>Edit notes</source>
      <translation>تعديل الملاحظات</translation>
    </message>
    <message>
      <source>Edit topic</source>
      <translation>تعديل الموضوع</translation>
    </message>
    <message>
      <source>Edit table host</source>
      <translation>تعديل مضيف الطاولة</translation>
    </message>
    <message>
      <source>Edit owner</source>
      <translation>تعديل المسؤول</translation>
    </message>
    <message>
      <source>Edit due date</source>
      <translation>تعديل تاريخ الاستحقاق</translation>
    </message>
    <message>
      <source>Edit status</source>
      <translation>تعديل الحالة</translation>
    </message>
    <message>
      <source>Edit caption</source>
      <translation>تعديل التعليق</translation>
    </message>
    <message>
      <source>Edit “{field}”</source>
      <translation>تعديل «{field}»</translation>
    </message>
    <message>
      <source>Delete event “{title}”</source>
      <translation>حذف الفعالية «{title}»</translation>
    </message>
    <message>
      <source>Delete session “{title}”</source>
      <translation>حذف الجلسة «{title}»</translation>
    </message>
    <message>
      <source>Delete marketplace table “{title}”</source>
      <translation>حذف الطاولة المواضيعية «{title}»</translation>
    </message>
    <message>
      <source>Delete presentation “{title}”</source>
      <translation>حذف العرض التقديمي «{title}»</translation>
    </message>
    <message>
      <source>Delete key outcome “{title}”</source>
      <translation>حذف النتيجة الرئيسية «{title}»</translation>
    </message>
    <message>
      <source>Delete next step “{title}”</source>
      <translation>حذف الخطوة التالية «{title}»</translation>
    </message>
    <message>
      <source>Delete idea “{title}”</source>
      <translation>حذف الفكرة «{title}»</translation>
    </message>
    <message>
      <source>Delete carried next step “{title}”</source>
      <translation>حذف الخطوة التالية المنقولة «{title}»</translation>
    </message>
    <message>
      <source>Delete item “{title}”</source>
      <translation>حذف البند «{title}»</translation>
    </message>
    <message>
      <source>Restore event “{title}”</source>
      <translation>استعادة الفعالية «{title}»</translation>
    </message>
    <message>
      <source>Restore session “{title}”</source>
      <translation>استعادة الجلسة «{title}»</translation>
    </message>
    <message>
      <source>Restore marketplace table “{title}”</source>
      <translation>استعادة الطاولة المواضيعية «{title}»</translation>
    </message>
    <message>
      <source>Restore presentation “{title}”</source>
      <translation>استعادة العرض التقديمي «{title}»</translation>
    </message>
    <message>
      <source>Restore key outcome “{title}”</source>
      <translation>استعادة النتيجة الرئيسية «{title}»</translation>
    </message>
    <message>
      <source>Restore next step “{title}”</source>
      <translation>استعادة الخطوة التالية «{title}»</translation>
    </message>
    <message>
      <source>Restore idea “{title}”</source>
      <translation>استعادة الفكرة «{title}»</translation>
    </message>
    <message>
      <source>Restore carried next step “{title}”</source>
      <translation>استعادة الخطوة التالية المنقولة «{title}»</translation>
    </message>
    <message>
      <source>Restore item “{title}”</source>
      <translation>استعادة البند «{title}»</translation>
    </message>
    <message>
      <source>Restored event “{title}”.</source>
      <translation>تمت استعادة الفعالية «{title}».</translation>
    </message>
    <message>
      <source>Restored session “{title}”.</source>
      <translation>تمت استعادة الجلسة «{title}».</translation>
    </message>
    <message>
      <source>Restored marketplace table “{title}”.</source>
      <translation>تمت استعادة الطاولة المواضيعية «{title}».</translation>
    </message>
    <message>
      <source>Restored presentation “{title}”.</source>
      <translation>تمت استعادة العرض التقديمي «{title}».</translation>
    </message>
    <message>
      <source>Restored key outcome “{title}”.</source>
      <translation>تمت استعادة النتيجة الرئيسية «{title}».</translation>
    </message>
    <message>
      <source>Restored next step “{title}”.</source>
      <translation>تمت استعادة الخطوة التالية «{title}».</translation>
    </message>
    <message>
      <source>Restored idea “{title}”.</source>
      <translation>تمت استعادة الفكرة «{title}».</translation>
    </message>
    <message>
      <source>Restored carried next step “{title}”.</source>
      <translation>تمت استعادة الخطوة التالية المنقولة «{title}».</translation>
    </message>
    <message>
      <source>Restored item “{title}”.</source>
      <translation>تمت استعادة البند «{title}».</translation>
    </message>
    <message>
      <source>Restored “{title}”; what it belongs to is still in the Trash.</source>
      <translation>تمت استعادة «{title}»؛ والسجل الذي ينتمي إليه لا يزال في سلة المحذوفات.</translation>
    </message>
    <message>
      <source>Moved event “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>نُقلت الفعالية «{title}» إلى سلة المحذوفات (Ctrl+Z للتراجع، Ctrl+Shift+T لعرض السلة).</translation>
    </message>
    <message>
      <source>Moved session “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>نُقلت الجلسة «{title}» إلى سلة المحذوفات (Ctrl+Z للتراجع، Ctrl+Shift+T لعرض السلة).</translation>
    </message>
    <message>
      <source>Moved marketplace table “{title}” to the Trash (Ctrl+Z undoes, Ctrl+Shift+T shows the Trash).</source>
      <translation>نُقلت الطاولة المواضيعية «{title}» إلى سلة المحذوفات (Ctrl+Z للتراجع، Ctrl+Shift+T لعرض السلة).</translation>
    </message>
    <message>
      <source>Move session up</source>
      <translation>نقل الجلسة إلى الأعلى</translation>
    </message>
    <message>
      <source>Move session down</source>
      <translation>نقل الجلسة إلى الأسفل</translation>
    </message>
    <message>
      <source>Move marketplace table up</source>
      <translation>نقل الطاولة المواضيعية إلى الأعلى</translation>
    </message>
    <message>
      <source>Move marketplace table down</source>
      <translation>نقل الطاولة المواضيعية إلى الأسفل</translation>
    </message>
    <message>
      <source>Move key outcome up</source>
      <translation>نقل النتيجة الرئيسية إلى الأعلى</translation>
    </message>
    <message>
      <source>Move key outcome down</source>
      <translation>نقل النتيجة الرئيسية إلى الأسفل</translation>
    </message>
    <message>
      <source>Move key outcome</source>
      <translation>نقل النتيجة الرئيسية</translation>
    </message>
    <message>
      <source>Move next step up</source>
      <translation>نقل الخطوة التالية إلى الأعلى</translation>
    </message>
    <message>
      <source>Move next step down</source>
      <translation>نقل الخطوة التالية إلى الأسفل</translation>
    </message>
    <message>
      <source>Move next step</source>
      <translation>نقل الخطوة التالية</translation>
    </message>
    <message>
      <source>Move idea up</source>
      <translation>نقل الفكرة إلى الأعلى</translation>
    </message>
    <message>
      <source>Move idea down</source>
      <translation>نقل الفكرة إلى الأسفل</translation>
    </message>
    <message>
      <source>Move idea</source>
      <translation>نقل الفكرة</translation>
    </message>
    <message>
      <source>Add key outcome</source>
      <translation>إضافة نتيجة رئيسية</translation>
    </message>
    <message>
      <source>Add next step</source>
      <translation>إضافة خطوة تالية</translation>
    </message>
    <message>
      <source>Add idea</source>
      <translation>إضافة فكرة</translation>
    </message>
    <message>
      <source>Split key outcome</source>
      <translation>تقسيم النتيجة الرئيسية</translation>
    </message>
    <message>
      <source>Split next step</source>
      <translation>تقسيم الخطوة التالية</translation>
    </message>
    <message>
      <source>Split idea</source>
      <translation>تقسيم الفكرة</translation>
    </message>
    <message>
      <source>Edit key outcome</source>
      <translation>تعديل النتيجة الرئيسية</translation>
    </message>
    <message>
      <source>Edit next step</source>
      <translation>تعديل الخطوة التالية</translation>
    </message>
    <message>
      <source>Edit idea</source>
      <translation>تعديل الفكرة</translation>
    </message>
    <message>
      <source>Delete key outcome</source>
      <translation>حذف النتيجة الرئيسية</translation>
    </message>
    <message>
      <source>Delete next step</source>
      <translation>حذف الخطوة التالية</translation>
    </message>
    <message>
      <source>Delete idea</source>
      <translation>حذف الفكرة</translation>
    </message>
    <message>
      <source>Delete empty key outcome</source>
      <translation>حذف النتيجة الرئيسية الفارغة</translation>
    </message>
    <message>
      <source>Delete empty next step</source>
      <translation>حذف الخطوة التالية الفارغة</translation>
    </message>
    <message>
      <source>Delete empty idea</source>
      <translation>حذف الفكرة الفارغة</translation>
    </message>
    <message>
      <source>Set status to open</source>
      <translation>وضع علامة «مفتوحة»</translation>
    </message>
    <message>
      <source>Set status to in progress</source>
      <translation>وضع علامة «قيد التنفيذ»</translation>
    </message>
    <message>
      <source>Set status to done</source>
      <translation>وضع علامة «منجزة»</translation>
    </message>
    <message>
      <source>Set status to dropped</source>
      <translation>وضع علامة «متروكة»</translation>
    </message>
    <message>
      <source>Set next step “{step}” to open</source>
      <translation>وضع علامة «مفتوحة» على الخطوة التالية «{step}»</translation>
    </message>
    <message>
      <source>Set next step “{step}” to in progress</source>
      <translation>وضع علامة «قيد التنفيذ» على الخطوة التالية «{step}»</translation>
    </message>
    <message>
      <source>Set next step “{step}” to done</source>
      <translation>وضع علامة «منجزة» على الخطوة التالية «{step}»</translation>
    </message>
    <message>
      <source>Set next step “{step}” to dropped</source>
      <translation>وضع علامة «متروكة» على الخطوة التالية «{step}»</translation>
    </message>
    <message>
      <source>Set status to “{status}”</source>
      <translation>تعيين الحالة: «{status}»</translation>
    </message>
  </context>
  <context>
    <name>ResultsModel</name>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (في سلة المحذوفات)</translation>
    </message>
    <message>
      <source>{detail}: {before}{match}{after}; matched “{match}”</source>
      <translation>{detail}: {before}{match}{after}؛ المطابق: «{match}»</translation>
    </message>
  </context>
  <context>
    <name>ReviewDock</name>
    <message>
      <source>Keep &amp;this</source>
      <translation>إبقاء &amp;هذه</translation>
    </message>
    <message>
      <source>Keep t&amp;hat</source>
      <translation>إبقاء &amp;تلك</translation>
    </message>
    <message>
      <source>{kind} “{title}” — {problem}</source>
      <translation>{kind} «{title}» — {problem}</translation>
    </message>
    <message>
      <source>edited after it was deleted</source>
      <translation>تعديل بعد الحذف</translation>
    </message>
    <message>
      <source>changed on two laptops</source>
      <translation>تغييرات على حاسوبين</translation>
    </message>
    <message>
      <source>The values to choose from</source>
      <translation>القيم المتاح الاختيار بينها</translation>
    </message>
    <message>
      <source>Needs review</source>
      <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
      <source>Records that need review</source>
      <translation>سجلات بحاجة إلى مراجعة</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) where laptops disagreed</source>
      <translation>
        <numerusform>لا سجلات اختلفت فيها الحواسيب (%n)</numerusform>
        <numerusform>سجل واحد اختلفت فيه الحواسيب (%n)</numerusform>
        <numerusform>سجلان اختلفت فيهما الحواسيب (%n)</numerusform>
        <numerusform>%n سجلات اختلفت فيها الحواسيب</numerusform>
        <numerusform>%n سجلًا اختلفت فيه الحواسيب</numerusform>
        <numerusform>%n سجل اختلفت فيه الحواسيب</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing needs review: every laptop agreed.</source>
      <translation>لا شيء بحاجة إلى مراجعة: اتفقت جميع الحواسيب.</translation>
    </message>
    <message>
      <source>Keep this one</source>
      <translation>إبقاء هذه</translation>
    </message>
    <message>
      <source>Keep this value on every laptop</source>
      <translation>الاحتفاظ بهذه القيمة على جميع الحواسيب</translation>
    </message>
    <message>
      <source>Keep &amp;both (as two items)</source>
      <translation>إبقاء ال&amp;اثنتين (بندين)</translation>
    </message>
    <message>
      <source>Deleted on one laptop, edited on another</source>
      <translation>حُذف على حاسوب وعُدّل على آخر</translation>
    </message>
    <message>
      <source>Deleted by {who}</source>
      <translation>حذف بواسطة {who}</translation>
    </message>
    <message>
      <source>Edited by {who}, which the delete had not seen</source>
      <translation>عُدّل بواسطة {who}، ولم يكن الحذف قد اطّلع على هذا التعديل</translation>
    </message>
    <message>
      <source>&amp;Keep it</source>
      <translation>ا&amp;لاحتفاظ به</translation>
    </message>
    <message>
      <source>&amp;Delete it</source>
      <translation>&amp;حذفه</translation>
    </message>
    <message>
      <source>Keep “{value}” ({field})</source>
      <translation>الاحتفاظ بـ«{value}» ({field})</translation>
    </message>
    <message>
      <source>Keep both values as two items</source>
      <translation>الاحتفاظ بالقيمتين كبندين</translation>
    </message>
    <message>
      <source>Add the other value as an item</source>
      <translation>إضافة القيمة الأخرى كبند</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(فارغ)</translation>
    </message>
    <message>
      <source>laptop {device}</source>
      <translation>الحاسوب {device}</translation>
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
      <translation>يُكتب كل تعديل على القرص لحظة إجرائه: لا شيء يحتاج إلى الحفظ.</translation>
    </message>
    <message>
      <source>All changes are saved as you type</source>
      <translation>تُحفظ جميع التعديلات أثناء الكتابة</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation>حُفظ الساعة {time}</translation>
    </message>
    <message>
      <source>Not saved: the data folder cannot be written</source>
      <translation>لم يُحفظ: تتعذر الكتابة في مجلد البيانات</translation>
    </message>
    <message>
      <source>What you typed stays on screen and is saved as soon as the folder can be written again.</source>
      <translation>يبقى ما كتبته على الشاشة ويُحفظ حالما تصبح الكتابة في المجلد ممكنة من جديد.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>لم يُحفظ</translation>
    </message>
  </context>
  <context>
    <name>SearchDock</name>
    <message>
      <source>Find</source>
      <translation>بحث</translation>
    </message>
    <message>
      <source>Find in every record</source>
      <translation>البحث في كل السجلات</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>Search</source>
      <translation>البحث</translation>
    </message>
    <message>
      <source>Search every record</source>
      <translation>البحث في كل السجلات</translation>
    </message>
    <message>
      <source>Search events, sessions, outcomes, next steps…</source>
      <translation>البحث في الفعاليات والجلسات والنتائج والخطوات التالية…</translation>
    </message>
    <message>
      <source>Search notice</source>
      <translation>تنبيه البحث</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>نتائج البحث</translation>
    </message>
    <message>
      <source>Nothing matches “{typed}”.</source>
      <translation>لا شيء يطابق «{typed}».</translation>
    </message>
    <message>
      <source>The first {count} matches: add words to narrow them.</source>
      <translation>أول {count} من النتائج: أضف كلمات لتضييقها.</translation>
    </message>
  </context>
  <context>
    <name>SessionClock</name>
    <message>
      <source>Window open for {duration}</source>
      <translation>النافذة مفتوحة منذ {duration}</translation>
    </message>
    <message>
      <source>Session starts in {duration} (at {time})</source>
      <translation>تبدأ الجلسة بعد {duration} (الساعة {time})</translation>
    </message>
    <message>
      <source>Session running {duration} (since {time})</source>
      <translation>الجلسة جارية منذ {duration} (منذ {time})</translation>
    </message>
    <message>
      <source>Session clock: time since the selected session started today</source>
      <translation>ساعة الجلسة: الوقت المنقضي منذ بدء الجلسة المختارة اليوم</translation>
    </message>
  </context>
  <context>
    <name>SessionClockWords</name>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · %n min left</source>
      <translation>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · لم يبق وقت (%n دقيقة)</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · بقيت دقيقة واحدة (%n)</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · بقيت دقيقتان (%n)</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · بقيت %n دقائق</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · بقيت %n دقيقة</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · بقيت %n دقيقة</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Session running {duration} (since {time}) · over by %n min</source>
      <translation>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · تجاوزت الوقت بـ %n دقيقة</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · تجاوزت الوقت بدقيقة واحدة (%n)</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · تجاوزت الوقت بدقيقتين (%n)</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · تجاوزت الوقت بـ %n دقائق</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · تجاوزت الوقت بـ %n دقيقة</numerusform>
        <numerusform>الجلسة جارية منذ {duration} (منذ {time}) · تجاوزت الوقت بـ %n دقيقة</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StatusDelegate</name>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
  </context>
  <context>
    <name>StepCarry</name>
    <message>
      <source>There is no other event to carry this next step into.</source>
      <translation>لا توجد فعالية أخرى يمكن ترحيل هذه الخطوة التالية إليها.</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Carry into an event</source>
      <translation>ترحيل إلى فعالية</translation>
    </message>
    <message>
      <source>Show this next step in:</source>
      <translation>عرض هذه الخطوة التالية في:</translation>
    </message>
    <message>
      <source>Carry a next step into “{event}”</source>
      <translation>ترحيل خطوة تالية إلى ”{event}“</translation>
    </message>
    <message>
      <source>Carried into “{event}”.</source>
      <translation>رُحّلت إلى ”{event}“.</translation>
    </message>
  </context>
  <context>
    <name>StepEdits</name>
    <message>
      <source>Open</source>
      <translation>مفتوحة</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>قيد التنفيذ</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>منجزة</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>متروكة</translation>
    </message>
    <message>
      <source>Set the owner of next step “{step}”</source>
      <translation>تعيين المسؤول عن الخطوة التالية «{step}»</translation>
    </message>
    <message>
      <source>Set the due date of next step “{step}”</source>
      <translation>تحديد موعد الخطوة التالية «{step}»</translation>
    </message>
  </context>
  <context>
    <name>StepExport</name>
    <message>
      <source>Spreadsheet, UTF-8 (*.csv)</source>
      <translation>جدول بيانات، UTF-8 (*.csv)</translation>
    </message>
    <message>
      <source>Excel workbook (*.xlsx)</source>
      <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Calendar tasks (*.ics)</source>
      <translation>مهام التقويم (*.ics)</translation>
    </message>
    <message>
      <source>PDF, open next steps per owner (*.pdf)</source>
      <translation>PDF، الخطوات التالية المفتوحة لكل مسؤول (*.pdf)</translation>
    </message>
    <message>
      <source>Export next steps</source>
      <translation>تصدير الخطوات التالية</translation>
    </message>
    <message>
      <source>Not exported: name the file .csv, .xlsx, .ics or .pdf to choose its format.</source>
      <translation>لم يُصدَّر: سمِّ الملف .csv أو .xlsx أو .ics أو .pdf لاختيار صيغته.</translation>
    </message>
    <message>
      <source>Not exported: {file} could not be written ({reason}).</source>
      <translation>لم يُصدَّر: تعذّرت كتابة {file} ({reason}).</translation>
    </message>
    <message>
      <source>Exported {count} next steps to {file}.</source>
      <translation>صُدِّرت {count} من الخطوات التالية إلى {file}.</translation>
    </message>
  </context>
  <context>
    <name>SummaryController</name>
    <message>
      <source>Select an event to export its summary.</source>
      <translation>اختر فعالية لتصدير موجزها.</translation>
    </message>
    <message>
      <source>Select a session to export it.</source>
      <translation>اختر جلسة لتصديرها.</translation>
    </message>
    <message>
      <source>Select an event to copy its summary.</source>
      <translation>اختر فعالية لنسخ موجزها.</translation>
    </message>
    <message>
      <source>Summary copied: paste it into a new e-mail.</source>
      <translation>نُسخ الموجز: الصقه في رسالة بريد إلكتروني جديدة.</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <source>Not synced</source>
      <translation>لم تتم المزامنة</translation>
    </message>
    <message>
      <source>Sync with shared file</source>
      <translation>المزامنة مع الملف المشترك</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead block the shared file. Re-date them to now and rewrite the file?</source>
      <translation>التغييرات التي أُجريت على هذا الحاسوب بينما كانت ساعته متقدمة تحجب الملف المشترك. هل تريد إعادة تأريخها إلى الآن وإعادة كتابة الملف؟</translation>
    </message>
    <message>
      <source>CMCoord shared files (*.cmcsync);;All files (*)</source>
      <translation>ملفات CMCoord المشتركة (*.cmcsync);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>هناك مزامنة جارية بالفعل.</translation>
    </message>
    <message>
      <source>Synced with {file}: {summary} here.</source>
      <translation>تمت المزامنة مع {file}: على هذا الحاسوب {summary}.</translation>
    </message>
    <message numerus="yes">
      <source>Merged %n conflicted copies.</source>
      <translation>
        <numerusform>لم تُدمج أي نسخة متعارضة (%n).</numerusform>
        <numerusform>دُمجت نسخة متعارضة واحدة (%n).</numerusform>
        <numerusform>دُمجت نسختان متعارضتان (%n).</numerusform>
        <numerusform>دُمجت %n نسخ متعارضة.</numerusform>
        <numerusform>دُمجت %n نسخةً متعارضة.</numerusform>
        <numerusform>دُمجت %n نسخة متعارضة.</numerusform>
      </translation>
    </message>
    <message>
      <source>Held back (dated ahead of this laptop's clock): {names}.</source>
      <translation>مؤجَّل (مؤرَّخ بعد ساعة هذا الحاسوب): {names}.</translation>
    </message>
    <message>
      <source>Re-date and rewrite</source>
      <translation>إعادة التأريخ والكتابة</translation>
    </message>
    <message>
      <source>Not synced yet</source>
      <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
      <source>Last synced {time} with {file}</source>
      <translation>آخر مزامنة: {time}، مع {file}</translation>
    </message>
    <message>
      <source>Recent shared &amp;files</source>
      <translation>الملفات المشتركة ال&amp;حديثة</translation>
    </message>
    <message>
      <source>No shared files yet</source>
      <translation>لا توجد ملفات مشتركة بعد</translation>
    </message>
    <message>
      <source>Create “{file}” from this laptop's records?</source>
      <translation>هل تريد إنشاء «{file}» من سجلات هذا الحاسوب؟</translation>
    </message>
    <message>
      <source>Sync with “{file}”?</source>
      <translation>هل تريد المزامنة مع «{file}»؟</translation>
    </message>
    <message>
      <source>This laptop: {summary}</source>
      <translation>هذا الحاسوب: {summary}</translation>
    </message>
    <message>
      <source>The shared file: {summary}</source>
      <translation>الملف المشترك: {summary}</translation>
    </message>
    <message>
      <source>Conflicted copies to merge in: {count}</source>
      <translation>النسخ المتعارضة المطلوب دمجها: {count}</translation>
    </message>
    <message>
      <source>Records with conflicting changes will be listed under View › Needs review.</source>
      <translation>ستُدرج السجلات ذات التغييرات المتعارضة تحت عرض › بحاجة إلى مراجعة.</translation>
    </message>
    <message>
      <source>Careful: {reason}</source>
      <translation>تنبيه: {reason}</translation>
    </message>
    <message>
      <source>Careful: “{file}” holds another workshop (no event in common with this laptop's); syncing merges both workshops.</source>
      <translation>تنبيه: يحتوي «{file}» على حلقة عمل أخرى (لا فعالية مشتركة مع فعاليات هذا الحاسوب)؛ وستدمج المزامنة حلقتي العمل.</translation>
    </message>
    <message>
      <source>Merge both workshops</source>
      <translation>دمج حلقتي العمل</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>حذف ومزامنة</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>مزامنة</translation>
    </message>
  </context>
  <context>
    <name>TeamServerController</name>
    <message>
      <source>Team server</source>
      <translation>خادم الفريق</translation>
    </message>
    <message>
      <source>A sync is already running.</source>
      <translation>هناك مزامنة جارية بالفعل.</translation>
    </message>
    <message>
      <source>Not synced with {server}: {why}</source>
      <translation>لم تتم المزامنة مع {server}: {why}</translation>
    </message>
    <message>
      <source>Sync with a team server</source>
      <translation>المزامنة مع خادم الفريق</translation>
    </message>
    <message>
      <source>Delete and sync</source>
      <translation>حذف ومزامنة</translation>
    </message>
    <message>
      <source>Not synced with {server}</source>
      <translation>لم تتم المزامنة مع {server}</translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) in</source>
      <translation>
        <numerusform>لم يرد أي سجل (%n)</numerusform>
        <numerusform>سجل واحد وارد (%n)</numerusform>
        <numerusform>سجلان واردان (%n)</numerusform>
        <numerusform>%n سجلات واردة</numerusform>
        <numerusform>%n سجلًا واردًا</numerusform>
        <numerusform>%n سجل وارد</numerusform>
      </translation>
    </message>
    <message>
      <source>Online with {server}</source>
      <translation>متصل بـ {server}</translation>
    </message>
    <message>
      <source>Not synced with {server}: this sync would delete most records. Sync by hand to decide.</source>
      <translation>لم تتم المزامنة مع {server}: ستحذف هذه المزامنة معظم السجلات. زامن يدويًا لتقرر.</translation>
    </message>
    <message>
      <source>Synced with {server} at {time}</source>
      <translation>تمت المزامنة مع {server} في {time}</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, none out (this account only reads).</source>
      <translation>تمت المزامنة مع خادم الفريق {server}: {records_in}، ولم يُرسل شيء (هذا الحساب للقراءة فقط).</translation>
    </message>
    <message>
      <source>Synced with the team server {server}: {records_in}, {out} out.</source>
      <translation>تمت المزامنة مع خادم الفريق {server}: {records_in}، والمرسلة: {out}.</translation>
    </message>
    <message>
      <source>{count} to review (View › Needs review).</source>
      <translation>للمراجعة: {count} (عرض › بحاجة إلى مراجعة).</translation>
    </message>
    <message>
      <source>Offline since {time}</source>
      <translation>غير متصل منذ {time}</translation>
    </message>
    <message>
      <source>Last synced with the team server at {time}</source>
      <translation>آخر مزامنة مع خادم الفريق في {time}</translation>
    </message>
    <message>
      <source>Recent team ser&amp;vers</source>
      <translation>خوادم الفريق ال&amp;أخيرة</translation>
    </message>
    <message>
      <source>No team servers yet</source>
      <translation>لا توجد خوادم فريق بعد</translation>
    </message>
  </context>
  <context>
    <name>TeamServerDialog</name>
    <message>
      <source>Sync with a team server</source>
      <translation>المزامنة مع خادم الفريق</translation>
    </message>
    <message>
      <source>&amp;Address of the team server:</source>
      <translation>&amp;عنوان خادم الفريق:</translation>
    </message>
    <message>
      <source>Address of the team server</source>
      <translation>عنوان خادم الفريق</translation>
    </message>
    <message>
      <source>For example postgresql://anna@db.example.org/workshops</source>
      <translation>مثلًا postgresql://anna@db.example.org/workshops</translation>
    </message>
    <message>
      <source>Your IT administrator gives you this address. No password in it: you are asked for the password when the server wants one, and it is kept in the system's keyring.</source>
      <translation>يعطيك مسؤول تكنولوجيا المعلومات هذا العنوان. لا يتضمن كلمة مرور: تُطلب منك عندما يحتاج إليها الخادم، وتُحفظ في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
      <source>Where the address comes from</source>
      <translation>من أين يأتي العنوان</translation>
    </message>
    <message>
      <source>Sync or cancel</source>
      <translation>المزامنة أو الإلغاء</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>مزامنة</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Password for the team server</source>
      <translation>كلمة مرور خادم الفريق</translation>
    </message>
    <message>
      <source>Password of {server}:</source>
      <translation>كلمة مرور {server}:</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>كلمة المرور</translation>
    </message>
  </context>
  <context>
    <name>TeamServerListener</name>
    <message>
      <source>The connection to {server} was lost.</source>
      <translation>انقطع الاتصال بـ {server}.</translation>
    </message>
  </context>
  <context>
    <name>TrashDock</name>
    <message>
      <source>Trash</source>
      <translation>سلة المحذوفات</translation>
    </message>
    <message>
      <source>Deleted records</source>
      <translation>السجلات المحذوفة</translation>
    </message>
    <message>
      <source>&amp;Restore</source>
      <translation>ا&amp;سترجاع</translation>
    </message>
    <message>
      <source>Put the selected record back where it was (Enter)</source>
      <translation>إعادة السجل المختار إلى مكانه (Enter)</translation>
    </message>
    <message numerus="yes">
      <source>%n deleted record(s)</source>
      <translation>
        <numerusform>لا سجلات محذوفة (%n)</numerusform>
        <numerusform>سجل محذوف واحد (%n)</numerusform>
        <numerusform>سجلان محذوفان (%n)</numerusform>
        <numerusform>%n سجلات محذوفة</numerusform>
        <numerusform>%n سجلًا محذوفًا</numerusform>
        <numerusform>%n سجل محذوف</numerusform>
      </translation>
    </message>
    <message>
      <source>The Trash is empty.</source>
      <translation>سلة المحذوفات فارغة.</translation>
    </message>
  </context>
  <context>
    <name>TrashModel</name>
    <message>
      <source>today {time}</source>
      <translation>اليوم {time}</translation>
    </message>
    <message>
      <source>yesterday {time}</source>
      <translation>أمس {time}</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>تاريخ الحذف</translation>
    </message>
  </context>
  <context>
    <name>WelcomePage</name>
    <message>
      <source>Welcome — {program}</source>
      <translation>مرحبًا — {program}</translation>
    </message>
    <message>
      <source>Welcome to {program}</source>
      <translation>مرحبًا بك في {program}</translation>
    </message>
    <message>
      <source>Capture the key outcomes and next steps of a workshop as people speak, export the summary the same day, and merge notes with your co-facilitators. Nothing to save: every edit is kept the moment you make it.</source>
      <translation>سجّل النتائج الرئيسية والخطوات التالية لحلقة العمل أثناء المداخلات، وصدّر الموجز في اليوم نفسه، وادمج ملاحظاتك مع ملاحظات الميسّرين المشاركين. لا حاجة إلى الحفظ: يُحفظ كل تعديل لحظة إجرائه.</translation>
    </message>
    <message>
      <source>Try the demo workshop</source>
      <translation>تجربة حلقة العمل التوضيحية</translation>
    </message>
    <message>
      <source>Open a temporary copy of HNPW 2017 and two other UN-CMCoord events. Your own data folder stays empty.</source>
      <translation>فتح نسخة مؤقتة من HNPW 2017 وفعاليتين أخريين من فعاليات UN-CMCoord. يبقى مجلد بياناتك فارغًا.</translation>
    </message>
    <message>
      <source>Create an event</source>
      <translation>إنشاء فعالية</translation>
    </message>
    <message>
      <source>Start with an empty event, then add its sessions and marketplace tables.</source>
      <translation>ابدأ بفعالية فارغة، ثم أضف جلساتها وطاولاتها المواضيعية.</translation>
    </message>
    <message>
      <source>Create from a copy of a past event…</source>
      <translation>إنشاء من نسخة فعالية سابقة…</translation>
    </message>
    <message>
      <source>Pick last year's records file (an export or a shared file): its sessions and marketplace tables are copied, without outcomes, next steps, ideas, notes or delegates.</source>
      <translation>اختر ملف سجلات العام الماضي (ملف مصدَّر أو ملف مشترك): تُنسخ جلساته وطاولاته المواضيعية دون النتائج والخطوات التالية والأفكار والملاحظات والمندوبين.</translation>
    </message>
    <message>
      <source>Your data folder: {folder}</source>
      <translation>مجلد بياناتك: {folder}</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>CMCoord Desktop is already open</source>
      <translation>CMCoord Desktop مفتوح بالفعل</translation>
    </message>
    <message>
      <source>Install the newer version to open it; nothing was changed.</source>
      <translation>ثبّت الإصدار الأحدث لفتحه؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
      <source>Made by a newer CMCoord Desktop</source>
      <translation>أنشأه إصدار أحدث من CMCoord Desktop</translation>
    </message>
  </context>
  <context>
    <name>carry forward</name>
    <message>
      <source>Only next steps can be carried into another event.</source>
      <translation>لا يمكن نقل سوى الخطوات التالية إلى فعالية أخرى.</translation>
    </message>
    <message>
      <source>That event is in the Trash: restore it first.</source>
      <translation>هذه الفعالية في سلة المحذوفات: استعدها أولاً.</translation>
    </message>
    <message>
      <source>This next step already belongs to that event.</source>
      <translation>هذه الخطوة التالية تنتمي بالفعل إلى تلك الفعالية.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>{text} is not a day written YYYY-MM-DD</source>
      <translation>{text} ليس تاريخاً بالصيغة YYYY-MM-DD</translation>
    </message>
    <message>
      <source>{heading}:</source>
      <translation>{heading}:</translation>
    </message>
    <message>
      <source>usage: </source>
      <translation>الاستخدام: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>الوسيطات الموضعية</translation>
    </message>
    <message>
      <source>options</source>
      <translation>الخيارات</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
      <source>{program}: error: {message}</source>
      <translation>{program}: خطأ: {message}</translation>
    </message>
    <message>
      <source>the following arguments are required: {names}</source>
      <translation>الوسيطات التالية مطلوبة: {names}</translation>
    </message>
    <message>
      <source>unrecognized arguments: {names}</source>
      <translation>وسيطات غير معروفة: {names}</translation>
    </message>
    <message>
      <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
      <translation>الوسيطة {name}: خيار غير صالح: {value} (اختر من بين {choices})</translation>
    </message>
    <message>
      <source>argument {name}: expected one argument</source>
      <translation>الوسيطة {name}: يُتوقع قيمة واحدة</translation>
    </message>
    <message>
      <source>argument {name}: expected at least one argument</source>
      <translation>الوسيطة {name}: يُتوقع قيمة واحدة على الأقل</translation>
    </message>
    <message>
      <source>argument {name}: {message}</source>
      <translation>الوسيطة {name}: {message}</translation>
    </message>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
      <translation>تسجيل نتائج حلقات عمل UN-CMCoord مباشرة، وتصدير موجزات PDF، والمزامنة مع الميسّرين المشاركين عبر ملف مشترك.</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>عرض رقم إصدار البرنامج والخروج</translation>
    </message>
    <message>
      <source>the window's and these messages' language: ar, zh, en, fr, ru or es</source>
      <translation>لغة النافذة وهذه الرسائل: ar أو zh أو en أو fr أو ru أو es</translation>
    </message>
    <message>
      <source>data folder (default: the user's data folder)</source>
      <translation>مجلد البيانات (الافتراضي: مجلد بيانات المستخدم)</translation>
    </message>
    <message>
      <source>work on a fresh copy of the demo workshop, not your data</source>
      <translation>العمل على نسخة جديدة من حلقة العمل التوضيحية، لا على بياناتك</translation>
    </message>
    <message>
      <source>export an event summary (pdf, html, docx, email, md) or all records (json)</source>
      <translation>تصدير موجز فعالية (pdf، html، docx، email، md) أو جميع السجلات (json)</translation>
    </message>
    <message>
      <source>the event's id or exact title; several events make one summary of them all</source>
      <translation>معرّف الفعالية أو عنوانها الدقيق؛ وتُجمع عدة فعاليات في موجز واحد</translation>
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
      <translation>جميع السجلات، بما فيها المحذوفة (json)</translation>
    </message>
    <message>
      <source>the file format to write</source>
      <translation>صيغة الملف المراد كتابته</translation>
    </message>
    <message>
      <source>file to write</source>
      <translation>الملف المراد كتابته</translation>
    </message>
    <message>
      <source>only these sessions (id or title)</source>
      <translation>هذه الجلسات فقط (المعرّف أو العنوان)</translation>
    </message>
    <message>
      <source>pdf: the paper size (default: a4)</source>
      <translation>pdf: مقاس الورق (الافتراضي: a4)</translation>
    </message>
    <message>
      <source>print the sessions' internal notes too</source>
      <translation>طباعة الملاحظات الداخلية للجلسات أيضًا</translation>
    </message>
    <message>
      <source>several events: which are upcoming is decided as of this day (default: today)</source>
      <translation>عدة فعاليات: تُحدَّد الفعاليات المقبلة اعتبارًا من هذا اليوم (الافتراضي: اليوم)</translation>
    </message>
    <message>
      <source>several events: the summary's title (default: UN-CMCoord events)</source>
      <translation>عدة فعاليات: عنوان الموجز (الافتراضي: فعاليات UN-CMCoord)</translation>
    </message>
    <message>
      <source>html: the summary alone, without page or style</source>
      <translation>html: الموجز وحده، دون صفحة أو تنسيق</translation>
    </message>
    <message>
      <source>html: slides as files in a folder beside the page instead of inside it</source>
      <translation>html: الشرائح ملفات في مجلد بجوار الصفحة بدلًا من داخلها</translation>
    </message>
    <message>
      <source>email: attach the summary as a PDF too</source>
      <translation>email: إرفاق الموجز بصيغة PDF أيضًا</translation>
    </message>
    <message>
      <source>merge a records file (a json export) into the data folder</source>
      <translation>دمج ملف سجلات (ملف json مصدَّر) في مجلد البيانات</translation>
    </message>
    <message>
      <source>a records file (json export) or a summary PDF</source>
      <translation>ملف سجلات (تصدير json) أو ملف PDF للملخص</translation>
    </message>
    <message>
      <source>merge with a shared file or a team server (postgresql://…), both ways</source>
      <translation>الدمج مع ملف مشترك أو خادم فريق (postgresql://…) في الاتجاهين</translation>
    </message>
    <message>
      <source>the shared file, or postgresql://USER@HOST/DATABASE</source>
      <translation>الملف المشترك، أو postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
      <source>go ahead even if more than half of the records would be deleted</source>
      <translation>المتابعة حتى لو كان أكثر من نصف السجلات سيُحذف</translation>
    </message>
    <message>
      <source>merge even if the file holds another workshop (no event in common)</source>
      <translation>الدمج حتى لو كان الملف يخص حلقة عمل أخرى (لا فعالية مشتركة)</translation>
    </message>
    <message>
      <source>re-date changes made while this laptop's clock was far ahead, and rewrite FILE</source>
      <translation>تصحيح تواريخ التعديلات التي أُجريت حين كانت ساعة هذا الحاسوب متقدمة كثيرًا، وإعادة كتابة FILE</translation>
    </message>
    <message>
      <source>the shared file to rewrite</source>
      <translation>الملف المشترك المراد إعادة كتابته</translation>
    </message>
    <message>
      <source>set up a team server (PostgreSQL) and its members</source>
      <translation>إعداد خادم فريق (PostgreSQL) وأعضائه</translation>
    </message>
    <message>
      <source>create or upgrade the schema and the two roles</source>
      <translation>إنشاء المخطط والدورين أو ترقيتهما</translation>
    </message>
    <message>
      <source>the server: postgresql://ADMIN@HOST/DATABASE</source>
      <translation>الخادم: postgresql://ADMIN@HOST/DATABASE</translation>
    </message>
    <message>
      <source>after restoring a backup: every laptop reads the whole server again</source>
      <translation>بعد استعادة نسخة احتياطية: يعيد كل حاسوب قراءة الخادم كاملًا</translation>
    </message>
    <message>
      <source>remove superseded versions (every laptop's records stay the same)</source>
      <translation>حذف الإصدارات المستبدلة (تبقى سجلات كل حاسوب كما هي)</translation>
    </message>
    <message>
      <source>create a login account for a member</source>
      <translation>إنشاء حساب دخول لعضو</translation>
    </message>
    <message>
      <source>the member's login name</source>
      <translation>اسم الدخول الخاص بالعضو</translation>
    </message>
    <message>
      <source>may only read</source>
      <translation>قراءة فقط</translation>
    </message>
    <message>
      <source>cmcoord-desktop: stopped.</source>
      <translation>cmcoord-desktop: توقف.</translation>
    </message>
    <message>
      <source>{folder} is a folder: name the file to write in it</source>
      <translation>{folder} مجلد: حدّد الملف المراد كتابته فيه</translation>
    </message>
    <message>
      <source>json exports every record: add --all</source>
      <translation>صيغة json تصدّر جميع السجلات: أضف --all</translation>
    </message>
    <message>
      <source>Wrote {file}</source>
      <translation>كُتب الملف {file}</translation>
    </message>
    <message>
      <source>find any word of any record; one match a line, grouped by event</source>
      <translation>البحث عن أي كلمة في أي سجل؛ نتيجة واحدة في كل سطر، مجمّعة حسب الفعالية</translation>
    </message>
    <message>
      <source>words, "a quoted phrase"; the last word may be a prefix</source>
      <translation>كلمات، "عبارة بين علامتي تنصيص"؛ ويمكن أن تكون الكلمة الأخيرة بادئة</translation>
    </message>
    <message>
      <source>also records in the Trash</source>
      <translation>والسجلات التي في سلة المحذوفات أيضًا</translation>
    </message>
    <message>
      <source>at most this many (200)</source>
      <translation>بحد أقصى هذا العدد (200)</translation>
    </message>
    <message>
      <source>every next step of every event: list them, or write csv, xlsx, ics or pdf</source>
      <translation>كل الخطوات التالية لكل الفعاليات: عرضها في قائمة أو كتابتها بصيغة csv أو xlsx أو ics أو pdf</translation>
    </message>
    <message>
      <source>only these statuses</source>
      <translation>هذه الحالات فقط</translation>
    </message>
    <message>
      <source>only this owner (case and accents ignored)</source>
      <translation>هذا المسؤول فقط (دون مراعاة حالة الأحرف والتشكيل)</translation>
    </message>
    <message>
      <source>only this event (id or exact title), carried ones too</source>
      <translation>هذه الفعالية فقط (المعرّف أو العنوان الدقيق)، بما فيها الخطوات المنقولة</translation>
    </message>
    <message>
      <source>only events of this series</source>
      <translation>فعاليات هذه السلسلة فقط</translation>
    </message>
    <message>
      <source>only overdue, this week, no date</source>
      <translation>المتأخرة فقط، أو هذا الأسبوع، أو بلا تاريخ</translation>
    </message>
    <message>
      <source>only steps whose text or owner has these words</source>
      <translation>الخطوات التي يحتوي نصها أو مسؤولها على هذه الكلمات فقط</translation>
    </message>
    <message>
      <source>file format (pdf: open and in progress by default)</source>
      <translation>صيغة الملف (pdf: المفتوحة وقيد التنفيذ افتراضيًا)</translation>
    </message>
    <message>
      <source>file to write (without it: list them)</source>
      <translation>الملف المراد كتابته (بدونه: عرضها في قائمة)</translation>
    </message>
    <message>
      <source>{kind} (in the Trash)</source>
      <translation>{kind} (في سلة المحذوفات)</translation>
    </message>
    <message>
      <source>No record matches.</source>
      <translation>لا يوجد سجل مطابق.</translation>
    </message>
    <message>
      <source>say where to write the {format} file: add --out FILE</source>
      <translation>حدد مكان كتابة ملف {format}: أضف --out FILE</translation>
    </message>
    <message>
      <source>choose the file format: --format csv, xlsx, ics or pdf</source>
      <translation>اختر صيغة الملف: --format csv أو xlsx أو ics أو pdf</translation>
    </message>
    <message>
      <source>{due} overdue</source>
      <translation>{due} متأخرة</translation>
    </message>
    <message>
      <source>{session} (carried from {event})</source>
      <translation>{session} (منقولة من {event})</translation>
    </message>
  </context>
  <context>
    <name>data folder</name>
    <message>
      <source>Data folder on a network drive</source>
      <translation>مجلد البيانات على محرك أقراص شبكي</translation>
    </message>
    <message>
      <source>The data folder {folder} is on a network drive ({network}). The database must stay on this computer's own disk: a database on a shared drive can be corrupted when the connection drops.

Start CMCoord Desktop with a data folder on a local disk (--data-dir), and share your notes with File › Sync with shared file, which is made for network drives.</source>
      <translation>مجلد البيانات {folder} موجود على محرك أقراص شبكي ({network}). يجب أن تبقى قاعدة البيانات على القرص الخاص بهذا الحاسوب: فقد تتلف قاعدة البيانات الموجودة على محرك مشترك عند انقطاع الاتصال.

شغّل CMCoord Desktop بمجلد بيانات على قرص محلي (--data-dir)، وشارك ملاحظاتك عبر ملف › المزامنة مع الملف المشترك، المصممة لمحركات الأقراص الشبكية.</translation>
    </message>
    <message>
      <source>Data folder is read-only</source>
      <translation>مجلد البيانات للقراءة فقط</translation>
    </message>
    <message>
      <source>CMCoord Desktop cannot write to its data folder {folder} ({reason}). Nothing was changed.

Check that the disk is not write-protected and that you may write to the folder, or start with another data folder (--data-dir).</source>
      <translation>لا يستطيع CMCoord Desktop الكتابة في مجلد بياناته {folder} ({reason}). لم يتغير شيء.

تحقق من أن القرص غير محمي ضد الكتابة وأنه يحق لك الكتابة في المجلد، أو ابدأ بمجلد بيانات آخر (--data-dir).</translation>
    </message>
    <message>
      <source>Disk almost full</source>
      <translation>القرص ممتلئ تقريباً</translation>
    </message>
    <message>
      <source>The disk of the data folder {folder} has only {free} free; CMCoord Desktop needs at least {needed} to save your notes safely. Nothing was changed.

Free some space (empty the recycle bin, move large files away) and start again.</source>
      <translation>لا يتوفر على قرص مجلد البيانات {folder} سوى {free} من المساحة الحرة؛ ويحتاج CMCoord Desktop إلى {needed} على الأقل لحفظ ملاحظاتك بأمان. لم يتغير شيء.

حرّر بعض المساحة (أفرغ سلة المحذوفات، وانقل الملفات الكبيرة) وابدأ من جديد.</translation>
    </message>
    <message>
      <source>a UNC network path</source>
      <translation>مسار شبكي UNC</translation>
    </message>
    <message>
      <source>a mapped network drive</source>
      <translation>محرك أقراص شبكي معيّن</translation>
    </message>
    <message>
      <source>{filesystem} mount at {folder}</source>
      <translation>تركيب {filesystem} على {folder}</translation>
    </message>
    <message>
      <source>{file} cannot be written</source>
      <translation>تتعذر الكتابة في {file}</translation>
    </message>
    <message>
      <source>{count} MB</source>
      <translation>{count} ميغابايت</translation>
    </message>
  </context>
  <context>
    <name>event copy</name>
    <message>
      <source>{title} (copy)</source>
      <translation>{title} (نسخة)</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>cmcoord-desktop: name the event to export (its id or exact title)</source>
      <translation>cmcoord-desktop: حدد الفعالية المراد تصديرها (معرّفها أو عنوانها الدقيق)</translation>
    </message>
    <message>
      <source>--sessions chooses sessions of one event: name only that event</source>
      <translation>يختار --sessions جلسات فعالية واحدة: حدد تلك الفعالية فقط</translation>
    </message>
    <message>
      <source>no event with id or title {reference}</source>
      <translation>لا توجد فعالية بالمعرّف أو العنوان {reference}</translation>
    </message>
    <message>
      <source>no session with id or title {reference} in this event</source>
      <translation>لا توجد في هذه الفعالية جلسة بالمعرّف أو العنوان {reference}</translation>
    </message>
    <message>
      <source>event {event} is in the trash</source>
      <translation>الفعالية {event} في سلة المحذوفات</translation>
    </message>
  </context>
  <context>
    <name>failure</name>
    <message>
      <source>the database file is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>ملف قاعدة البيانات تالف أو ليس قاعدة بيانات CMCoord Desktop؛ لم يتغير شيء: احتفظ بنسخة من المجلد وأرسلها مع السجل عند طلب المساعدة</translation>
    </message>
    <message>
      <source>the database file in {folder} is damaged or is not a CMCoord Desktop database; nothing was changed: keep a copy of the folder and send it with the log when you ask for help</source>
      <translation>ملف قاعدة البيانات في {folder} تالف أو ليس قاعدة بيانات CMCoord Desktop؛ لم يتغير شيء: احتفظ بنسخة من المجلد وأرسلها مع السجل عند طلب المساعدة</translation>
    </message>
    <message>
      <source>a system library the window needs is missing ({error}): install the libraries listed under Set up in the README</source>
      <translation>مكتبة نظام تحتاجها النافذة مفقودة ({error}): ثبّت المكتبات المذكورة تحت Set up في ملف README</translation>
    </message>
    <message>
      <source>the computer ran out of memory: close other programs and try again</source>
      <translation>نفدت ذاكرة الحاسوب: أغلق البرامج الأخرى وحاول مرة أخرى</translation>
    </message>
    <message>
      <source>an unexpected error ({error}); nothing else was changed: please send the log file when you ask for help</source>
      <translation>خطأ غير متوقع ({error})؛ لم يتغير شيء آخر: يُرجى إرسال ملف السجل عند طلب المساعدة</translation>
    </message>
    <message>
      <source>Could not open the window: {reason}</source>
      <translation>تعذر فتح النافذة: {reason}</translation>
    </message>
    <message>
      <source>Could not export: {reason}</source>
      <translation>تعذر التصدير: {reason}</translation>
    </message>
    <message>
      <source>Could not import: {reason}</source>
      <translation>تعذر الاستيراد: {reason}</translation>
    </message>
    <message>
      <source>Could not sync: {reason}</source>
      <translation>تعذرت المزامنة: {reason}</translation>
    </message>
    <message>
      <source>Could not repair the clock: {reason}</source>
      <translation>تعذر إصلاح الساعة: {reason}</translation>
    </message>
    <message>
      <source>Could not search: {reason}</source>
      <translation>تعذر البحث: {reason}</translation>
    </message>
    <message>
      <source>Could not list the next steps: {reason}</source>
      <translation>تعذر سرد الخطوات التالية: {reason}</translation>
    </message>
    <message>
      <source>Could not set up the team server: {reason}</source>
      <translation>تعذر إعداد خادم الفريق: {reason}</translation>
    </message>
    <message>
      <source>Could not {doing}: {reason}</source>
      <translation>تعذر تنفيذ "{doing}": {reason}</translation>
    </message>
    <message>
      <source>{failed}.</source>
      <translation>{failed}.</translation>
    </message>
    <message>
      <source>{failed} (details in {log}).</source>
      <translation>{failed} (التفاصيل في {log}).</translation>
    </message>
  </context>
  <context>
    <name>fields</name>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>السلسلة</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>الجهة المضيفة</translation>
    </message>
    <message>
      <source>City</source>
      <translation>المدينة</translation>
    </message>
    <message>
      <source>Country</source>
      <translation>البلد</translation>
    </message>
    <message>
      <source>Online platform</source>
      <translation>المنصة الإلكترونية</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>الرابط</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>تاريخ البدء</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>محذوف</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <source>Start time</source>
      <translation>وقت البدء</translation>
    </message>
    <message>
      <source>End time</source>
      <translation>وقت الانتهاء</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>الشكل</translation>
    </message>
    <message>
      <source>Delegates</source>
      <translation>المندوبون</translation>
    </message>
    <message>
      <source>Panel members</source>
      <translation>أعضاء حلقة النقاش</translation>
    </message>
    <message>
      <source>Track</source>
      <translation>المسار</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>ملاحظات</translation>
    </message>
    <message>
      <source>Place in the agenda</source>
      <translation>الموضع في جدول الأعمال</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <source>Table host</source>
      <translation>مضيف الطاولة</translation>
    </message>
    <message>
      <source>Place in the session</source>
      <translation>الموضع في الجلسة</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>النص</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>الاستحقاق</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Place in the list</source>
      <translation>الموضع في القائمة</translation>
    </message>
    <message>
      <source>Caption</source>
      <translation>التعليق</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>اسم الملف</translation>
    </message>
    <message>
      <source>File type</source>
      <translation>نوع الملف</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>العرض التقديمي</translation>
    </message>
    <message>
      <source>Place among the presentations</source>
      <translation>الموضع بين العروض التقديمية</translation>
    </message>
    <message>
      <source>Carried from</source>
      <translation>منقول من</translation>
    </message>
  </context>
  <context>
    <name>glyph report</name>
    <message>
      <source>{record}: no font has {characters} ({codes})</source>
      <translation>{record}: لا يوجد خط يحتوي على {characters} ({codes})</translation>
    </message>
    <message>
      <source>event {event}, title</source>
      <translation>الفعالية {event}، العنوان</translation>
    </message>
    <message>
      <source>event {event}, series</source>
      <translation>الفعالية {event}، السلسلة</translation>
    </message>
    <message>
      <source>event {event}, kind</source>
      <translation>الفعالية {event}، النوع</translation>
    </message>
    <message>
      <source>event {event}, host</source>
      <translation>الفعالية {event}، الجهة المضيفة</translation>
    </message>
    <message>
      <source>event {event}, city</source>
      <translation>الفعالية {event}، المدينة</translation>
    </message>
    <message>
      <source>event {event}, country</source>
      <translation>الفعالية {event}، البلد</translation>
    </message>
    <message>
      <source>event {event}, online platform</source>
      <translation>الفعالية {event}، المنصة الإلكترونية</translation>
    </message>
    <message>
      <source>event {event}, description</source>
      <translation>الفعالية {event}، الوصف</translation>
    </message>
    <message>
      <source>session {number} {session}, title</source>
      <translation>الجلسة {number} {session}، العنوان</translation>
    </message>
    <message>
      <source>session {number} {session}, format</source>
      <translation>الجلسة {number} {session}، الشكل</translation>
    </message>
    <message>
      <source>session {number} {session}, panel</source>
      <translation>الجلسة {number} {session}، أعضاء حلقة النقاش</translation>
    </message>
    <message>
      <source>event {event}, key outcome {number}</source>
      <translation>الفعالية {event}، النتيجة الرئيسية {number}</translation>
    </message>
    <message>
      <source>event {event}, next step {number}</source>
      <translation>الفعالية {event}، الخطوة التالية {number}</translation>
    </message>
    <message>
      <source>session {number} {session}, notes</source>
      <translation>الجلسة {number} {session}، الملاحظات</translation>
    </message>
    <message>
      <source>session {number} {session}, key outcome {item}</source>
      <translation>الجلسة {number} {session}، النتيجة الرئيسية {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, next step {item}</source>
      <translation>الجلسة {number} {session}، الخطوة التالية {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, marketplace table {item}</source>
      <translation>الجلسة {number} {session}، الطاولة المواضيعية {item}</translation>
    </message>
    <message>
      <source>session {number} {session}, slide {item} caption</source>
      <translation>الجلسة {number} {session}، تعليق الشريحة {item}</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>{file} is a PDF without CMCoord Desktop records (only summaries exported by version 0.2 or later carry them).</source>
      <translation>{file} ملف PDF لا يحتوي على سجلات CMCoord Desktop (لا تحملها إلا الملخصات المصدَّرة بالإصدار 0.2 أو أحدث).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read ({size} bytes).</source>
      <translation>يحمل {file} سجلات أكبر من أن تُقرأ ({size} بايت).</translation>
    </message>
    <message>
      <source>{file} is a damaged PDF: its records cannot be read ({reason}).</source>
      <translation>{file} ملف PDF تالف: تتعذر قراءة سجلاته ({reason}).</translation>
    </message>
    <message>
      <source>{file} carries records too large to read.</source>
      <translation>يحمل {file} سجلات أكبر من أن تُقرأ.</translation>
    </message>
  </context>
  <context>
    <name>next steps</name>
    <message>
      <source>due {due}, before its session on {starts}</source>
      <translation>موعدها {due}، قبل جلستها في {starts}</translation>
    </message>
    <message>
      <source>due {due}, before its event on {starts}</source>
      <translation>موعدها {due}، قبل فعاليتها في {starts}</translation>
    </message>
    <message>
      <source>owner is {count} characters long</source>
      <translation>يبلغ طول المسؤول {count} حرفاً</translation>
    </message>
  </context>
  <context>
    <name>plurals</name>
    <message numerus="yes">
      <source>Searched the first %n words.</source>
      <translation>
        <numerusform>تم البحث في الكلمات الأولى فقط: %n.</numerusform>
        <numerusform>تم البحث في الكلمات الأولى فقط: %n.</numerusform>
        <numerusform>تم البحث في الكلمات الأولى فقط: %n.</numerusform>
        <numerusform>تم البحث في الكلمات الأولى فقط: %n.</numerusform>
        <numerusform>تم البحث في الكلمات الأولى فقط: %n.</numerusform>
        <numerusform>تم البحث في الكلمات الأولى فقط: %n.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{date} is more than %n years ahead: leave the field again to keep it, or correct it</source>
      <translation>
        <numerusform>{date} بعد أكثر من %n سنة: غادر الحقل مرة أخرى للإبقاء عليه، أو صحّحه</numerusform>
        <numerusform>{date} بعد أكثر من %n سنة: غادر الحقل مرة أخرى للإبقاء عليه، أو صحّحه</numerusform>
        <numerusform>{date} بعد أكثر من %n سنة: غادر الحقل مرة أخرى للإبقاء عليه، أو صحّحه</numerusform>
        <numerusform>{date} بعد أكثر من %n سنوات: غادر الحقل مرة أخرى للإبقاء عليه، أو صحّحه</numerusform>
        <numerusform>{date} بعد أكثر من %n سنة: غادر الحقل مرة أخرى للإبقاء عليه، أو صحّحه</numerusform>
        <numerusform>{date} بعد أكثر من %n سنة: غادر الحقل مرة أخرى للإبقاء عليه، أو صحّحه</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>First %n matches shown; add words or raise --limit.</source>
      <translation>
        <numerusform>عُرضت النتائج المطابقة الأولى فقط: %n؛ أضف كلمات أو ارفع قيمة --limit.</numerusform>
        <numerusform>عُرضت النتائج المطابقة الأولى فقط: %n؛ أضف كلمات أو ارفع قيمة --limit.</numerusform>
        <numerusform>عُرضت النتائج المطابقة الأولى فقط: %n؛ أضف كلمات أو ارفع قيمة --limit.</numerusform>
        <numerusform>عُرضت النتائج المطابقة الأولى فقط: %n؛ أضف كلمات أو ارفع قيمة --limit.</numerusform>
        <numerusform>عُرضت النتائج المطابقة الأولى فقط: %n؛ أضف كلمات أو ارفع قيمة --limit.</numerusform>
        <numerusform>عُرضت النتائج المطابقة الأولى فقط: %n؛ أضف كلمات أو ارفع قيمة --limit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n next steps to {file}</source>
      <translation>
        <numerusform>كُتبت %n خطوة تالية في {file}</numerusform>
        <numerusform>كُتبت %n خطوة تالية في {file}</numerusform>
        <numerusform>كُتبت %n خطوة تالية في {file}</numerusform>
        <numerusform>كُتبت %n خطوات تالية في {file}</numerusform>
        <numerusform>كُتبت %n خطوة تالية في {file}</numerusform>
        <numerusform>كُتبت %n خطوة تالية في {file}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead. Sync with the shared file to pass them on.</source>
      <translation>
        <numerusform>لم يُصحَّح تاريخ أي تعديل (%n) أُجري حين كانت ساعة هذا الحاسوب متقدمة.</numerusform>
        <numerusform>صُحِّح تاريخ تعديل واحد (%n) أُجري حين كانت ساعة هذا الحاسوب متقدمة. زامِن مع الملف المشترك لنقله.</numerusform>
        <numerusform>صُحِّح تاريخ تعديلين (%n) أُجريا حين كانت ساعة هذا الحاسوب متقدمة. زامِن مع الملف المشترك لنقلهما.</numerusform>
        <numerusform>صُحِّحت تواريخ %n تعديلات أُجريت حين كانت ساعة هذا الحاسوب متقدمة. زامِن مع الملف المشترك لنقلها.</numerusform>
        <numerusform>صُحِّحت تواريخ %n تعديلًا أُجريت حين كانت ساعة هذا الحاسوب متقدمة. زامِن مع الملف المشترك لنقلها.</numerusform>
        <numerusform>صُحِّحت تواريخ %n تعديل أُجريت حين كانت ساعة هذا الحاسوب متقدمة. زامِن مع الملف المشترك لنقلها.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Re-dated %n change(s) made while this laptop's clock was ahead; {file} rewritten. Other laptops can sync again.</source>
      <translation>
        <numerusform>لم يُصحَّح تاريخ أي تعديل (%n)؛ أُعيدت كتابة {file}. يمكن للحواسيب الأخرى أن تزامن من جديد.</numerusform>
        <numerusform>صُحِّح تاريخ تعديل واحد (%n) أُجري حين كانت ساعة هذا الحاسوب متقدمة؛ أُعيدت كتابة {file}. يمكن للحواسيب الأخرى أن تزامن من جديد.</numerusform>
        <numerusform>صُحِّح تاريخ تعديلين (%n) أُجريا حين كانت ساعة هذا الحاسوب متقدمة؛ أُعيدت كتابة {file}. يمكن للحواسيب الأخرى أن تزامن من جديد.</numerusform>
        <numerusform>صُحِّحت تواريخ %n تعديلات أُجريت حين كانت ساعة هذا الحاسوب متقدمة؛ أُعيدت كتابة {file}. يمكن للحواسيب الأخرى أن تزامن من جديد.</numerusform>
        <numerusform>صُحِّحت تواريخ %n تعديلًا أُجريت حين كانت ساعة هذا الحاسوب متقدمة؛ أُعيدت كتابة {file}. يمكن للحواسيب الأخرى أن تزامن من جديد.</numerusform>
        <numerusform>صُحِّحت تواريخ %n تعديل أُجريت حين كانت ساعة هذا الحاسوب متقدمة؛ أُعيدت كتابة {file}. يمكن للحواسيب الأخرى أن تزامن من جديد.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Created {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>أُنشئ {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ لم تُدمج أي نسخة متعارضة (%n).</numerusform>
        <numerusform>أُنشئ {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت نسخة متعارضة واحدة (%n).</numerusform>
        <numerusform>أُنشئ {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت نسختان متعارضتان (%n).</numerusform>
        <numerusform>أُنشئ {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت %n نسخ متعارضة.</numerusform>
        <numerusform>أُنشئ {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت %n نسخة متعارضة.</numerusform>
        <numerusform>أُنشئ {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت %n نسخة متعارضة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {file}: this laptop {here}; the file {there}; %n conflicted (copy|copies) merged.</source>
      <translation>
        <numerusform>تمت المزامنة مع {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ لم تُدمج أي نسخة متعارضة (%n).</numerusform>
        <numerusform>تمت المزامنة مع {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت نسخة متعارضة واحدة (%n).</numerusform>
        <numerusform>تمت المزامنة مع {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت نسختان متعارضتان (%n).</numerusform>
        <numerusform>تمت المزامنة مع {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت %n نسخ متعارضة.</numerusform>
        <numerusform>تمت المزامنة مع {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت %n نسخة متعارضة.</numerusform>
        <numerusform>تمت المزامنة مع {file}: هذا الحاسوب: {here}؛ الملف: {there}؛ دُمجت %n نسخة متعارضة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{new} new, {updated} updated, %n conflict(s), {deleted} deleted</source>
      <translation>
        <numerusform>جديدة: {new}، محدَّثة: {updated}، لا تعارضات (%n)، محذوفة: {deleted}</numerusform>
        <numerusform>جديدة: {new}، محدَّثة: {updated}، تعارض واحد (%n)، محذوفة: {deleted}</numerusform>
        <numerusform>جديدة: {new}، محدَّثة: {updated}، تعارضان (%n)، محذوفة: {deleted}</numerusform>
        <numerusform>جديدة: {new}، محدَّثة: {updated}، %n تعارضات، محذوفة: {deleted}</numerusform>
        <numerusform>جديدة: {new}، محدَّثة: {updated}، %n تعارضًا، محذوفة: {deleted}</numerusform>
        <numerusform>جديدة: {new}، محدَّثة: {updated}، %n تعارض، محذوفة: {deleted}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) on this laptop; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجل على هذا الحاسوب؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من سجل واحد (%n) على هذا الحاسوب؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من سجلين (%n) على هذا الحاسوب؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجلات على هذا الحاسوب؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجلًا على هذا الحاسوب؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجل على هذا الحاسوب؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This sync would delete {deleted} of %n record(s) in the shared file; it was held. Confirm to go ahead.</source>
      <translation>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجل في الملف المشترك؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من سجل واحد (%n) في الملف المشترك؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من سجلين (%n) في الملف المشترك؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجلات في الملف المشترك؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجلًا في الملف المشترك؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
        <numerusform>ستحذف هذه المزامنة {deleted} من %n سجل في الملف المشترك؛ عُلِّقت. أكِّد للمتابعة.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Synced with {server}: this laptop {here}; sent %n new version(s) of {records} records.</source>
      <translation>
        <numerusform>تمت المزامنة مع {server}: هذا الحاسوب: {here}؛ لم يُرسل أي إصدار جديد (%n) من {records} سجلًا.</numerusform>
        <numerusform>تمت المزامنة مع {server}: هذا الحاسوب: {here}؛ أُرسل إصدار جديد واحد (%n) من {records} سجلًا.</numerusform>
        <numerusform>تمت المزامنة مع {server}: هذا الحاسوب: {here}؛ أُرسل إصداران جديدان (%n) من {records} سجلًا.</numerusform>
        <numerusform>تمت المزامنة مع {server}: هذا الحاسوب: {here}؛ أُرسلت %n إصدارات جديدة من {records} سجلًا.</numerusform>
        <numerusform>تمت المزامنة مع {server}: هذا الحاسوب: {here}؛ أُرسل %n إصدارًا جديدًا من {records} سجلًا.</numerusform>
        <numerusform>تمت المزامنة مع {server}: هذا الحاسوب: {here}؛ أُرسل %n إصدار جديد من {records} سجلًا.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>record names</name>
    <message>
      <source>Event</source>
      <translation>فعالية</translation>
    </message>
    <message>
      <source>Events</source>
      <translation>الفعاليات</translation>
    </message>
    <message>
      <source>Untitled event</source>
      <translation>فعالية بلا عنوان</translation>
    </message>
    <message>
      <source>Session</source>
      <translation>جلسة</translation>
    </message>
    <message>
      <source>Sessions</source>
      <translation>الجلسات</translation>
    </message>
    <message>
      <source>Untitled session</source>
      <translation>جلسة بلا عنوان</translation>
    </message>
    <message>
      <source>Marketplace table</source>
      <translation>طاولة مواضيعية</translation>
    </message>
    <message>
      <source>Marketplace tables</source>
      <translation>الطاولات المواضيعية</translation>
    </message>
    <message>
      <source>Untitled table</source>
      <translation>طاولة بلا عنوان</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>العرض التقديمي</translation>
    </message>
    <message>
      <source>Presentations</source>
      <translation>العروض التقديمية</translation>
    </message>
    <message>
      <source>(untitled)</source>
      <translation>(بلا عنوان)</translation>
    </message>
    <message>
      <source>Key outcome</source>
      <translation>نتيجة رئيسية</translation>
    </message>
    <message>
      <source>Key outcomes</source>
      <translation>النتائج الرئيسية</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>خطوة تالية</translation>
    </message>
    <message>
      <source>Next steps to implementing solutions</source>
      <translation>الخطوات التالية لتنفيذ الحلول</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>فكرة</translation>
    </message>
    <message>
      <source>Ideas</source>
      <translation>الأفكار</translation>
    </message>
    <message>
      <source>Carried next step</source>
      <translation>خطوة تالية منقولة</translation>
    </message>
    <message>
      <source>Carried next steps</source>
      <translation>الخطوات التالية المنقولة</translation>
    </message>
    <message>
      <source>(carried next step)</source>
      <translation>(خطوة تالية منقولة)</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>بند</translation>
    </message>
    <message>
      <source>Items</source>
      <translation>البنود</translation>
    </message>
    <message>
      <source>Ongoing</source>
      <translation>جارية</translation>
    </message>
    <message>
      <source>Upcoming</source>
      <translation>قادمة</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>سابقة</translation>
    </message>
  </context>
  <context>
    <name>record state</name>
    <message>
      <source>two different values carry the stamp {time} of {device}</source>
      <translation>تحمل قيمتان مختلفتان الطابع الزمني نفسه {time} من {device}</translation>
    </message>
  </context>
  <context>
    <name>search</name>
    <message>
      <source>Searched the first {count} characters.</source>
      <translation>تم البحث في الأحرف الأولى فقط: {count}.</translation>
    </message>
    <message>
      <source>Type letters or numbers to search: symbols alone match nothing.</source>
      <translation>اكتب حروفاً أو أرقاماً للبحث: الرموز وحدها لا تطابق شيئاً.</translation>
    </message>
    <message>
      <source>key outcome</source>
      <translation>نتيجة رئيسية</translation>
    </message>
    <message>
      <source>next step</source>
      <translation>خطوة تالية</translation>
    </message>
    <message>
      <source>idea</source>
      <translation>فكرة</translation>
    </message>
    <message>
      <source>item</source>
      <translation>عنصر</translation>
    </message>
    <message>
      <source>marketplace table</source>
      <translation>طاولة مواضيعية</translation>
    </message>
    <message>
      <source>slide</source>
      <translation>شريحة</translation>
    </message>
    <message>
      <source>event</source>
      <translation>فعالية</translation>
    </message>
    <message>
      <source>session</source>
      <translation>جلسة</translation>
    </message>
    <message>
      <source>panel member</source>
      <translation>عضو حلقة النقاش</translation>
    </message>
    <message>
      <source>session notes</source>
      <translation>ملاحظات الجلسة</translation>
    </message>
    <message>
      <source>table host</source>
      <translation>مضيف الطاولة</translation>
    </message>
    <message>
      <source>table participants</source>
      <translation>المشاركون في الطاولة</translation>
    </message>
    <message>
      <source>next step owner</source>
      <translation>المسؤول عن الخطوة التالية</translation>
    </message>
    <message>
      <source>slide caption</source>
      <translation>تعليق الشريحة</translation>
    </message>
    <message>
      <source>slide file</source>
      <translation>ملف الشريحة</translation>
    </message>
  </context>
  <context>
    <name>shared file</name>
    <message>
      <source>{file} stayed locked by another program (WinError {code}).</source>
      <translation>ظل {file} مقفلاً من قبل برنامج آخر (WinError {code}).</translation>
    </message>
  </context>
  <context>
    <name>spelled date</name>
    <message>
      <source>January</source>
      <translation>يناير</translation>
    </message>
    <message>
      <source>February</source>
      <translation>فبراير</translation>
    </message>
    <message>
      <source>March</source>
      <translation>مارس</translation>
    </message>
    <message>
      <source>April</source>
      <translation>أبريل</translation>
    </message>
    <message>
      <source>May</source>
      <translation>مايو</translation>
    </message>
    <message>
      <source>June</source>
      <translation>يونيو</translation>
    </message>
    <message>
      <source>July</source>
      <translation>يوليو</translation>
    </message>
    <message>
      <source>August</source>
      <translation>أغسطس</translation>
    </message>
    <message>
      <source>September</source>
      <translation>سبتمبر</translation>
    </message>
    <message>
      <source>October</source>
      <translation>أكتوبر</translation>
    </message>
    <message>
      <source>November</source>
      <translation>نوفمبر</translation>
    </message>
    <message>
      <source>December</source>
      <translation>ديسمبر</translation>
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
      <translation>كُتب مجلد البيانات هذا بإصدار أحدث من CMCoord Desktop (المخطط {version}، ولا يعرف هذا البرنامج إلا حتى {known}). يُرجى تحديث البرنامج.</translation>
    </message>
    <message>
      <source>CMCoord Desktop is already open on {folder}. Switch to that window, or close it first.</source>
      <translation>CMCoord Desktop مفتوح بالفعل على {folder}. انتقل إلى تلك النافذة، أو أغلقها أولاً.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk holding it is full. Free some space.</source>
      <translation>لم يُحفظ: تعذر على CMCoord Desktop الكتابة في مجلد بياناتك {folder}: القرص الذي يحتويه ممتلئ. حرّر بعض المساحة.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: the disk reported an error. Check that the drive is still connected.</source>
      <translation>لم يُحفظ: تعذر على CMCoord Desktop الكتابة في مجلد بياناتك {folder}: أبلغ القرص عن خطأ. تحقق من أن محرك الأقراص لا يزال موصولاً.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: it can no longer be written to. Check the folder's permissions.</source>
      <translation>لم يُحفظ: تعذر على CMCoord Desktop الكتابة في مجلد بياناتك {folder}: لم تعد الكتابة فيه ممكنة. تحقق من أذونات المجلد.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file cannot be opened. Check that the drive is connected.</source>
      <translation>لم يُحفظ: تعذر على CMCoord Desktop الكتابة في مجلد بياناتك {folder}: يتعذر فتح ملف قاعدة بياناته. تحقق من أن محرك الأقراص موصول.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database stayed busy too long. Try again in a moment.</source>
      <translation>لم يُحفظ: تعذر على CMCoord Desktop الكتابة في مجلد بياناتك {folder}: ظلت قاعدة بياناته مشغولة مدة طويلة جداً. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
      <source>Not saved: CMCoord Desktop could not write to your data folder {folder}: its database file is damaged. Keep a copy of the folder and ask for help.</source>
      <translation>لم يُحفظ: تعذر على CMCoord Desktop الكتابة في مجلد بياناتك {folder}: ملف قاعدة بياناته تالف. احتفظ بنسخة من المجلد واطلب المساعدة.</translation>
    </message>
    <message>
      <source>There is no CMCoord Desktop data in {folder}: check the folder (--data-dir) and try again.</source>
      <translation>لا توجد بيانات CMCoord Desktop في {folder}: تحقق من المجلد (--data-dir) وحاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The data in {folder} was written by an older CMCoord Desktop: open it once in the window (cmcoord-desktop --data-dir FOLDER), which brings it up to date, then try again.</source>
      <translation>كُتبت البيانات في {folder} بإصدار أقدم من CMCoord Desktop: افتحها مرة واحدة في النافذة (cmcoord-desktop --data-dir FOLDER)، التي تحدّثها، ثم حاول مرة أخرى.</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB an import reads.</source>
      <translation>لم يُكتب: سيبلغ حجم {file} {size} ميبيبايت، أي أكثر من {limit} ميبيبايت التي يقرؤها الاستيراد.</translation>
    </message>
    <message>
      <source>re-dating would change what {id} shows</source>
      <translation>تصحيح التواريخ سيغيّر ما يعرضه {id}</translation>
    </message>
    <message>
      <source>a change dated in the future was not re-dated</source>
      <translation>لم يُصحَّح تاريخ تعديل مؤرَّخ في المستقبل</translation>
    </message>
    <message>
      <source>changes of several laptops are dated in the future: {laptops}</source>
      <translation>تعديلات عدة حواسيب مؤرَّخة في المستقبل: {laptops}</translation>
    </message>
    <message>
      <source>there is no room to re-date these changes before the limit</source>
      <translation>لا متسع لتصحيح تواريخ هذه التعديلات قبل الحد</translation>
    </message>
    <message>
      <source>{file} rewritten with the changes this laptop re-dated earlier. Other laptops can sync again.</source>
      <translation>أُعيدت كتابة {file} بالتعديلات التي صحّح هذا الحاسوب تواريخها سابقًا. يمكن للحواسيب الأخرى أن تزامن من جديد.</translation>
    </message>
    <message>
      <source>Reading {file}</source>
      <translation>جارٍ قراءة {file}</translation>
    </message>
    <message>
      <source>Taking in the shared file</source>
      <translation>جارٍ استيعاب الملف المشترك</translation>
    </message>
    <message>
      <source>Re-dating</source>
      <translation>جارٍ تصحيح التواريخ</translation>
    </message>
    <message>
      <source>{file} changed during the repair ({reason}).</source>
      <translation>تغيّر {file} أثناء الإصلاح ({reason}).</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>تم</translation>
    </message>
    <message>
      <source>The shared file contradicts an earlier repair ({reason}).</source>
      <translation>يتعارض الملف المشترك مع إصلاح سابق ({reason}).</translation>
    </message>
    <message>
      <source>These changes cannot be re-dated exactly ({reason}).</source>
      <translation>لا يمكن تصحيح تواريخ هذه التعديلات بدقة ({reason}).</translation>
    </message>
    <message>
      <source>This laptop's records kept changing during the repair; try again.</source>
      <translation>ظلت سجلات هذا الحاسوب تتغير أثناء الإصلاح؛ حاوِل مرة أخرى.</translation>
    </message>
    <message>
      <source> and </source>
      <translation> و</translation>
    </message>
    <message>
      <source>Changes from {laptops} are dated more than {minutes} minutes ahead of this laptop's clock too. If this laptop's date is behind, correct its date and time first; otherwise re-date them on that laptop first.</source>
      <translation>تعديلات {laptops} مؤرَّخة هي أيضًا بأكثر من {minutes} دقائق قبل ساعة هذا الحاسوب. إن كان تاريخ هذا الحاسوب متأخرًا فصحِّح تاريخه ووقته أولًا؛ وإلا فصحِّح تواريخها على ذلك الحاسوب أولًا.</translation>
    </message>
    <message>
      <source>Correct this laptop's date and time first: every change here is dated more than {minutes} minutes after {when} UTC, so nothing shows that its clock is right now.</source>
      <translation>صحِّح تاريخ هذا الحاسوب ووقته أولًا: كل تعديل هنا مؤرَّخ بأكثر من {minutes} دقائق بعد {when} UTC، فلا شيء يدل على أن ساعته صحيحة الآن.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>لا شيء يحتاج إلى إصلاح: لا يوجد هنا تعديل مؤرَّخ بأكثر من {minutes} دقائق بعد ساعة هذا الحاسوب ({when} UTC). إن كان هذا التاريخ خاطئًا فصحِّحه أولًا.</translation>
    </message>
    <message>
      <source>Nothing to repair: no change here or in {file} is dated more than {minutes} minutes after this laptop's clock ({when} UTC). If that date is wrong, correct it first.</source>
      <translation>لا شيء يحتاج إلى إصلاح: لا يوجد هنا ولا في {file} تعديل مؤرَّخ بأكثر من {minutes} دقائق بعد ساعة هذا الحاسوب ({when} UTC). إن كان هذا التاريخ خاطئًا فصحِّحه أولًا.</translation>
    </message>
    <message>
      <source>cmcoord-desktop: left {file} alone: {reason}</source>
      <translation>cmcoord-desktop: تُرك {file} كما هو: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: held back {file}, the rest synced: {reason}</source>
      <translation>cmcoord-desktop: حُجز {file}، وتمت مزامنة الباقي: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not repaired: {reason}</source>
      <translation>cmcoord-desktop: لم يُصلَح: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason}</source>
      <translation>cmcoord-desktop: لم تتم المزامنة: {reason}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not synced: {reason} (use --allow-deletes)</source>
      <translation>cmcoord-desktop: لم تتم المزامنة: {reason} (استخدم --allow-deletes)</translation>
    </message>
    <message>
      <source>The records in {file}</source>
      <translation>محتوى السجلات في {file}</translation>
    </message>
    <message>
      <source>cmcoord-desktop: not imported: {reason}</source>
      <translation>cmcoord-desktop: لم يُستورد: {reason}</translation>
    </message>
    <message>
      <source>Imported {file}: {new} new, {updated} updated, {conflicts} to review</source>
      <translation>استُورد {file}: جديدة: {new}، محدَّثة: {updated}، للمراجعة: {conflicts}</translation>
    </message>
    <message>
      <source>{name} refers to a slide that is not in {folder} ({slide}…); copy that folder with the file.</source>
      <translation>يشير {name} إلى شريحة غير موجودة في {folder} ({slide}…)؛ انسخ ذلك المجلد مع الملف.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is not a slide file.</source>
      <translation>{name}: الشريحة {slide}… ليست ملف شريحة.</translation>
    </message>
    <message>
      <source>{name}: the slide {slide}… is damaged.</source>
      <translation>{name}: الشريحة {slide}… تالفة.</translation>
    </message>
    <message>
      <source>Record {id} is a {kind} in one copy and a different record in another; one of the copies is damaged.</source>
      <translation>السجل {id} من نوع {kind} في نسخة وسجل مختلف في نسخة أخرى؛ إحدى النسختين تالفة.</translation>
    </message>
    <message>
      <source>Record {id} is damaged in one of the copies: {reason}.</source>
      <translation>السجل {id} تالف في إحدى النسختين: {reason}.</translation>
    </message>
    <message>
      <source>A {kind} ({id}) belongs to a record that is in neither this laptop nor the file; the file is incomplete or damaged.</source>
      <translation>سجل من نوع {kind} ({id}) يتبع سجلًا غير موجود لا في هذا الحاسوب ولا في الملف؛ الملف ناقص أو تالف.</translation>
    </message>
    <message>
      <source>{name} is damaged: its records are not a list.</source>
      <translation>{name} تالف: سجلاته ليست قائمة.</translation>
    </message>
    <message>
      <source>{name} is damaged: a record is not shaped like a record.</source>
      <translation>{name} تالف: أحد السجلات ليس على هيئة سجل.</translation>
    </message>
    <message>
      <source>{name} is damaged: {id} is not a record id.</source>
      <translation>{name} تالف: {id} ليس معرِّف سجل.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} appears twice.</source>
      <translation>{name} تالف: السجل {id} يظهر مرتين.</translation>
    </message>
    <message>
      <source>{name} holds a record of unknown kind {kind}.</source>
      <translation>يحتوي {name} على سجل من نوع غير معروف {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} lacks its parent.</source>
      <translation>{name} تالف: {kind} {id} ينقصه السجل الأصل.</translation>
    </message>
    <message>
      <source>{name} holds an item of unknown kind {kind}.</source>
      <translation>يحتوي {name} على عنصر من نوع غير معروف {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: a parent id is not a valid id.</source>
      <translation>{name} تالف: أحد معرِّفات السجل الأصل غير صالح.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} {id} has no fields.</source>
      <translation>{name} تالف: {kind} {id} بلا حقول.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} field {field} this program does not know.</source>
      <translation>يحتوي {name} على حقل {field} من {kind} لا يعرفه هذا البرنامج.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} are not a short list.</source>
      <translation>{name} تالف: إصدارات الحقل {field} من {kind} ليست قائمة قصيرة.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of a {kind} {field} is malformed.</source>
      <translation>{name} تالف: أحد إصدارات الحقل {field} من {kind} مشوَّه.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} no one could have typed: {problem}. Nothing was changed.</source>
      <translation>يحتوي {name} على حقل {field} من {kind} لا يمكن لأحد أن يكون قد كتبه: {problem}. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of {kind} {field} does not carry its own stamp.</source>
      <translation>{name} تالف: أحد إصدارات الحقل {field} من {kind} لا يحمل طابعه الزمني.</translation>
    </message>
    <message>
      <source>{name} is damaged: a stamp is out of range.</source>
      <translation>{name} تالف: أحد الطوابع الزمنية خارج النطاق.</translation>
    </message>
    <message>
      <source>{name} is damaged: {device} is not a laptop's id.</source>
      <translation>{name} تالف: {device} ليس معرِّف حاسوب.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} that is too large.</source>
      <translation>يحتوي {name} على حقل {field} من {kind} كبير جدًا.</translation>
    </message>
    <message>
      <source>{name} is damaged: {kind} field {field} holds a bad value ({reason}).</source>
      <translation>{name} تالف: الحقل {field} من {kind} يحتوي على قيمة غير صحيحة ({reason}).</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} longer than {limit}.</source>
      <translation>يحتوي {name} على حقل {field} من {kind} أطول من {limit} حرف.</translation>
    </message>
    <message>
      <source>{name} holds a {kind} {field} number out of range.</source>
      <translation>يحتوي {name} على رقم خارج النطاق في الحقل {field} من {kind}.</translation>
    </message>
    <message>
      <source>{name} is damaged: the versions of a {kind} {field} contradict each other.</source>
      <translation>{name} تالف: إصدارات الحقل {field} من {kind} يناقض بعضها بعضًا.</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>حاسوب آخر</translation>
    </message>
    <message>
      <source>{name} holds changes from {laptops} dated up to {when} UTC, more than {minutes} minutes ahead of this laptop's clock: that laptop's clock was ahead when it made them. On that laptop, once its clock is right, File › Sync with shared file… offers to re-date them (or run: cmcoord-desktop repair-clock {name}); then sync here again.</source>
      <translation>يحتوي {name} على تعديلات من {laptops} مؤرَّخة حتى {when} UTC، أي بأكثر من {minutes} دقائق قبل ساعة هذا الحاسوب: كانت ساعة ذلك الحاسوب متقدمة حين أُجريت. على ذلك الحاسوب، بعد ضبط ساعته، يعرض الأمر ملف › المزامنة مع ملف مشترك… تصحيح تواريخها (أو شغِّل: cmcoord-desktop repair-clock {name})؛ ثم زامِن هنا من جديد.</translation>
    </message>
    <message>
      <source>The folder {folder} is not there: is the USB stick or network share connected?</source>
      <translation>المجلد {folder} غير موجود: هل وحدة USB أو المشاركة الشبكية موصولة؟</translation>
    </message>
    <message>
      <source>{file} cannot be read right now ({reason}); nothing was changed. Sync again in a moment.</source>
      <translation>تتعذر قراءة {file} الآن ({reason})؛ لم يتغير شيء. زامِن من جديد بعد لحظات.</translation>
    </message>
    <message>
      <source>Could not write the slides beside {file} ({reason}); this laptop kept everything. Sync again later.</source>
      <translation>تعذرت كتابة الشرائح بجانب {file} ({reason})؛ احتفظ هذا الحاسوب بكل شيء. زامِن من جديد لاحقًا.</translation>
    </message>
    <message>
      <source>Not written: {file} would be {size} MiB, more than the {limit} MiB every laptop reads; nothing in it was replaced. Shorten the longest notes and sync again.</source>
      <translation>لم يُكتب: سيبلغ حجم {file} {size} ميبيبايت، أي أكثر من {limit} ميبيبايت التي يقرؤها كل حاسوب؛ لم يُستبدل فيه شيء. اختصر أطول الملاحظات ثم زامِن من جديد.</translation>
    </message>
    <message>
      <source>Could not make the folder {folder} beside {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>تعذر إنشاء المجلد {folder} بجانب {file} ({reason})؛ احتفظ هذا الحاسوب بكل ما دمجه. زامِن من جديد لاحقًا.</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept everything it merged. Sync again later.</source>
      <translation>تعذرت كتابة {file} ({reason})؛ احتفظ هذا الحاسوب بكل ما دمجه. زامِن من جديد لاحقًا.</translation>
    </message>
    <message>
      <source>{file} in {folder} was replaced by another program right after this laptop wrote it; this laptop kept everything it merged. Sync again.</source>
      <translation>استُبدل {file} في {folder} ببرنامج آخر فور أن كتبه هذا الحاسوب؛ احتفظ هذا الحاسوب بكل ما دمجه. زامِن من جديد.</translation>
    </message>
    <message>
      <source>Writing {file}</source>
      <translation>جارٍ كتابة {file}</translation>
    </message>
    <message>
      <source>Could not write {file} ({reason}); this laptop kept its re-dated changes. Run the repair again later to rewrite the file.</source>
      <translation>تعذرت كتابة {file} ({reason})؛ احتفظ هذا الحاسوب بتعديلاته المصحَّحة التواريخ. أعِد تشغيل الإصلاح لاحقًا لإعادة كتابة الملف.</translation>
    </message>
    <message>
      <source>Checking {file}</source>
      <translation>جارٍ التحقق من {file}</translation>
    </message>
    <message>
      <source>{file} kept changing while other laptops synced; this laptop kept its re-dated changes. Run the repair again in a moment to rewrite the file.</source>
      <translation>ظل {file} يتغير بينما كانت حواسيب أخرى تزامن؛ احتفظ هذا الحاسوب بتعديلاته المصحَّحة التواريخ. أعِد تشغيل الإصلاح بعد لحظات لإعادة كتابة الملف.</translation>
    </message>
    <message>
      <source>The file</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes).</source>
      <translation>{name} كبير جدًا ({size} بايت).</translation>
    </message>
    <message>
      <source>{name} is empty.</source>
      <translation>{name} فارغ.</translation>
    </message>
    <message>
      <source>{name} is damaged: its data is nested too deeply.</source>
      <translation>{name} تالف: بياناته متداخلة إلى عمق مفرط.</translation>
    </message>
    <message>
      <source>{name} is damaged or incomplete ({reason}).</source>
      <translation>{name} تالف أو ناقص ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: it has no {keys}.</source>
      <translation>{name} تالف: ينقصه {keys}.</translation>
    </message>
    <message>
      <source>{name} is damaged: its checksum does not match its contents.</source>
      <translation>{name} تالف: مجموعه الاختباري لا يطابق محتواه.</translation>
    </message>
    <message>
      <source>{name} is damaged: it says {count} records but holds {held}.</source>
      <translation>{name} تالف: يذكر أن فيه {count} سجلًا لكنه يحتوي على {held}.</translation>
    </message>
    <message>
      <source>{name} does not exist.</source>
      <translation>{name} غير موجود.</translation>
    </message>
    <message>
      <source>{name} is a folder, not a records file.</source>
      <translation>{name} مجلد وليس ملف سجلات.</translation>
    </message>
    <message>
      <source>{name} is not a regular file.</source>
      <translation>{name} ليس ملفًا عاديًا.</translation>
    </message>
    <message>
      <source>{name} is too large ({size} bytes; the limit is {limit}).</source>
      <translation>{name} كبير جدًا ({size} بايت؛ الحد {limit}).</translation>
    </message>
    <message>
      <source>{name} is not a CMCoord Desktop records file.</source>
      <translation>{name} ليس ملف سجلات من CMCoord Desktop.</translation>
    </message>
    <message>
      <source>{name} is damaged: its format version is unreadable.</source>
      <translation>{name} تالف: إصدار تنسيقه غير مقروء.</translation>
    </message>
    <message>
      <source>{name} was written by a newer CMCoord Desktop (format {found}; this program reads {reads}.x). Please update the program.</source>
      <translation>كُتب {name} بإصدار أحدث من CMCoord Desktop (التنسيق {found}؛ يقرأ هذا البرنامج {reads}.x). يُرجى تحديث البرنامج.</translation>
    </message>
    <message>
      <source>{name} is in format {found}, which this program cannot read.</source>
      <translation>{name} بالتنسيق {found} الذي لا يستطيع هذا البرنامج قراءته.</translation>
    </message>
    <message>
      <source>{name} is damaged or not ours ({reason}).</source>
      <translation>{name} تالف أو ليس من ملفاتنا ({reason}).</translation>
    </message>
    <message>
      <source>{name} is damaged: the key "{key}" appears twice.</source>
      <translation>{name} تالف: المفتاح "{key}" يظهر مرتين.</translation>
    </message>
    <message>
      <source>{name} was changed by another program (it is not exactly what CMCoord Desktop writes).</source>
      <translation>عُدِّل {name} ببرنامج آخر (ليس مطابقًا تمامًا لما يكتبه CMCoord Desktop).</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {deleted} deleted</source>
      <translation>جديدة: {new}، محدَّثة: {updated}، محذوفة: {deleted}</translation>
    </message>
    <message>
      <source>the records on this laptop changed since the preview</source>
      <translation>تغيرت سجلات هذا الحاسوب منذ المعاينة</translation>
    </message>
    <message>
      <source>{file} changed since the preview</source>
      <translation>تغيّر {file} منذ المعاينة</translation>
    </message>
    <message>
      <source>another laptop's file in the shared place changed since the preview</source>
      <translation>تغيّر ملف حاسوب آخر في الموقع المشترك منذ المعاينة</translation>
    </message>
    <message>
      <source>Merging</source>
      <translation>جارٍ الدمج</translation>
    </message>
    <message>
      <source>{file} holds another workshop (no event in common with this laptop's); nothing was changed. To merge both workshops, sync again and confirm (on the command line: --merge-other-workshop).</source>
      <translation>يحتوي {file} على حلقة عمل أخرى (لا فعالية مشتركة مع حلقة عمل هذا الحاسوب)؛ لم يتغير شيء. لدمج حلقتي العمل، زامِن من جديد وأكِّد (في سطر الأوامر: --merge-other-workshop).</translation>
    </message>
    <message>
      <source>Saving on this laptop</source>
      <translation>جارٍ الحفظ على هذا الحاسوب</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than {minutes} minutes ahead of its clock now; in {file} they would be held back by every other laptop. Re-date them first: File › Sync with shared file… offers it, or run: cmcoord-desktop repair-clock {file}</source>
      <translation>التعديلات التي أُجريت على هذا الحاسوب حين كانت ساعته متقدمة مؤرَّخة حتى {when} UTC، أي بأكثر من {minutes} دقائق قبل ساعته الآن؛ وفي {file} ستحجزها كل الحواسيب الأخرى. صحِّح تواريخها أولًا: يعرض ذلك الأمر ملف › المزامنة مع ملف مشترك…، أو شغِّل: cmcoord-desktop repair-clock {file}</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, and the changes of all {count} other laptops are dated more than {minutes} minutes after that. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>ساعة هذا الحاسوب متأخرة: تشير إلى {now} UTC، وتعديلات الحواسيب الأخرى كلها ({count}) مؤرَّخة بأكثر من {minutes} دقائق بعد ذلك. صحِّح تاريخ هذا الحاسوب ووقته ثم زامِن من جديد؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>This laptop's clock is behind: it says {now} UTC, but changes it already holds are dated up to {newest} UTC. Correct this laptop's date and time, then sync again; nothing was changed.</source>
      <translation>ساعة هذا الحاسوب متأخرة: تشير إلى {now} UTC، لكن تعديلات يحملها بالفعل مؤرَّخة حتى {newest} UTC. صحِّح تاريخ هذا الحاسوب ووقته ثم زامِن من جديد؛ لم يتغير شيء.</translation>
    </message>
  </context>
  <context>
    <name>team_server</name>
    <message>
      <source>That is not a server address; it looks like postgresql://USER@HOST/DATABASE.</source>
      <translation>هذا ليس عنوان خادم؛ شكله postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
      <source>Leave the password out of the server address: the address is remembered and shown. You will be asked for it (and it is kept in the system keyring), or put it in .pgpass.</source>
      <translation>لا تضع كلمة المرور في عنوان الخادم: فالعنوان يُحفظ ويُعرض. ستُطلب منك (وتُحفظ في حلقة مفاتيح النظام)، أو ضعها في .pgpass.</translation>
    </message>
    <message>
      <source>Password for {server}: </source>
      <translation>كلمة المرور لـ {server}: </translation>
    </message>
    <message>
      <source>Set up the team server {server} (schema {schema}).</source>
      <translation>أُعدّ خادم الفريق {server} (المخطط {schema}).</translation>
    </message>
    <message>
      <source>The team server {server} is at schema {schema} (was {was}); roles granted again.</source>
      <translation>خادم الفريق {server} على المخطط {schema} (كان {was})؛ مُنحت الأدوار من جديد.</translation>
    </message>
    <message>
      <source>Removed {versions} superseded versions and {attachments} unused attachments from {server}.</source>
      <translation>حُذف من {server}: إصدارات مستبدلة: {versions}، ومرفقات غير مستخدمة: {attachments}.</translation>
    </message>
    <message>
      <source>Added {name} to {server} as an observer ({group}).</source>
      <translation>أُضيف {name} إلى {server} بصفة مراقب ({group}).</translation>
    </message>
    <message>
      <source>Added {name} to {server} as a member ({group}).</source>
      <translation>أُضيف {name} إلى {server} بصفة عضو ({group}).</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>كلمة مرور جديدة لـ {name}: </translation>
    </message>
    <message>
      <source>Once more: </source>
      <translation>مرة أخرى: </translation>
    </message>
    <message>
      <source>The two passwords differ; nothing was changed.</source>
      <translation>كلمتا المرور مختلفتان؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>{server} asks for a password: run the sync where it can be asked for, or add it to .pgpass.</source>
      <translation>يطلب {server} كلمة مرور: شغِّل المزامنة حيث يمكن طلبها، أو أضفها إلى .pgpass.</translation>
    </message>
    <message>
      <source>The certificate of {host} is made out to another name: this may not be your team server. Nothing was changed; ask its administrator.</source>
      <translation>شهادة {host} صادرة باسم آخر: قد لا يكون هذا خادم فريقك. لم يتغير شيء؛ راجع مديره.</translation>
    </message>
    <message>
      <source>The certificate of {host} cannot be checked: this laptop has no certificate of the authority that signed it (~/.postgresql/root.crt). Nothing was changed; ask the server's administrator for it.</source>
      <translation>تتعذر مراجعة شهادة {host}: لا يملك هذا الحاسوب شهادة الجهة التي وقّعتها (~/.postgresql/root.crt). لم يتغير شيء؛ اطلبها من مدير الخادم.</translation>
    </message>
    <message>
      <source>The certificate of {host} could not be verified: it is not signed by an authority this laptop trusts, or it expired. Nothing was changed; ask its administrator.</source>
      <translation>تعذر التحقق من شهادة {host}: ليست موقّعة من جهة يثق بها هذا الحاسوب، أو انتهت صلاحيتها. لم يتغير شيء؛ راجع مديره.</translation>
    </message>
    <message>
      <source>{host} does not offer an encrypted connection (TLS), so this laptop will not send anything to it. Ask its administrator to turn TLS on.</source>
      <translation>لا يوفر {host} اتصالًا مشفَّرًا (TLS)، لذا لن يرسل إليه هذا الحاسوب شيئًا. اطلب من مديره تفعيل TLS.</translation>
    </message>
    <message>
      <source>The server {server} did not accept the password. Nothing was changed.</source>
      <translation>لم يقبل الخادم {server} كلمة المرور. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The server has no database {database}. Nothing was changed.</source>
      <translation>لا توجد على الخادم قاعدة بيانات {database}. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The server has no account {account}. Nothing was changed.</source>
      <translation>لا يوجد على الخادم حساب {account}. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The server {server} does not let this account in from here. Nothing was changed.</source>
      <translation>لا يسمح الخادم {server} بدخول هذا الحساب من هنا. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>Could not reach the team server {server} ({reason}). This laptop kept everything.</source>
      <translation>تعذر الوصول إلى خادم الفريق {server} ({reason}). احتفظ هذا الحاسوب بكل شيء.</translation>
    </message>
    <message>
      <source>{name} cannot be an account name: use lower-case letters, digits, _ . or -, starting with a letter (at most 63).</source>
      <translation>لا يصلح {name} اسمًا لحساب: استخدم أحرفًا صغيرة وأرقامًا و_ . أو -، مبتدئًا بحرف (63 على الأكثر).</translation>
    </message>
    <message>
      <source>Give the account a password of at least 12 characters.</source>
      <translation>امنح الحساب كلمة مرور من 12 حرفًا على الأقل.</translation>
    </message>
    <message>
      <source>The server already has an account {name}; nothing changed.</source>
      <translation>يوجد على الخادم حساب {name} بالفعل؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} has no readable parent; nothing was changed on this laptop.</source>
      <translation>{name} تالف: ليس للسجل {id} سجل أصل مقروء؛ لم يتغير شيء على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>{name} is damaged: record {id} is stored as two different records; nothing was changed on this laptop.</source>
      <translation>{name} تالف: السجل {id} مخزَّن كسجلين مختلفين؛ لم يتغير شيء على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} has no value; nothing was changed on this laptop.</source>
      <translation>{name} تالف: أحد إصدارات السجل {id} بلا قيمة؛ لم يتغير شيء على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>{name} is damaged: a version of record {id} {field} is unreadable; nothing was changed on this laptop.</source>
      <translation>{name} تالف: أحد إصدارات السجل {id} {field} غير مقروء؛ لم يتغير شيء على هذا الحاسوب.</translation>
    </message>
    <message>
      <source>{database} on {server}</source>
      <translation>{database} على {server}</translation>
    </message>
    <message>
      <source>The database {where} is not set up as a team server. Its administrator sets it up with: cmcoord-desktop server init URL. Nothing was changed.</source>
      <translation>قاعدة البيانات {where} غير مُعدّة خادمَ فريق. يُعدّها مديرها بالأمر: cmcoord-desktop server init URL. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The database {where} holds another program's tables named cmcoord; nothing was changed. Check the address.</source>
      <translation>تحتوي قاعدة البيانات {where} على جداول باسم cmcoord لبرنامج آخر؛ لم يتغير شيء. تحقق من العنوان.</translation>
    </message>
    <message>
      <source>The team server {where} is damaged: no schema version.</source>
      <translation>خادم الفريق {where} تالف: لا يوجد إصدار مخطط.</translation>
    </message>
    <message>
      <source>The team server {where} was set up by a newer CMCoord Desktop (schema {version}, this one knows {known}); update this program. Nothing was changed.</source>
      <translation>أُعدّ خادم الفريق {where} بإصدار أحدث من CMCoord Desktop (المخطط {version}، وهذا الإصدار يعرف {known})؛ حدِّث هذا البرنامج. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The team server {where} needs upgrading to this release's schema: its administrator runs cmcoord-desktop server init URL again. Nothing was changed.</source>
      <translation>يحتاج خادم الفريق {where} إلى الترقية إلى مخطط هذا الإصدار: يعيد مديره تشغيل cmcoord-desktop server init URL. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>This database already has a schema named cmcoord that is not CMCoord Desktop's; nothing was changed. Use another database.</source>
      <translation>في قاعدة البيانات هذه مخطط باسم cmcoord ليس من CMCoord Desktop؛ لم يتغير شيء. استخدم قاعدة بيانات أخرى.</translation>
    </message>
    <message>
      <source>This team server was set up by a newer CMCoord Desktop (schema {version}); update this program first. Nothing was changed.</source>
      <translation>أُعدّ خادم الفريق هذا بإصدار أحدث من CMCoord Desktop (المخطط {version})؛ حدِّث هذا البرنامج أولًا. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The account {account} may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>لا يحق للحساب {account} إعداد خادم الفريق ({reason})؛ استخدم حساب مالك قاعدة البيانات الذي يملك حق إنشاء الأدوار (CREATEROLE). لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The account you used may not set up the team server ({reason}); use the database owner's account with the right to create roles (CREATEROLE). Nothing was changed.</source>
      <translation>لا يحق للحساب المستخدَم إعداد خادم الفريق ({reason})؛ استخدم حساب مالك قاعدة البيانات الذي يملك حق إنشاء الأدوار (CREATEROLE). لم يتغير شيء.</translation>
    </message>
    <message>
      <source>Synced with {server}: this laptop {here}; this account only reads, nothing sent.</source>
      <translation>تمت المزامنة مع {server}: هذا الحاسوب: {here}؛ هذا الحساب للقراءة فقط، لم يُرسل شيء.</translation>
    </message>
    <message>
      <source>Connecting to {server}</source>
      <translation>جارٍ الاتصال بـ {server}</translation>
    </message>
    <message>
      <source>The team server {server}</source>
      <translation>خادم الفريق {server}</translation>
    </message>
    <message>
      <source>Reading what is new</source>
      <translation>جارٍ قراءة الجديد</translation>
    </message>
    <message>
      <source>{name} is damaged: its tables are incomplete. Nothing was changed.</source>
      <translation>{name} تالف: جداوله ناقصة. لم يتغير شيء.</translation>
    </message>
    <message>
      <source>Sending to {server}</source>
      <translation>جارٍ الإرسال إلى {server}</translation>
    </message>
    <message>
      <source>This laptop's id ({device}) is already used on the server by the account {account}: a copied data folder? Nothing was sent.</source>
      <translation>معرِّف هذا الحاسوب ({device}) مستخدَم بالفعل على الخادم من الحساب {account}: هل هو مجلد بيانات منسوخ؟ لم يُرسل شيء.</translation>
    </message>
    <message>
      <source>{server} refused this push: {reason}. Nobody may send changes in another laptop's name; nothing was sent.</source>
      <translation>رفض {server} هذا الإرسال: {reason}. لا يجوز لأحد إرسال تعديلات باسم حاسوب آخر؛ لم يُرسل شيء.</translation>
    </message>
    <message>
      <source>The account {account} may not do that on {server} ({reason}); nothing was sent.</source>
      <translation>لا يحق للحساب {account} فعل ذلك على {server} ({reason})؛ لم يُرسل شيء.</translation>
    </message>
    <message>
      <source>The disk of {server} is full; nothing was sent and this laptop kept everything. Tell the server's administrator, then sync again.</source>
      <translation>قرص {server} ممتلئ؛ لم يُرسل شيء واحتفظ هذا الحاسوب بكل شيء. أبلغ مدير الخادم ثم زامِن من جديد.</translation>
    </message>
    <message>
      <source>The connection to {server} was lost; this laptop kept everything. Sync again in a moment.</source>
      <translation>انقطع الاتصال بـ {server}؛ احتفظ هذا الحاسوب بكل شيء. زامِن من جديد بعد لحظات.</translation>
    </message>
    <message>
      <source>Changes made on this laptop while its clock was ahead are dated up to {when} UTC, more than a day ahead of its clock now; on {server} they would block every other laptop. Re-date them first: cmcoord-desktop repair-clock</source>
      <translation>التعديلات التي أُجريت على هذا الحاسوب حين كانت ساعته متقدمة مؤرَّخة حتى {when} UTC، أي بأكثر من يوم قبل ساعته الآن؛ وعلى {server} ستعطّل كل الحواسيب الأخرى. صحِّح تواريخها أولًا: cmcoord-desktop repair-clock</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A title is needed</source>
      <translation>العنوان مطلوب</translation>
    </message>
    <message>
      <source>A topic is needed</source>
      <translation>الموضوع مطلوب</translation>
    </message>
    <message>
      <source>Type a whole number, like 35</source>
      <translation>اكتب عدداً صحيحاً، مثل 35</translation>
    </message>
    <message>
      <source>A count cannot be below zero</source>
      <translation>لا يمكن أن يكون العدد أقل من صفر</translation>
    </message>
    <message>
      <source>That number is too large for a count</source>
      <translation>هذا الرقم أكبر من أن يكون عدداً</translation>
    </message>
    <message>
      <source>Type a date like 2017-02-06 or 6 Feb 2017</source>
      <translation>اكتب تاريخاً مثل 2017-02-06 أو 6/2/2017</translation>
    </message>
    <message>
      <source>Type a time like 09:30 or 2:30 pm</source>
      <translation>اكتب وقتاً مثل 09:30 أو 14:30</translation>
    </message>
    <message>
      <source>The end date is before the start date</source>
      <translation>تاريخ الانتهاء قبل تاريخ البدء</translation>
    </message>
    <message>
      <source>The start date is after the end date</source>
      <translation>تاريخ البدء بعد تاريخ الانتهاء</translation>
    </message>
    <message>
      <source>The session ends before it starts</source>
      <translation>تنتهي الجلسة قبل أن تبدأ</translation>
    </message>
    <message>
      <source>The session starts after it ends</source>
      <translation>تبدأ الجلسة بعد أن تنتهي</translation>
    </message>
    <message>
      <source>That value cannot be stored here</source>
      <translation>لا يمكن حفظ هذه القيمة هنا</translation>
    </message>
    <message>
      <source>Removed an invisible direction-override character (it would reorder the text around it)</source>
      <translation>أُزيل حرف خفي لتجاوز الاتجاه (كان سيعيد ترتيب النص المحيط به)</translation>
    </message>
    <message>
      <source>Read as {date}</source>
      <translation>قُرئ على أنه {date}</translation>
    </message>
    <message>
      <source>{date} is before 1945: leave the field again to keep it, or correct it</source>
      <translation>{date} قبل عام 1945: غادر الحقل مرة أخرى للإبقاء عليه، أو صحّحه</translation>
    </message>
  </context>
  <context>
    <name>value rules</name>
    <message>
      <source>not a whole number</source>
      <translation>ليس عدداً صحيحاً</translation>
    </message>
    <message>
      <source>a count below zero ({value})</source>
      <translation>عدد أقل من صفر ({value})</translation>
    </message>
    <message>
      <source>a count too large ({value})</source>
      <translation>عدد كبير جداً ({value})</translation>
    </message>
    <message>
      <source>a status not on the list ({value}; the list: open, in progress, done)</source>
      <translation>حالة ليست في القائمة ({value}؛ القائمة: open، in progress، done)</translation>
    </message>
    <message>
      <source>a time that is not HH:MM ({value})</source>
      <translation>وقت ليس بالصيغة HH:MM ({value})</translation>
    </message>
    <message>
      <source>a date that is not YYYY-MM-DD ({value})</source>
      <translation>تاريخ ليس بالصيغة YYYY-MM-DD ({value})</translation>
    </message>
    <message>
      <source>a direction-override character, which would reorder the text around it</source>
      <translation>حرف لتجاوز الاتجاه، كان سيعيد ترتيب النص المحيط به</translation>
    </message>
  </context>
  <context>
    <name>values</name>
    <message>
      <source>not base64: {reason}</source>
      <translation>ليس بترميز base64: {reason}</translation>
    </message>
    <message>
      <source>expected {expected}, got {got}</source>
      <translation>المتوقع {expected}، والمستلم {got}</translation>
    </message>
  </context>
</TS>
