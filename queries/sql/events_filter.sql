-- The events matching the /events filters. Composed as the CTE `selected` in front of events_page,
-- events_count, events_facets, timeline_series, topic_trends. Each condition stands on one line
-- tagged `-- needs: PARAM`; queries/filters.py keeps only the lines whose parameter is given, so
-- an absent filter costs nothing (no join to participants or topics when nobody asked for one).
-- Each selected event carries its date and list position, so pages and series need no join back.
SELECT e.event_id, e.date_start, e.sort_key
FROM events e
WHERE true
  AND coalesce(e.date_end, e.date_start) >= $from::DATE -- needs: from
  AND e.date_start <= $to::DATE -- needs: to
  AND e.event_type = $type::VARCHAR -- needs: type
  AND e.issuer = $issuer::VARCHAR -- needs: issuer
  AND e.source_id = $source::VARCHAR -- needs: source
  AND (contains(e.text, $q::VARCHAR) OR ($q_alt::VARCHAR IS NOT NULL AND contains(e.text, $q_alt::VARCHAR))) -- needs: q
  AND list_contains(e.topics_list, $topic::VARCHAR) -- needs: topic
  AND e.event_id IN (SELECT p.event_id FROM participants p WHERE list_contains($persons::VARCHAR[], p.person_id) AND ($role::VARCHAR IS NULL OR list_contains(p.roles, $role::VARCHAR)) AND ($title::VARCHAR IS NULL OR contains(p.title, $title::VARCHAR))) -- needs: persons
  AND e.event_id IN (SELECT p.event_id FROM participants p WHERE ($role::VARCHAR IS NULL OR list_contains(p.roles, $role::VARCHAR)) AND ($title::VARCHAR IS NULL OR contains(p.title, $title::VARCHAR))) -- needs: role|title, not persons
