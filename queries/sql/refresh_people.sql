-- Rebuild the people registry from every mention (events and appointment notices): one row per
-- person id; the most frequent written form as its name (unless a curator renamed it), the other
-- forms as aliases, the latest title, the most senior office held (level, then grade), the issuers
-- whose chronicles name them, and their span of activity. `pinyin`/`pinyin_key` come from Python.
CREATE OR REPLACE TABLE people AS
WITH m AS (SELECT * FROM person_mentions),
forms AS (
    SELECT person_id, name, count(*) AS n,
           row_number() OVER (PARTITION BY person_id ORDER BY count(*) DESC, name) AS rk
    FROM m GROUP BY person_id, name
),
home AS (  -- the issuer whose chronicles name them most (ties: the first by name), so the same input
           -- always gives the same row (the Parquet export is partitioned by it)
    SELECT person_id, issuer,
           row_number() OVER (PARTITION BY person_id ORDER BY count(*) DESC, issuer) AS rk
    FROM m WHERE issuer IS NOT NULL AND issuer <> '' GROUP BY person_id, issuer
),
ranked AS (
    SELECT person_id, office_level, office_grade,
           row_number() OVER (PARTITION BY person_id ORDER BY
               list_position(['national', 'provincial', 'municipal', 'county', 'other'], office_level),
               list_position(['leader', 'deputy', 'official'], office_grade), last_date DESC NULLS LAST) AS rk
    FROM m WHERE title <> ''
)
SELECT m.person_id,
       coalesce(any_value(rn.name), f.name) AS name,
       any_value(m.name_norm) AS name_norm,
       coalesce((SELECT list(x.name ORDER BY x.n DESC, x.name) FROM forms x
                 WHERE x.person_id = m.person_id AND x.rk > 1), []) AS aliases,
       ''::VARCHAR AS pinyin,
       ''::VARCHAR AS pinyin_key,
       any_value(m.person_key) AS person_key,
       any_value(m.jurisdiction) AS jurisdiction,
       any_value(m.jurisdiction_name) AS jurisdiction_name,
       coalesce(any_value(r.office_level), 'other') AS office_level,
       coalesce(any_value(r.office_grade), 'official') AS office_grade,
       any_value(h.issuer) AS issuer,
       list_sort(list_distinct(list(m.issuer) FILTER (WHERE m.issuer IS NOT NULL AND m.issuer <> ''))) AS issuers,
       coalesce(arg_max(m.title, (m.first_date, m.seq)) FILTER (WHERE m.title <> '' AND m.kind = 'event'),
                arg_max(m.title, (m.first_date, m.seq)) FILTER (WHERE m.title <> ''), '') AS title,
       (count(DISTINCT m.ref) FILTER (WHERE m.kind = 'event'))::INTEGER AS n_events,
       (count(DISTINCT m.ref) FILTER (WHERE m.kind = 'appointment'))::INTEGER AS n_appointments,
       min(m.first_date) AS first_date,
       max(m.last_date) AS last_date
FROM m
JOIN forms f ON f.person_id = m.person_id AND f.rk = 1
LEFT JOIN ranked r ON r.person_id = m.person_id AND r.rk = 1
LEFT JOIN home h ON h.person_id = m.person_id AND h.rk = 1
LEFT JOIN person_renames rn ON rn.person_id = m.person_id AND rn.name <> ''
GROUP BY m.person_id, f.name
ORDER BY m.person_id;  -- stored by id: zone maps make a lookup by id read one block
