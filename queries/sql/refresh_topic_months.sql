-- Dated events per issuer and month (topic NULL: all of them) and, per topic or event type, those that
-- carry it: computed once per ingest, so that a trend over whole issuers (topic_trends_months.sql) sums
-- a few hundred rows instead of reading every event. An event counts for each of its topics and for
-- its event type.
CREATE OR REPLACE TABLE topic_months AS
WITH ev AS (
    SELECT issuer, date_trunc('month', date_start)::DATE AS month,
           list_distinct(list_append(topics_list, event_type)) AS tags
    FROM events WHERE date_start IS NOT NULL
)
SELECT issuer, month, topic, n FROM (
    SELECT issuer, month, NULL::VARCHAR AS topic, count(*) AS n FROM ev GROUP BY ALL
    UNION ALL
    SELECT issuer, month, topic, count(*) AS n
    FROM (SELECT issuer, month, unnest(tags) AS topic FROM ev) WHERE topic IS NOT NULL GROUP BY ALL
)
ORDER BY issuer, topic, month;
