-- The schema of CMCoord Desktop's first release (schema version 1), with a little data,
-- kept to prove that newer versions open such a database and keep everything.
PRAGMA user_version = 1;
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
CREATE INDEX ix_attachments_parent ON attachments (parent);
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
CREATE INDEX ix_items_parent ON items (parent, item_kind);
CREATE TABLE meta (
	"key" VARCHAR(64) NOT NULL, 
	value TEXT NOT NULL, 
	PRIMARY KEY ("key")
);
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
	id VARCHAR(36) NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	needs_review BOOLEAN NOT NULL, 
	changed INTEGER NOT NULL, 
	versions JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(event_id) REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX ix_sessions_event ON sessions (event_id);
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
CREATE INDEX ix_groups_session ON marketplace_groups (session_id);
INSERT INTO meta VALUES ('device_id', 'a1b2c3d4e5f6'), ('device_name', 'Old laptop'), ('clock', '98765432109876543');
INSERT INTO events (title, series, event_kind, host, city, country, platform, platform_link, start_date, end_date, participants, description, id, deleted, needs_review, changed, versions)
VALUES ('Revision of the UN-CMCoord Field Handbook', '', 'Workshop', 'Czech Republic Fire Rescue Service', 'Prague', 'Czech Republic', '', '', '2017-11-04', '2017-11-05', 12, '', '6f1c1f0e-3b7a-4b7e-9a55-0d2f0c4a1e01', 0, 0, 98765432109876540,
'{"title": [{"v": "Revision of the UN-CMCoord Field Handbook", "t": 98765432109876540, "d": "a1b2c3d4e5f6", "seen": {"a1b2c3d4e5f6": 98765432109876540}}], "participants": [{"v": 12, "t": 98765432109876541, "d": "a1b2c3d4e5f6", "seen": {"a1b2c3d4e5f6": 98765432109876541}}]}');
INSERT INTO sessions (event_id, title, date, start_time, end_time, format, delegates, panel, notes, id, deleted, needs_review, changed, versions)
VALUES ('6f1c1f0e-3b7a-4b7e-9a55-0d2f0c4a1e01', 'Recommendations on current challenges', '2017-11-04', '09:30:00.000000', NULL, 'Group work', 12, '', '', '0c9a8e51-1d7e-4f52-8d0b-7a6f4b9e2c02', 0, 0, 98765432109876542,
'{"title": [{"v": "Recommendations on current challenges", "t": 98765432109876542, "d": "a1b2c3d4e5f6", "seen": {"a1b2c3d4e5f6": 98765432109876542}}]}');
INSERT INTO items (parent, item_kind, text, position, owner, due_date, status, id, deleted, needs_review, changed, versions)
VALUES ('0c9a8e51-1d7e-4f52-8d0b-7a6f4b9e2c02', 'key_outcome', 'Share good practice with the Consultative Group', 'a0', '', NULL, '', '5d3e2f10-8a9b-4c7d-b6e5-1f2a3b4c5d03', 0, 0, 98765432109876543,
'{"text": [{"v": "Share good practice with the Consultative Group", "t": 98765432109876543, "d": "a1b2c3d4e5f6", "seen": {"a1b2c3d4e5f6": 98765432109876543}}], "position": [{"v": "a0", "t": 98765432109876543, "d": "a1b2c3d4e5f6", "seen": {"a1b2c3d4e5f6": 98765432109876543}}]}');
