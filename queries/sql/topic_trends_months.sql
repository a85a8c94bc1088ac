-- topic_trends.sql for a question over whole issuers (no person, no dates: optional $issuer only), from
-- the monthly counts of refresh_topic_months.sql; the same rows and columns.
WITH tot AS (
    SELECT date_trunc($granularity::VARCHAR, month)::DATE AS period, sum(n)::BIGINT AS n_events
    FROM topic_months
    WHERE topic IS NULL AND ($issuer::VARCHAR IS NULL OR issuer = $issuer::VARCHAR)
    GROUP BY 1
), tt AS (
    SELECT topic, date_trunc($granularity::VARCHAR, month)::DATE AS period, sum(n)::BIGINT AS n
    FROM topic_months
    WHERE list_contains($topics::VARCHAR[], topic) AND ($issuer::VARCHAR IS NULL OR issuer = $issuer::VARCHAR)
    GROUP BY 1, 2
), tp AS (
    SELECT unnest($topics::VARCHAR[]) AS topic
)
SELECT tp.topic, tot.period, coalesce(tt.n, 0) AS count, tot.n_events,
       coalesce(tt.n, 0) / tot.n_events AS share
FROM tot CROSS JOIN tp
LEFT JOIN tt ON tt.topic = tp.topic AND tt.period = tot.period
ORDER BY tp.topic, tot.period
