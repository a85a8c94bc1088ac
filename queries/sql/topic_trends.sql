-- Per period ($granularity month|quarter|year): how many selected events carry each topic in
-- $topics, out of all selected events of that period (share). Undated events are left out.
WITH ev AS (
    SELECT e.event_id, date_trunc($granularity::VARCHAR, e.date_start)::DATE AS period
    FROM selected JOIN events e USING (event_id) WHERE e.date_start IS NOT NULL
), tot AS (
    SELECT period, count(*) AS n_events FROM ev GROUP BY period
), tt AS (
    SELECT t.topic, ev.period, count(*) AS n
    FROM ev JOIN event_topics t USING (event_id)
    WHERE list_contains($topics::VARCHAR[], t.topic)
    GROUP BY t.topic, ev.period
), tp AS (
    SELECT unnest($topics::VARCHAR[]) AS topic
)
SELECT tp.topic, tot.period, coalesce(tt.n, 0) AS count, tot.n_events,
       coalesce(tt.n, 0) / tot.n_events AS share
FROM tot CROSS JOIN tp
LEFT JOIN tt ON tt.topic = tp.topic AND tt.period = tot.period
ORDER BY tp.topic, tot.period
