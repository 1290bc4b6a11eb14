/**
 * Ordered schema migrations. Each database records the migrations applied to it in
 * `council_schema`; opening a store applies the missing ones in order, each with its
 * record, in one transaction. A database from before the table existed has the events
 * table already: migration 1 creates it only if missing, so it is recorded and the rest
 * follow. A database newer than this code is refused rather than written wrongly.
 */
export interface Migration {
  version: number;
  name: string;
  /** One or more statements; run in the migration's transaction. */
  sql: string;
}

/** The newest version `migrations` reach (they are numbered 1..n in order). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
}

/** Migrations after `current`; throws when the database is newer than this code. */
export function pendingMigrations(migrations: readonly Migration[], current: number, where: string): Migration[] {
  const latest = latestVersion(migrations);
  if (current > latest) {
    throw new Error(`${where} has schema version ${current}, newer than this council (${latest}); upgrade council`);
  }
  return migrations.filter((m) => m.version > current);
}

/** The types session-created carried credentials under ("session-created.v1"; any version). */
export const SESSION_CREATED_SQL = "(type = 'session-created' OR type LIKE 'session-created.%')";

export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events',
    sql: `
CREATE TABLE IF NOT EXISTS council_events (
  session_id    TEXT    NOT NULL,
  version       INTEGER NOT NULL CHECK (version > 0),
  type          TEXT    NOT NULL,
  data          TEXT    NOT NULL CHECK (json_valid(data)),
  command_id    TEXT,
  command_index INTEGER NOT NULL DEFAULT 0,
  at            TEXT    NOT NULL,
  PRIMARY KEY (session_id, version)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS council_events_command
  ON council_events (session_id, command_id, command_index);`,
  },
  {
    version: 2,
    name: 'identities out of the event log',
    sql: `
CREATE TABLE council_identities (
  session_id TEXT NOT NULL PRIMARY KEY,
  record     TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE council_join_codes (
  join_hash  TEXT NOT NULL PRIMARY KEY,
  session_id TEXT NOT NULL,
  code       TEXT NOT NULL
) WITHOUT ROWID;
INSERT OR IGNORE INTO council_identities (session_id, record)
  SELECT session_id, json_extract(data, '$.credentials') FROM council_events
   WHERE ${SESSION_CREATED_SQL} AND json_type(data, '$.credentials') = 'object';
INSERT OR IGNORE INTO council_join_codes (join_hash, session_id, code)
  SELECT j.value, i.session_id, substr(j.key, 6) FROM council_identities AS i, json_each(i.record) AS j
   WHERE j.key LIKE 'join:%' AND j.type = 'text';
UPDATE council_events SET data = json_remove(data, '$.credentials')
 WHERE ${SESSION_CREATED_SQL} AND json_type(data, '$.credentials') IS NOT NULL;`,
  },
  {
    version: 3,
    name: 'command body hash beside the command id',
    sql: 'ALTER TABLE council_events ADD COLUMN command_hash TEXT;',
  },
  {
    // The two per-insert costs beyond the primary key, on the path every ballot takes:
    // - a json_valid scan of text the store made itself with JSON.stringify from data it
    //   checked (append-input.ts);
    // - the unique command-id index, a second b-tree (and WAL frame) at every commit. The
    //   store's command ledger (sqlite-ledger.ts) answers a repeated command id instead,
    //   and the primary key still refuses a write past a stale head.
    // SQLite cannot drop a CHECK in place: the table is rebuilt with the same columns and rows.
    version: 4,
    name: 'events keyed by version alone: no json_valid check, no command-id index',
    sql: `
CREATE TABLE council_events_next (
  session_id    TEXT    NOT NULL,
  version       INTEGER NOT NULL CHECK (version > 0),
  type          TEXT    NOT NULL,
  data          TEXT    NOT NULL,
  command_id    TEXT,
  command_index INTEGER NOT NULL DEFAULT 0,
  at            TEXT    NOT NULL,
  command_hash  TEXT,
  PRIMARY KEY (session_id, version)
) WITHOUT ROWID;
INSERT INTO council_events_next (session_id, version, type, data, command_id, command_index, at, command_hash)
  SELECT session_id, version, type, data, command_id, command_index, at, command_hash FROM council_events;
DROP TABLE council_events;
ALTER TABLE council_events_next RENAME TO council_events;`,
  },
];

export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'events',
    sql: `
CREATE TABLE IF NOT EXISTS council_events (
  session_id    text        NOT NULL,
  version       integer     NOT NULL CHECK (version > 0),
  type          text        NOT NULL,
  data          json        NOT NULL,
  command_id    text,
  command_index integer     NOT NULL DEFAULT 0,
  at            timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, version)
);
CREATE UNIQUE INDEX IF NOT EXISTS council_events_command
  ON council_events (session_id, command_id, command_index);`,
  },
  {
    version: 2,
    name: 'identities out of the event log',
    sql: `
CREATE TABLE council_identities (
  session_id text NOT NULL PRIMARY KEY,
  record     json NOT NULL
);
CREATE TABLE council_join_codes (
  join_hash  text NOT NULL PRIMARY KEY,
  session_id text NOT NULL,
  code       text NOT NULL
);
-- JSON functions look only at session-created rows (a materialised CTE filters first): other
-- events may hold text PostgreSQL cannot de-escape (an escaped NUL), and json, not jsonb,
-- keeps every other event's text exactly as written.
WITH created AS MATERIALIZED (
  SELECT session_id, data FROM council_events WHERE ${SESSION_CREATED_SQL}
)
INSERT INTO council_identities (session_id, record)
  SELECT session_id, data->'credentials' FROM created WHERE json_typeof(data->'credentials') = 'object'
  ON CONFLICT DO NOTHING;
INSERT INTO council_join_codes (join_hash, session_id, code)
  SELECT j.value, i.session_id, substr(j.key, 6) FROM council_identities AS i, json_each_text(i.record) AS j
   WHERE j.key LIKE 'join:%'
  ON CONFLICT DO NOTHING;
WITH stripped AS MATERIALIZED (
  SELECT session_id, version, (SELECT json_object_agg(key, value) FROM json_each(data) WHERE key <> 'credentials') AS data
    FROM council_events WHERE ${SESSION_CREATED_SQL} AND session_id IN (SELECT session_id FROM council_identities)
)
UPDATE council_events AS e SET data = stripped.data FROM stripped
 WHERE e.session_id = stripped.session_id AND e.version = stripped.version;`,
  },
  {
    version: 3,
    name: 'command body hash beside the command id',
    sql: 'ALTER TABLE council_events ADD COLUMN command_hash text;',
  },
];
