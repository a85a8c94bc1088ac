-- Rebuild the people registry from participants: one row per person id, the most frequent written
-- form as its name, the latest title seen, the issuers whose chronicles name them, and their span
-- of activity. `pinyin` and `pinyin_key` are filled in from Python (etl/derive.py) right after.
CREATE OR REPLACE TABLE people AS
WITH named AS (
    SELECT p.person_id, p.name, p.name_norm, p.title, e.issuer, e.date_start, e.date_end, e.seq, p.event_id
    FROM participants p JOIN events e USING (event_id)
),
forms AS (
    SELECT person_id, name,
           row_number() OVER (PARTITION BY person_id ORDER BY count(*) DESC, name) AS rk
    FROM named GROUP BY person_id, name
)
SELECT n.person_id,
       f.name,
       any_value(n.name_norm) AS name_norm,
       ''::VARCHAR AS pinyin,
       ''::VARCHAR AS pinyin_key,
       any_value(n.issuer) AS issuer,
       list_sort(list_distinct(list(n.issuer) FILTER (WHERE n.issuer IS NOT NULL))) AS issuers,
       coalesce(arg_max(n.title, (n.date_start, n.seq)) FILTER (WHERE n.title <> ''), '') AS title,
       count(DISTINCT n.event_id)::INTEGER AS n_events,
       min(n.date_start) AS first_date,
       max(coalesce(n.date_end, n.date_start)) AS last_date
FROM named n
JOIN forms f ON f.person_id = n.person_id AND f.rk = 1
GROUP BY n.person_id, f.name;
