-- One page of `selected` events with everything an item shows: participants, topics, agenda,
-- provenance (lists stored on the event row), and ($focus) the focal person's own roles and title.
SELECT e.event_id, e.date_start, e.date_end, e.date_precision, e.event_type, e.text, e.issuer,
       e.source_id, s.name AS source_name, s.url, s.description AS source_description,
       c.title AS section, e.page, e.line, e.char_start, e.char_end, e.spans,
       e.participants_list AS participants, e.topics_list AS topics, e.agenda_list AS agenda,
       e.mentioned_list AS mentioned,
       CASE WHEN $focus::VARCHAR IS NOT NULL THEN
           list_filter(e.participants_list, lambda p: p.person_id = $focus::VARCHAR)[1] END AS focus
FROM selected
JOIN events e USING (event_id)
JOIN sources s ON s.source_id = e.source_id
LEFT JOIN chronicles c ON c.chronicle_id = e.chronicle_id
ORDER BY CASE WHEN $desc THEN e.date_start END DESC NULLS LAST,
         CASE WHEN NOT $desc THEN e.date_start END ASC NULLS LAST,
         e.source_id, e.seq
LIMIT $limit OFFSET $offset
