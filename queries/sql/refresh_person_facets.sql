-- Each person's roles, event types and topics with counts, computed once per ingest for the
-- profile (person_detail.sql), stored by id so a lookup reads one block.
CREATE OR REPLACE TABLE person_facets AS
WITH r AS (
    SELECT person_id, list({'value': role, 'count': n} ORDER BY n DESC, role) AS roles
    FROM (SELECT person_id, role, count(*) AS n
          FROM (SELECT person_id, unnest(roles) AS role FROM participants) GROUP BY ALL)
    GROUP BY person_id
), y AS (
    SELECT person_id, list({'value': event_type, 'count': n} ORDER BY n DESC, event_type) AS event_types
    FROM (SELECT p.person_id, e.event_type, count(DISTINCT e.event_id) AS n
          FROM participants p JOIN events e USING (event_id) GROUP BY ALL)
    GROUP BY person_id
), x AS (
    SELECT person_id, list({'value': topic, 'count': n} ORDER BY n DESC, topic) AS topics
    FROM (SELECT p.person_id, t.topic, count(DISTINCT t.event_id) AS n
          FROM participants p JOIN event_topics t USING (event_id) GROUP BY ALL)
    GROUP BY person_id
)
SELECT pe.person_id, coalesce(r.roles, []) AS roles, coalesce(y.event_types, []) AS event_types,
       coalesce(x.topics, []) AS topics
FROM people pe LEFT JOIN r USING (person_id) LEFT JOIN y USING (person_id) LEFT JOIN x USING (person_id)
ORDER BY pe.person_id;
