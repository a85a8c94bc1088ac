-- One person with their title history, and the role, event-type and topic counts of person_facets.
SELECT pe.person_id, pe.name, pe.name_norm, pe.aliases, pe.pinyin, pe.title, pe.person_key, pe.jurisdiction,
       pe.jurisdiction_name, pe.office_level, pe.office_grade, pe.issuers, pe.n_events, pe.n_appointments,
       pe.first_date, pe.last_date,
       coalesce((SELECT list({'title': t.title, 'first_date': t.first_date, 'last_date': t.last_date,
                              'n_events': t.n_events, 'office_level': t.office_level,
                              'office_grade': t.office_grade, 'seen_in': t.seen_in}
                             ORDER BY t.first_date, t.last_date, t.title)
                 FROM person_titles t WHERE t.person_id = $person::VARCHAR), []) AS titles,
       coalesce(f.roles, []) AS roles, coalesce(f.event_types, []) AS event_types, coalesce(f.topics, []) AS topics
FROM people pe
LEFT JOIN person_facets f ON f.person_id = $person::VARCHAR
WHERE pe.person_id = $person::VARCHAR
