-- One row per exported table: its name and the SELECT that gives its rows with the two partition
-- columns (issuer, year). Read by etl/export.py; names and queries are fixed here, never from input.
-- Participations carry their event's issuer and date (etl/derive.py). Not exported: `partners` (the
-- pairs again from each side) and `topic_months` (sums of `events`), serving layouts, and the
-- bookkeeping tables.
SELECT * FROM (VALUES
  ('sources', 'SELECT s.*, coalesce(s.issuer, ''unknown'') AS p_issuer, coalesce(try_cast(left(s.period, 4) AS INTEGER), (SELECT min(year(e.date_start)) FROM events e WHERE e.source_id = s.source_id), 0) AS p_year FROM sources s'),
  ('chronicles', 'SELECT c.*, coalesce(s.issuer, ''unknown'') AS p_issuer, coalesce(try_cast(left(c.period, 4) AS INTEGER), 0) AS p_year FROM chronicles c JOIN sources s USING (source_id)'),
  ('events', 'SELECT e.*, coalesce(e.issuer, ''unknown'') AS p_issuer, coalesce(year(e.date_start), 0) AS p_year FROM events e'),
  ('participants', 'SELECT p.*, coalesce(p.issuer, ''unknown'') AS p_issuer, coalesce(year(p.date_start), 0) AS p_year FROM participants p'),
  ('mentions', 'SELECT m.*, coalesce(e.issuer, ''unknown'') AS p_issuer, coalesce(year(e.date_start), 0) AS p_year FROM mentions m JOIN events e USING (event_id)'),
  ('agenda_items', 'SELECT a.*, coalesce(e.issuer, ''unknown'') AS p_issuer, coalesce(year(e.date_start), 0) AS p_year FROM agenda_items a JOIN events e USING (event_id)'),
  ('event_topics', 'SELECT t.*, coalesce(e.issuer, ''unknown'') AS p_issuer, coalesce(year(e.date_start), 0) AS p_year FROM event_topics t JOIN events e USING (event_id)'),
  ('people', 'SELECT x.*, coalesce(x.issuer, ''unknown'') AS p_issuer, coalesce(year(x.first_date), 0) AS p_year FROM people x'),
  ('person_titles', 'SELECT t.*, coalesce(x.issuer, ''unknown'') AS p_issuer, coalesce(year(t.first_date), 0) AS p_year FROM person_titles t JOIN people x USING (person_id)'),
  ('person_facets', 'SELECT f.*, coalesce(x.issuer, ''unknown'') AS p_issuer, coalesce(year(x.first_date), 0) AS p_year FROM person_facets f JOIN people x USING (person_id)'),
  ('pairs', 'SELECT p.*, coalesce(nullif(p.issuer, ''''), ''unknown'') AS p_issuer, 0 AS p_year FROM pairs p'),
  ('documents', 'SELECT d.*, coalesce(s.issuer, ''unknown'') AS p_issuer, coalesce(year(d.date), 0) AS p_year FROM documents d JOIN sources s USING (source_id)'),
  ('appointments', 'SELECT a.*, coalesce(a.issuer, ''unknown'') AS p_issuer, coalesce(year(a.date), 0) AS p_year FROM appointments a'),
  ('topics', 'SELECT t.*, ''all'' AS p_issuer, 0 AS p_year FROM topics t'),
  ('warnings', 'SELECT w.*, coalesce(s.issuer, ''unknown'') AS p_issuer, 0 AS p_year FROM warnings w JOIN sources s USING (source_id)')
) AS t(name, query)
