-- dashiji database schema. Every table is rebuilt from text by `python -m etl ingest|build-sample`.
-- Ids are stable strings derived from content (source sha256, issuer + name) so re-ingest keeps them.

-- The schema's version: the API refuses a database built by an older dashiji (queries.SCHEMA_VERSION).
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);

CREATE TABLE IF NOT EXISTS sources (
    source_id    VARCHAR PRIMARY KEY,   -- 's' + first 16 hex of the file's sha256
    name         VARCHAR NOT NULL,      -- file name; a changed file with the same name replaces its events
    sha256       VARCHAR NOT NULL UNIQUE,
    url          VARCHAR,               -- where the text was published, when known
    description  VARCHAR,               -- the source line (gazette issue, web page title)
    issuer       VARCHAR,               -- jurisdiction that published the chronicle (聊城市人民政府)
    encoding     VARCHAR NOT NULL,
    period       VARCHAR,               -- the --period given at ingest (YYYY or YYYY-MM)
    n_events     INTEGER NOT NULL,
    n_warnings   INTEGER NOT NULL,
    ingested_at  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS chronicles (
    chronicle_id   VARCHAR PRIMARY KEY,  -- source_id + '-' + section number
    source_id      VARCHAR NOT NULL,
    seq            INTEGER NOT NULL,
    title          VARCHAR NOT NULL,     -- heading as printed ('' for a page with no heading)
    heading_line   INTEGER,
    period         VARCHAR,              -- period the heading names
    page           INTEGER,              -- page from the table of contents
    continued_from INTEGER[],            -- lines of （上接…） pieces stitched in
    n_events       INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    event_id       VARCHAR PRIMARY KEY,  -- 'e' + source hash + '-' + order in the source
    source_id      VARCHAR NOT NULL,
    chronicle_id   VARCHAR NOT NULL,
    seq            INTEGER NOT NULL,     -- order in the source
    date_start     DATE,                 -- NULL when the year or month could not be known
    date_end       DATE,
    date_precision VARCHAR,              -- day | xun | month | season | year
    event_type     VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,     -- the entry as one string (contract `text`)
    line           INTEGER NOT NULL,     -- first source line
    char_start     INTEGER NOT NULL,     -- offsets in the decoded source
    char_end       INTEGER NOT NULL,
    spans          INTEGER[][] NOT NULL, -- pieces the text was joined from
    page           INTEGER,
    issuer         VARCHAR
);

CREATE TABLE IF NOT EXISTS people (
    person_id   VARCHAR PRIMARY KEY,    -- 'p' + hash of issuer and simplified name
    name        VARCHAR NOT NULL,       -- the most frequent written form
    name_norm   VARCHAR NOT NULL,       -- simplified, for search and identity
    issuer      VARCHAR,                -- identity is scoped by the issuing jurisdiction
    n_events    INTEGER NOT NULL,
    first_date  DATE,
    last_date   DATE
);

CREATE TABLE IF NOT EXISTS participants (
    event_id   VARCHAR NOT NULL,
    person_id  VARCHAR NOT NULL,
    ord        INTEGER NOT NULL,        -- order of first appearance in the entry
    name       VARCHAR NOT NULL,        -- as written
    name_norm  VARCHAR NOT NULL,        -- simplified, spaces removed
    title      VARCHAR NOT NULL,        -- title as written ('' when none)
    roles      VARCHAR[] NOT NULL
);

-- Each event's details on its own row, rebuilt by etl/derive.py (queries/sql/refresh_event_lists.sql):
-- a page of events then reads no other table. Participants are a JSON array of
-- {person_id, name, title, roles}: fetched by row id (a page of 50 through the event_id index) a JSON
-- string costs what a text does, a list of structs ten times more.
ALTER TABLE events ADD COLUMN IF NOT EXISTS participants_json VARCHAR;
-- Position in the order every event list uses (date_start NULLS LAST, source_id, seq).
ALTER TABLE events ADD COLUMN IF NOT EXISTS sort_key BIGINT;
-- The citation's parts copied from sources and chronicles, so that a page is one indexed read.
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_name VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_url VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_description VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS section VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS topics_list VARCHAR[];
ALTER TABLE events ADD COLUMN IF NOT EXISTS agenda_list VARCHAR[];
ALTER TABLE events ADD COLUMN IF NOT EXISTS mentioned_list VARCHAR[];

-- Identity, filled by etl/derive.py after every load (see etl/identity.py).
ALTER TABLE participants ADD COLUMN IF NOT EXISTS person_key VARCHAR;         -- name@jurisdiction after overrides
ALTER TABLE participants ADD COLUMN IF NOT EXISTS jurisdiction VARCHAR;       -- city:聊城, province:山东, national …
ALTER TABLE participants ADD COLUMN IF NOT EXISTS jurisdiction_name VARCHAR;  -- 聊城市, 山东省, 中央 …
ALTER TABLE participants ADD COLUMN IF NOT EXISTS office_level VARCHAR;       -- national|provincial|municipal|county|other
ALTER TABLE participants ADD COLUMN IF NOT EXISTS office_grade VARCHAR;       -- leader|deputy|official
-- The event's date, issuer and list position copied onto each participation by etl/derive.py, so
-- that a person's timeline, activity and partners read only that person's rows (stored together).
ALTER TABLE participants ADD COLUMN IF NOT EXISTS date_start DATE;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS date_end DATE;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS issuer VARCHAR;
ALTER TABLE participants ADD COLUMN IF NOT EXISTS sort_key BIGINT;

CREATE TABLE IF NOT EXISTS documents (
    document_id VARCHAR PRIMARY KEY,  -- source_id + '-d' + order
    source_id   VARCHAR NOT NULL,
    number      VARCHAR NOT NULL,     -- 文号 (聊政任〔2024〕14号)
    title       VARCHAR NOT NULL,
    date        DATE,                 -- signed
    page_start  INTEGER,
    page_end    INTEGER,
    line        INTEGER,              -- where the number stands in the body
    kind        VARCHAR NOT NULL      -- appointment | other
);

CREATE TABLE IF NOT EXISTS appointments (
    appointment_id VARCHAR PRIMARY KEY,  -- source_id + '-a' + order
    source_id      VARCHAR NOT NULL,
    document_id    VARCHAR,
    number         VARCHAR NOT NULL,
    date           DATE,
    ord            INTEGER NOT NULL,
    name           VARCHAR NOT NULL,
    name_norm      VARCHAR NOT NULL,
    action         VARCHAR NOT NULL,     -- appoint | remove
    position       VARCHAR NOT NULL,     -- as written
    positions      VARCHAR[] NOT NULL,
    term           VARCHAR,              -- 挂职，时间1年
    line           INTEGER NOT NULL,
    issuer         VARCHAR,
    person_id      VARCHAR,
    person_key     VARCHAR,
    jurisdiction   VARCHAR,
    jurisdiction_name VARCHAR,
    office_level   VARCHAR,
    office_grade   VARCHAR
);

CREATE TABLE IF NOT EXISTS mentions (
    event_id VARCHAR NOT NULL,
    ord      INTEGER NOT NULL,
    name     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS agenda_items (
    event_id VARCHAR NOT NULL,
    ord      INTEGER NOT NULL,
    item     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS event_topics (
    event_id VARCHAR NOT NULL,
    topic    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS topics (
    topic VARCHAR PRIMARY KEY,
    en    VARCHAR NOT NULL,
    kind  VARCHAR NOT NULL              -- topic | event_type
);

CREATE TABLE IF NOT EXISTS warnings (
    source_id VARCHAR NOT NULL,
    line      INTEGER NOT NULL,
    message   VARCHAR NOT NULL
);
