-- The rows of a trend, after the CTEs `tot` (period, n_events) and `tt` (topic, period, n) written
-- before it (topic_trends.sql, topic_trends_months.sql): every topic in $topics for every period with
-- events, 0 where none carries it, and the share.
WITH tp AS (
    SELECT unnest($topics::VARCHAR[]) AS topic
)
SELECT tp.topic, tot.period, coalesce(tt.n, 0) AS count, tot.n_events,
       coalesce(tt.n, 0) / tot.n_events AS share
FROM tot CROSS JOIN tp
LEFT JOIN tt ON tt.topic = tp.topic AND tt.period = tot.period
ORDER BY tp.topic, tot.period
