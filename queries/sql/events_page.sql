-- One page of `selected` events with everything an item shows: participants, topics, agenda,
-- provenance, and ($focus) the focal person's own roles and title in each. The page is cut first,
-- then its rows are joined to their details (so the detail tables are read for the page only).
WITH page AS MATERIALIZED (
    SELECT e.event_id, e.date_start, e.date_end, e.date_precision, e.event_type, e.text, e.issuer, e.seq,
           e.source_id, e.chronicle_id, e.page, e.line, e.char_start, e.char_end, e.spans
    FROM selected JOIN events e USING (event_id)
    ORDER BY CASE WHEN $desc THEN e.date_start END DESC NULLS LAST,
             CASE WHEN NOT $desc THEN e.date_start END ASC NULLS LAST,
             e.source_id, e.seq
    LIMIT $limit OFFSET $offset
), parts AS (
    SELECT p.event_id,
           list({'person_id': p.person_id, 'name': p.name, 'title': p.title, 'roles': p.roles} ORDER BY p.ord)
               AS participants,
           first({'roles': p.roles, 'title': p.title} ORDER BY p.ord) FILTER (WHERE p.person_id = $focus::VARCHAR)
               AS focus
    FROM participants p WHERE p.event_id IN (SELECT event_id FROM page) GROUP BY p.event_id
), tops AS (
    SELECT t.event_id, list(t.topic ORDER BY t.topic) AS topics
    FROM event_topics t WHERE t.event_id IN (SELECT event_id FROM page) GROUP BY t.event_id
), ags AS (
    SELECT a.event_id, list(a.item ORDER BY a.ord) AS agenda
    FROM agenda_items a WHERE a.event_id IN (SELECT event_id FROM page) GROUP BY a.event_id
), ments AS (
    SELECT m.event_id, list(m.name ORDER BY m.ord) AS mentioned
    FROM mentions m WHERE m.event_id IN (SELECT event_id FROM page) GROUP BY m.event_id
)
SELECT page.event_id, page.date_start, page.date_end, page.date_precision, page.event_type, page.text, page.issuer,
       page.source_id, s.name AS source_name, s.url, s.description AS source_description,
       c.title AS section, page.page, page.line, page.char_start, page.char_end, page.spans,
       coalesce(parts.participants, []) AS participants, coalesce(tops.topics, []) AS topics,
       coalesce(ags.agenda, []) AS agenda, coalesce(ments.mentioned, []) AS mentioned, parts.focus
FROM page
JOIN sources s ON s.source_id = page.source_id
LEFT JOIN chronicles c ON c.chronicle_id = page.chronicle_id
LEFT JOIN parts ON parts.event_id = page.event_id
LEFT JOIN tops ON tops.event_id = page.event_id
LEFT JOIN ags ON ags.event_id = page.event_id
LEFT JOIN ments ON ments.event_id = page.event_id
ORDER BY CASE WHEN $desc THEN page.date_start END DESC NULLS LAST,
         CASE WHEN NOT $desc THEN page.date_start END ASC NULLS LAST,
         page.source_id, page.seq
