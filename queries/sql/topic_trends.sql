-- Per period ($granularity month|quarter|year): how many selected events carry each topic or event
-- type in $topics, out of all selected events of that period (share). Undated events are left out.
-- Topics come from the list on the event row (no join to event_topics), with the event's type.
WITH ev AS (
    SELECT date_trunc($granularity::VARCHAR, e.date_start)::DATE AS period,
           list_distinct(list_append(e.topics_list, e.event_type)) AS topics_list
    FROM selected JOIN events e USING (event_id) WHERE e.date_start IS NOT NULL
), tot AS (
    SELECT period, count(*) AS n_events FROM ev GROUP BY period
), tt AS (
    SELECT topic, period, count(*) AS n
    FROM (SELECT period, unnest(topics_list) AS topic FROM ev)
    WHERE list_contains($topics::VARCHAR[], topic)
    GROUP BY topic, period
), tp AS (
    SELECT unnest($topics::VARCHAR[]) AS topic
)
SELECT tp.topic, tot.period, coalesce(tt.n, 0) AS count, tot.n_events,
       coalesce(tt.n, 0) / tot.n_events AS share
FROM tot CROSS JOIN tp
LEFT JOIN tt ON tt.topic = tp.topic AND tt.period = tot.period
ORDER BY tp.topic, tot.period
