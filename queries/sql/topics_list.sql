-- The taxonomy with how many selected events each topic and event type has.
WITH tc AS (
    SELECT t.topic, count(*) AS n FROM selected JOIN event_topics t USING (event_id) GROUP BY t.topic
), yc AS (
    SELECT e.event_type AS topic, count(*) AS n FROM selected JOIN events e USING (event_id) GROUP BY e.event_type
)
SELECT tp.topic, tp.en, tp.kind,
       coalesce(CASE WHEN tp.kind = 'topic' THEN tc.n ELSE yc.n END, 0) AS n_events
FROM topics tp
LEFT JOIN tc ON tp.kind = 'topic' AND tc.topic = tp.topic
LEFT JOIN yc ON tp.kind = 'event_type' AND yc.topic = tp.topic
WHERE $kind::VARCHAR IS NULL OR tp.kind = $kind::VARCHAR
ORDER BY tp.kind DESC, n_events DESC, tp.topic
