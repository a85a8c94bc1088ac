-- One page of `selected` events with everything an item shows: participants, topics, agenda,
-- provenance, and ($focus) the focal person's own roles and title in each.
SELECT e.event_id, e.date_start, e.date_end, e.date_precision, e.event_type, e.text, e.issuer,
       e.source_id, s.name AS source_name, s.url, s.description AS source_description,
       c.title AS section, e.page, e.line, e.char_start, e.char_end, e.spans,
       coalesce((SELECT list({'person_id': p.person_id, 'name': p.name, 'title': p.title, 'roles': p.roles}
                              ORDER BY p.ord)
                 FROM participants p WHERE p.event_id = e.event_id), []) AS participants,
       coalesce((SELECT list(t.topic ORDER BY t.topic) FROM event_topics t WHERE t.event_id = e.event_id), [])
           AS topics,
       coalesce((SELECT list(a.item ORDER BY a.ord) FROM agenda_items a WHERE a.event_id = e.event_id), [])
           AS agenda,
       coalesce((SELECT list(m.name ORDER BY m.ord) FROM mentions m WHERE m.event_id = e.event_id), [])
           AS mentioned,
       (SELECT first({'roles': p.roles, 'title': p.title} ORDER BY p.ord) FROM participants p
         WHERE p.event_id = e.event_id AND p.person_id = $focus::VARCHAR) AS focus
FROM selected
JOIN events e USING (event_id)
JOIN sources s ON s.source_id = e.source_id
LEFT JOIN chronicles c ON c.chronicle_id = e.chronicle_id
ORDER BY CASE WHEN $desc THEN e.date_start END DESC NULLS LAST,
         CASE WHEN NOT $desc THEN e.date_start END ASC NULLS LAST,
         e.source_id, e.seq
LIMIT $limit OFFSET $offset
