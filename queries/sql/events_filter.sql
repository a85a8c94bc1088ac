-- The events matching the /events filters (every parameter NULL = no filter). Composed as the CTE
-- `selected` in front of events_page / events_count / events_facet / timeline_series / topic_trends.
SELECT e.event_id
FROM events e
WHERE ($from::DATE IS NULL OR coalesce(e.date_end, e.date_start) >= $from::DATE)
  AND ($to::DATE IS NULL OR e.date_start <= $to::DATE)
  AND ($type::VARCHAR IS NULL OR e.event_type = $type::VARCHAR)
  AND ($issuer::VARCHAR IS NULL OR e.issuer = $issuer::VARCHAR)
  AND ($source::VARCHAR IS NULL OR e.source_id = $source::VARCHAR)
  AND ($q::VARCHAR IS NULL OR contains(e.text, $q::VARCHAR)
       OR ($q_alt::VARCHAR IS NOT NULL AND contains(e.text, $q_alt::VARCHAR)))
  AND ($topic::VARCHAR IS NULL OR EXISTS (
        SELECT 1 FROM event_topics t WHERE t.event_id = e.event_id AND t.topic = $topic::VARCHAR))
  AND (($persons::VARCHAR[] IS NULL AND $role::VARCHAR IS NULL AND $title::VARCHAR IS NULL) OR EXISTS (
        SELECT 1 FROM participants p
        WHERE p.event_id = e.event_id
          AND ($persons::VARCHAR[] IS NULL OR list_contains($persons::VARCHAR[], p.person_id))
          AND ($role::VARCHAR IS NULL OR list_contains(p.roles, $role::VARCHAR))
          AND ($title::VARCHAR IS NULL OR contains(p.title, $title::VARCHAR))))
