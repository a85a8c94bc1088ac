-- Rebuild events with their participants (JSON), topics, agenda, mentioned people and citation parts
-- on the row, and their list position (sort_key), stored in issuer and date order (zone maps then skip
-- most of the table for an issuer or a date window), so that a page fetches its rows through the
-- event_id index. Each list is aggregated into its own table first: done inside one statement the
-- aggregates and the sort hold memory together (over 2 GB on a million events).
CREATE OR REPLACE TEMP TABLE event_order AS
SELECT event_id, row_number() OVER (ORDER BY date_start NULLS LAST, source_id, seq) AS sort_key FROM events;

-- (the JSON array joined from each participant's object: twice as fast as to_json of a list of structs;
-- the objects are put in order by list_sort on (ord, object), as an aggregate's ORDER BY costs as much
-- again as the whole aggregate)
CREATE OR REPLACE TEMP TABLE event_parts AS
SELECT event_id,
       '[' || array_to_string(list_transform(list_sort(list({'o': ord, 'j': to_json({'person_id': person_id,
           'name': name, 'title': title, 'roles': roles})::VARCHAR})), lambda x: x.j), ',') || ']' AS l
FROM participants GROUP BY event_id;

CREATE OR REPLACE TEMP TABLE event_tops AS
SELECT event_id, list(topic ORDER BY topic) AS l FROM event_topics GROUP BY event_id;

CREATE OR REPLACE TEMP TABLE event_ags AS
SELECT event_id, list(item ORDER BY ord) AS l FROM agenda_items GROUP BY event_id;

CREATE OR REPLACE TEMP TABLE event_ments AS
SELECT event_id, list(name ORDER BY ord) AS l FROM mentions GROUP BY event_id;

CREATE OR REPLACE TABLE events AS
SELECT e.* EXCLUDE (participants_json, sort_key, source_name, source_url, source_description, section,
                   topics_list, agenda_list, mentioned_list),
       s.name AS source_name, s.url AS source_url, s.description AS source_description, c.title AS section,
       coalesce(parts.l, '[]') AS participants_json,
       o.sort_key,
       coalesce(tops.l, []) AS topics_list, coalesce(ags.l, []) AS agenda_list, coalesce(ments.l, []) AS mentioned_list
FROM events e
JOIN event_order o USING (event_id)
JOIN sources s ON s.source_id = e.source_id
LEFT JOIN chronicles c ON c.chronicle_id = e.chronicle_id
LEFT JOIN event_parts parts USING (event_id) LEFT JOIN event_tops tops USING (event_id)
LEFT JOIN event_ags ags USING (event_id) LEFT JOIN event_ments ments USING (event_id)
ORDER BY e.issuer, e.date_start, e.event_id;

DROP TABLE event_parts; DROP TABLE event_tops; DROP TABLE event_ags; DROP TABLE event_ments;

-- Each participation with its event's date, issuer and list position, stored by person and in list
-- order: a person's rows sit together, so zone maps skip the rest of the table and a timeline page
-- is the first rows read.
CREATE OR REPLACE TABLE participants AS
SELECT p.* EXCLUDE (date_start, date_end, issuer, sort_key), e.date_start, e.date_end, e.issuer, e.sort_key
FROM participants p JOIN events e USING (event_id)
ORDER BY p.person_id, e.sort_key, p.ord;

DROP TABLE event_order;
