-- One person with their title history, role counts, event types and topics.
SELECT pe.person_id, pe.name, pe.name_norm, pe.aliases, pe.pinyin, pe.title, pe.person_key, pe.jurisdiction,
       pe.jurisdiction_name, pe.office_level, pe.office_grade, pe.issuers, pe.n_events, pe.n_appointments,
       pe.first_date, pe.last_date,
       coalesce((SELECT list({'title': t.title, 'first_date': t.first_date, 'last_date': t.last_date,
                              'n_events': t.n_events, 'office_level': t.office_level,
                              'office_grade': t.office_grade, 'seen_in': t.seen_in}
                             ORDER BY t.first_date, t.last_date, t.title)
                 FROM person_titles t WHERE t.person_id = $person::VARCHAR), []) AS titles,
       coalesce((SELECT list({'value': r.role, 'count': r.n} ORDER BY r.n DESC, r.role) FROM (
                    SELECT unnest(p.roles) AS role, count(*) AS n FROM participants p
                    WHERE p.person_id = $person::VARCHAR GROUP BY 1) r), []) AS roles,
       coalesce((SELECT list({'value': y.event_type, 'count': y.n} ORDER BY y.n DESC, y.event_type) FROM (
                    SELECT e.event_type, count(DISTINCT e.event_id) AS n FROM participants p
                    JOIN events e USING (event_id) WHERE p.person_id = $person::VARCHAR GROUP BY 1) y), []) AS event_types,
       coalesce((SELECT list({'value': x.topic, 'count': x.n} ORDER BY x.n DESC, x.topic) FROM (
                    SELECT t.topic, count(DISTINCT t.event_id) AS n FROM participants p
                    JOIN event_topics t USING (event_id) WHERE p.person_id = $person::VARCHAR GROUP BY 1) x), []) AS topics
FROM people pe
WHERE pe.person_id = $person::VARCHAR
