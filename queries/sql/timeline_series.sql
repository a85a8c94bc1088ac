-- Counts of the selected events per day, week or month ($granularity), gaps filled with 0,
-- from $lo to $hi when given (else the first to the last event).
WITH d AS (
    SELECT date_trunc($granularity::VARCHAR, date_start)::DATE AS period
    FROM selected WHERE date_start IS NOT NULL
), b AS (
    SELECT coalesce(date_trunc($granularity::VARCHAR, $lo::DATE)::DATE, min(period)) AS lo,
           coalesce(date_trunc($granularity::VARCHAR, $hi::DATE)::DATE, max(period)) AS hi FROM d
), s AS (
    SELECT unnest(generate_series(lo::TIMESTAMP, hi::TIMESTAMP,
                  CASE $granularity::VARCHAR WHEN 'day' THEN INTERVAL 1 DAY WHEN 'week' THEN INTERVAL 7 DAY
                       WHEN 'month' THEN INTERVAL 1 MONTH WHEN 'quarter' THEN INTERVAL 3 MONTH
                       ELSE INTERVAL 1 YEAR END))::DATE AS period
    FROM b WHERE lo IS NOT NULL AND hi IS NOT NULL
)
SELECT s.period, count(d.period) AS count
FROM s LEFT JOIN d USING (period)
GROUP BY s.period ORDER BY s.period
