-- Per period ($granularity month|quarter|year): how many selected events carry each topic or event
-- type in $topics, out of all selected events of that period (share). Undated events are left out.
-- Topics come from the list on the event row (no join to event_topics), with the event's type.
-- The CTEs `tot` and `tt` that trend_rows.sql turns into rows.
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
)
