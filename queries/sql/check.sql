-- Integrity checks: each row is (check, violations, example). `etl check` fails when any count > 0.
SELECT 'event without a source' AS "check", count(*) AS n, any_value(event_id) AS example
FROM events e WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.source_id = e.source_id)
UNION ALL
SELECT 'event without its chronicle section', count(*), any_value(event_id)
FROM events e WHERE NOT EXISTS (SELECT 1 FROM chronicles c WHERE c.chronicle_id = e.chronicle_id)
UNION ALL
SELECT 'participant without an event', count(*), any_value(p.event_id || '#' || p.ord)
FROM participants p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = p.event_id)
UNION ALL
SELECT 'participant without a person', count(*), any_value(p.event_id || '#' || p.ord)
FROM participants p WHERE p.person_id IS NULL OR NOT EXISTS (SELECT 1 FROM people x WHERE x.person_id = p.person_id)
UNION ALL
SELECT 'appointment without a person', count(*), any_value(a.appointment_id)
FROM appointments a WHERE a.person_id IS NULL OR NOT EXISTS (SELECT 1 FROM people x WHERE x.person_id = a.person_id)
UNION ALL
SELECT 'appointment without its document', count(*), any_value(a.appointment_id)
FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.document_id = a.document_id)
UNION ALL
SELECT 'topic row without an event', count(*), any_value(t.event_id)
FROM event_topics t WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = t.event_id)
UNION ALL
SELECT 'duplicate source content (sha256)', count(*), any_value(sha256)
FROM (SELECT sha256 FROM sources GROUP BY sha256 HAVING count(*) > 1)
UNION ALL
SELECT 'duplicate source name', count(*), any_value(name)
FROM (SELECT name FROM sources GROUP BY name HAVING count(*) > 1)
UNION ALL
SELECT 'source event count differs from its events', count(*), any_value(s.name)
FROM sources s WHERE s.n_events <> (SELECT count(*) FROM events e WHERE e.source_id = s.source_id)
UNION ALL
SELECT 'section event count differs from its events', count(*), any_value(c.chronicle_id)
FROM chronicles c WHERE c.n_events <> (SELECT count(*) FROM events e WHERE e.chronicle_id = c.chronicle_id)
UNION ALL
SELECT 'person event count differs from participations', count(*), any_value(x.person_id)
FROM people x WHERE x.n_events <> (SELECT count(DISTINCT p.event_id) FROM participants p WHERE p.person_id = x.person_id)
UNION ALL
SELECT 'person with no mention', count(*), any_value(x.person_id)
FROM people x WHERE x.n_events = 0 AND x.n_appointments = 0
UNION ALL
SELECT 'event ending before it starts', count(*), any_value(event_id)
FROM events WHERE date_end < date_start
UNION ALL
SELECT 'event text span out of order or empty', count(*), any_value(event_id)
FROM events WHERE len(spans) = 0 OR list_bool_or(list_transform(spans, lambda s: s[2] < s[1]))
UNION ALL
SELECT 'pair counts inconsistent', count(*), any_value(a || '/' || b)
FROM pairs WHERE k > least(n_a, n_b) OR greatest(n_a, n_b) > n_total OR a >= b
UNION ALL
SELECT 'duplicate event id', count(*), any_value(event_id)
FROM (SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1)
