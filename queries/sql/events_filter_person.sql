-- The events of one person ($person), within an optional date window: the fast path of
-- events_filter.sql for timelines (participants are stored by person, so this reads a few blocks).
SELECT DISTINCT p.event_id
FROM participants p
WHERE p.person_id = $person::VARCHAR
  AND ($role::VARCHAR IS NULL OR list_contains(p.roles, $role::VARCHAR))
  AND ($from::DATE IS NULL OR p.event_id IN (SELECT event_id FROM events e WHERE coalesce(e.date_end, e.date_start) >= $from::DATE))
  AND ($to::DATE IS NULL OR p.event_id IN (SELECT event_id FROM events e WHERE e.date_start <= $to::DATE))
