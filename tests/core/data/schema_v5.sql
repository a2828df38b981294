-- A database made by the previous release (schema version 5: the search index without
-- each record's rowid), with a little data, to prove that it upgrades and keeps its index.
PRAGMA user_version = 5;
CREATE TABLE attachments (
	parent VARCHAR(36) NOT NULL, 
	caption TEXT NOT NULL, 
	filename TEXT NOT NULL, 
	mime VARCHAR(64) NOT NULL, 
	data BLOB NOT NULL, 
	position VARCHAR(64) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	changed INTEGER NOT NULL, 
	versions JSON NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE carries (
	item_id VARCHAR(36) NOT NULL, 
	event_id VARCHAR(36) NOT NULL, 
	from_event VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	changed INTEGER NOT NULL, 
	versions JSON NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE events (
	title TEXT NOT NULL, 
	series TEXT NOT NULL, 
	event_kind TEXT NOT NULL, 
	host TEXT NOT NULL, 
	city TEXT NOT NULL, 
	country TEXT NOT NULL, 
	platform TEXT NOT NULL, 
	platform_link TEXT NOT NULL, 
	start_date DATE, 
	end_date DATE, 
	participants INTEGER, 
	description TEXT NOT NULL, 
	language VARCHAR(8) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	changed INTEGER NOT NULL, 
	versions JSON NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE items (
	parent VARCHAR(36) NOT NULL, 
	item_kind VARCHAR(16) NOT NULL, 
	text TEXT NOT NULL, 
	position VARCHAR(64) NOT NULL, 
	owner TEXT NOT NULL, 
	due_date DATE, 
	status VARCHAR(16) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	changed INTEGER NOT NULL, 
	versions JSON NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE marketplace_groups (
	session_id VARCHAR(36) NOT NULL, 
	topic TEXT NOT NULL, 
	host TEXT NOT NULL, 
	participants TEXT NOT NULL, 
	position VARCHAR(64) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	changed INTEGER NOT NULL, 
	versions JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES sessions (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE TABLE search_rows (n INTEGER PRIMARY KEY, kind VARCHAR(16) NOT NULL, record_id VARCHAR(36) NOT NULL, UNIQUE (kind, record_id));
CREATE TABLE sessions (
	event_id VARCHAR(36) NOT NULL, 
	title TEXT NOT NULL, 
	date DATE, 
	start_time TIME, 
	end_time TIME, 
	format TEXT NOT NULL, 
	delegates INTEGER, 
	panel TEXT NOT NULL, 
	notes TEXT NOT NULL, 
	position VARCHAR(64) NOT NULL, 
	track TEXT NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	changed INTEGER NOT NULL, 
	versions JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_attachments_parent ON attachments (parent);
CREATE INDEX ix_carries_event ON carries (event_id);
CREATE INDEX ix_carries_item ON carries (item_id);
CREATE INDEX ix_groups_session ON marketplace_groups (session_id);
CREATE INDEX ix_items_parent ON items (parent, item_kind);
CREATE INDEX ix_sessions_event ON sessions (event_id);
INSERT INTO events (title, series, event_kind, host, city, country, platform, platform_link, start_date, end_date, participants, description, language, id, deleted, needs_review, changed, versions) VALUES ('Atelier de révision du manuel', '', '', '', 'Genève', '', '', '', NULL, NULL, NULL, '', 'en', '29bc091d-79f0-409d-81d6-8a3c08e0ca69', 0, 0, 117717537876869121, '{"city": [{"v": "Gen\u00e8ve", "t": 117717537876869121, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537876869121}}], "title": [{"v": "Atelier de r\u00e9vision du manuel", "t": 117717537876869120, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537876869120}}]}');
INSERT INTO items (parent, item_kind, text, position, owner, due_date, status, id, deleted, needs_review, changed, versions) VALUES ('b2b37d97-7fa3-4dee-b45a-a2e97185eeee', 'key_outcome', 'Les délégués ont adopté la feuille de route', 'a0', '', NULL, '', '89c422e8-481d-45aa-9b25-ef50d7eb32b5', 0, 0, 117717537881391104, '{"text": [{"v": "Les d\u00e9l\u00e9gu\u00e9s ont adopt\u00e9 la feuille de route", "t": 117717537881391104, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537881391104}}]}');
INSERT INTO items (parent, item_kind, text, position, owner, due_date, status, id, deleted, needs_review, changed, versions) VALUES ('b2b37d97-7fa3-4dee-b45a-a2e97185eeee', 'key_outcome', 'Une rédaction abandonnée', 'a1', '', NULL, '', '7d1143e8-a94f-4753-b4db-6c894b9b9597', 1, 0, 117717537885913088, '{"deleted": [{"v": true, "t": 117717537885913088, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537885913088}}], "position": [{"v": "a1", "t": 117717537882767361, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537882767361}}], "text": [{"v": "Une r\u00e9daction abandonn\u00e9e", "t": 117717537882767360, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537882767360}}]}');
INSERT INTO items (parent, item_kind, text, position, owner, due_date, status, id, deleted, needs_review, changed, versions) VALUES ('b2b37d97-7fa3-4dee-b45a-a2e97185eeee', 'key_outcome', '联合国人道主义事务协调厅召开会议', 'a2', '', NULL, '', '7a5cae2c-b843-40d7-838e-f9503f569301', 0, 0, 117717537883750401, '{"position": [{"v": "a2", "t": 117717537883750401, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537883750401}}], "text": [{"v": "\u8054\u5408\u56fd\u4eba\u9053\u4e3b\u4e49\u4e8b\u52a1\u534f\u8c03\u5385\u53ec\u5f00\u4f1a\u8bae", "t": 117717537883750400, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537883750400}}]}');
INSERT INTO items (parent, item_kind, text, position, owner, due_date, status, id, deleted, needs_review, changed, versions) VALUES ('29bc091d-79f0-409d-81d6-8a3c08e0ca69', 'next_step', 'Share the roadmap', 'a0', 'Kateřina Dvořák', NULL, 'open', '264e7685-5ca7-4bd2-a974-55541c1dd4e3', 0, 0, 117717537884602370, '{"owner": [{"v": "Kate\u0159ina Dvo\u0159\u00e1k", "t": 117717537884602369, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537884602369}}], "status": [{"v": "open", "t": 117717537884602370, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537884602370}}], "text": [{"v": "Share the roadmap", "t": 117717537884602368, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537884602368}}]}');
INSERT INTO meta (key, value) VALUES ('device_id', 'ce9d775f5c01');
INSERT INTO meta (key, value) VALUES ('device_name', 'Previous release laptop');
INSERT INTO meta (key, value) VALUES ('clock', '117717537885913088');
INSERT INTO search_rows (n, kind, record_id) VALUES (1, 'event', '29bc091d-79f0-409d-81d6-8a3c08e0ca69');
INSERT INTO search_rows (n, kind, record_id) VALUES (2, 'session', 'b2b37d97-7fa3-4dee-b45a-a2e97185eeee');
INSERT INTO search_rows (n, kind, record_id) VALUES (3, 'item', '89c422e8-481d-45aa-9b25-ef50d7eb32b5');
INSERT INTO search_rows (n, kind, record_id) VALUES (4, 'item', '7d1143e8-a94f-4753-b4db-6c894b9b9597');
INSERT INTO search_rows (n, kind, record_id) VALUES (5, 'item', '7a5cae2c-b843-40d7-838e-f9503f569301');
INSERT INTO search_rows (n, kind, record_id) VALUES (6, 'item', '264e7685-5ca7-4bd2-a974-55541c1dd4e3');
INSERT INTO sessions (event_id, title, date, start_time, end_time, format, delegates, panel, notes, position, track, id, deleted, needs_review, changed, versions) VALUES ('29bc091d-79f0-409d-81d6-8a3c08e0ca69', 'Séance plénière', NULL, NULL, NULL, '', NULL, 'Ana Núñez', '', 'a0', '', 'b2b37d97-7fa3-4dee-b45a-a2e97185eeee', 0, 0, 117717537878507522, '{"panel": [{"v": "Ana N\u00fa\u00f1ez", "t": 117717537878507521, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537878507521}}], "position": [{"v": "a0", "t": 117717537878507522, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537878507522}}], "title": [{"v": "S\u00e9ance pl\u00e9ni\u00e8re", "t": 117717537878507520, "d": "ce9d775f5c01", "seen": {"ce9d775f5c01": 117717537878507520}}]}');
CREATE VIRTUAL TABLE search_text USING fts5(body, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M* So'");
INSERT INTO search_text (rowid, body) VALUES (1, 'atelier de revision du manuel



geneve


');
INSERT INTO search_text (rowid, body) VALUES (2, 'seance pleniere

ana nunez
');
INSERT INTO search_text (rowid, body) VALUES (3, 'les delegues ont adopte la feuille de route
');
INSERT INTO search_text (rowid, body) VALUES (4, 'une redaction abandonnee
');
INSERT INTO search_text (rowid, body) VALUES (5, ' 联  合  国  人  道  主  义  事  务  协  调  厅  召  开  会  议 
');
INSERT INTO search_text (rowid, body) VALUES (6, 'share the roadmap
katerina dvorak');
CREATE TRIGGER search_attachments_delete AFTER DELETE ON attachments BEGIN
            DELETE FROM search_text WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'attachment' AND record_id = old.id);
            DELETE FROM search_rows WHERE kind = 'attachment' AND record_id = old.id;
        END;
CREATE TRIGGER search_attachments_insert AFTER INSERT ON attachments BEGIN
            INSERT INTO search_rows (kind, record_id) VALUES ('attachment', new.id);
            INSERT INTO search_text (rowid, body) VALUES ((SELECT n FROM search_rows WHERE kind = 'attachment' AND record_id = new.id), cmcoord_fold(new.caption, new.filename));
        END;
CREATE TRIGGER search_attachments_update AFTER UPDATE OF caption, filename ON attachments
        WHEN old.caption IS NOT new.caption OR old.filename IS NOT new.filename BEGIN
            UPDATE search_text SET body = cmcoord_fold(new.caption, new.filename) WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'attachment' AND record_id = new.id);
        END;
CREATE TRIGGER search_events_delete AFTER DELETE ON events BEGIN
            DELETE FROM search_text WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'event' AND record_id = old.id);
            DELETE FROM search_rows WHERE kind = 'event' AND record_id = old.id;
        END;
CREATE TRIGGER search_events_insert AFTER INSERT ON events BEGIN
            INSERT INTO search_rows (kind, record_id) VALUES ('event', new.id);
            INSERT INTO search_text (rowid, body) VALUES ((SELECT n FROM search_rows WHERE kind = 'event' AND record_id = new.id), cmcoord_fold(new.title, new.series, new.event_kind, new.host, new.city, new.country, new.platform, new.description));
        END;
CREATE TRIGGER search_events_update AFTER UPDATE OF title, series, event_kind, host, city, country, platform, description ON events
        WHEN old.title IS NOT new.title OR old.series IS NOT new.series OR old.event_kind IS NOT new.event_kind OR old.host IS NOT new.host OR old.city IS NOT new.city OR old.country IS NOT new.country OR old.platform IS NOT new.platform OR old.description IS NOT new.description BEGIN
            UPDATE search_text SET body = cmcoord_fold(new.title, new.series, new.event_kind, new.host, new.city, new.country, new.platform, new.description) WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'event' AND record_id = new.id);
        END;
CREATE TRIGGER search_items_delete AFTER DELETE ON items BEGIN
            DELETE FROM search_text WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'item' AND record_id = old.id);
            DELETE FROM search_rows WHERE kind = 'item' AND record_id = old.id;
        END;
CREATE TRIGGER search_items_insert AFTER INSERT ON items BEGIN
            INSERT INTO search_rows (kind, record_id) VALUES ('item', new.id);
            INSERT INTO search_text (rowid, body) VALUES ((SELECT n FROM search_rows WHERE kind = 'item' AND record_id = new.id), cmcoord_fold(new.text, new.owner));
        END;
CREATE TRIGGER search_items_update AFTER UPDATE OF text, owner ON items
        WHEN old.text IS NOT new.text OR old.owner IS NOT new.owner BEGIN
            UPDATE search_text SET body = cmcoord_fold(new.text, new.owner) WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'item' AND record_id = new.id);
        END;
CREATE TRIGGER search_marketplace_groups_delete AFTER DELETE ON marketplace_groups BEGIN
            DELETE FROM search_text WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'group' AND record_id = old.id);
            DELETE FROM search_rows WHERE kind = 'group' AND record_id = old.id;
        END;
CREATE TRIGGER search_marketplace_groups_insert AFTER INSERT ON marketplace_groups BEGIN
            INSERT INTO search_rows (kind, record_id) VALUES ('group', new.id);
            INSERT INTO search_text (rowid, body) VALUES ((SELECT n FROM search_rows WHERE kind = 'group' AND record_id = new.id), cmcoord_fold(new.topic, new.host, new.participants));
        END;
CREATE TRIGGER search_marketplace_groups_update AFTER UPDATE OF topic, host, participants ON marketplace_groups
        WHEN old.topic IS NOT new.topic OR old.host IS NOT new.host OR old.participants IS NOT new.participants BEGIN
            UPDATE search_text SET body = cmcoord_fold(new.topic, new.host, new.participants) WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'group' AND record_id = new.id);
        END;
CREATE TRIGGER search_sessions_delete AFTER DELETE ON sessions BEGIN
            DELETE FROM search_text WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'session' AND record_id = old.id);
            DELETE FROM search_rows WHERE kind = 'session' AND record_id = old.id;
        END;
CREATE TRIGGER search_sessions_insert AFTER INSERT ON sessions BEGIN
            INSERT INTO search_rows (kind, record_id) VALUES ('session', new.id);
            INSERT INTO search_text (rowid, body) VALUES ((SELECT n FROM search_rows WHERE kind = 'session' AND record_id = new.id), cmcoord_fold(new.title, new.format, new.panel, new.notes));
        END;
CREATE TRIGGER search_sessions_update AFTER UPDATE OF title, format, panel, notes ON sessions
        WHEN old.title IS NOT new.title OR old.format IS NOT new.format OR old.panel IS NOT new.panel OR old.notes IS NOT new.notes BEGIN
            UPDATE search_text SET body = cmcoord_fold(new.title, new.format, new.panel, new.notes) WHERE rowid = (SELECT n FROM search_rows WHERE kind = 'session' AND record_id = new.id);
        END;
