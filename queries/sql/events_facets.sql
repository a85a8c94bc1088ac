-- Counts of the selected events by topic, type, month and person (the top $facet_size of each).
WITH typ AS (
    SELECT 'type' AS facet, e.event_type AS value, NULL::VARCHAR AS label, count(*) AS n
    FROM selected JOIN events e USING (event_id) GROUP BY e.event_type
), top AS (
    SELECT 'topic' AS facet, t.topic AS value, NULL::VARCHAR AS label, count(*) AS n
    FROM selected JOIN event_topics t USING (event_id) GROUP BY t.topic
), mon AS (
    SELECT 'month' AS facet, strftime(date_start, '%Y-%m') AS value, NULL::VARCHAR AS label, count(*) AS n
    FROM selected WHERE date_start IS NOT NULL GROUP BY 2
), per AS (
    SELECT 'person' AS facet, p.person_id AS value, any_value(pe.name) AS label, count(DISTINCT p.event_id) AS n
    FROM selected JOIN participants p USING (event_id) JOIN people pe ON pe.person_id = p.person_id
    GROUP BY p.person_id
), allf AS (
    SELECT * FROM typ UNION ALL SELECT * FROM top UNION ALL SELECT * FROM mon UNION ALL SELECT * FROM per
)
SELECT facet, value, label, n FROM allf
WHERE list_contains($facets::VARCHAR[], facet)
QUALIFY row_number() OVER (PARTITION BY facet ORDER BY CASE WHEN facet = 'month' THEN 0 ELSE n END DESC,
                                                          value) <= $facet_size
ORDER BY facet, CASE WHEN facet = 'month' THEN 0 ELSE n END DESC, value
