-- The ids of one page of `selected` events, in list order: date (newest first when $desc), then
-- source order (sort_key), with the count of all of them. events_rows.sql then fetches those rows
-- through the event_id index.
SELECT event_id, count(*) OVER () AS total
FROM selected
ORDER BY CASE WHEN $desc THEN date_start END DESC NULLS LAST, sort_key
LIMIT $limit OFFSET $offset
