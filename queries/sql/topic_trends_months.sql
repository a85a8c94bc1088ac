-- topic_trends.sql for a question over whole issuers (no person, no dates: optional $issuer only), from
-- the monthly counts of refresh_topic_months.sql: the same CTEs `tot` and `tt`.
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
)
