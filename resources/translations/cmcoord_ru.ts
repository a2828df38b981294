<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>EventsPanel</name>
    <message>
      <source>No event matches “{words}”.</source>
      <translation>Нет мероприятий, соответствующих «{words}».</translation>
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
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Язык системы</translation>
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation>Язык меню, кнопок и сообщений окна</translation>
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
    <message>
      <source>Session clock: time since the selected session started today</source>
      <translation>Часы заседания: время с начала выбранного заседания сегодня</translation>
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
    <name>cli</name>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
      <translation>Записывать результаты семинаров UN-CMCoord в ходе работы, экспортировать резюме в PDF и синхронизироваться с коллегами-ведущими через общий файл.</translation>
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
      <source>the event's id or exact title</source>
      <translation>идентификатор или точное название мероприятия</translation>
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
      <translation>все записи, включая удалённые (json)</translation>
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
  </context>
</TS>
