<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
  <context>
    <name>LanguageMenu</name>
    <message>
      <source>&amp;Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>System language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The language of the window's menus, buttons and messages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Capture UN-CMCoord workshop outcomes live, export PDF summaries, and sync with co-facilitators through a shared file.</source>
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
      <source>the event's id or exact title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>every record, tombstones included (json)</source>
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
  </context>
</TS>
