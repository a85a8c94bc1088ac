-- The events of one person ($person; optional $role, $from, $to): the fast path of events_filter.sql
-- (same columns). Participations are stored by person with their event's date and list position, so
-- this reads a block or two whatever the size of the database.
SELECT p.event_id, any_value(p.date_start) AS date_start, any_value(p.sort_key) AS sort_key
FROM participants p
WHERE p.person_id = $person::VARCHAR
  AND ($role::VARCHAR IS NULL OR list_contains(p.roles, $role::VARCHAR))
  AND ($from::DATE IS NULL OR coalesce(p.date_end, p.date_start) >= $from::DATE)
  AND ($to::DATE IS NULL OR p.date_start <= $to::DATE)
GROUP BY p.event_id
