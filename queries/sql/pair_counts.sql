-- Co-attendance counts for every pair of people, within one issuer's chronicle, over the scope of
-- coattendance_scope.sql (written in front of this file). n_total is the issuer's events with anyone in
-- them; n_a/n_b each side's events; k the events they share. Person ids are ordered a < b.
WITH totals AS (SELECT issuer, count(DISTINCT event_id) AS n_total FROM part GROUP BY issuer),
deg AS (SELECT issuer, person_id, count(*) AS n FROM part GROUP BY issuer, person_id),
co AS (
    SELECT x.issuer, x.person_id AS a, y.person_id AS b, count(*) AS k
    FROM part x JOIN part y ON x.event_id = y.event_id AND x.person_id < y.person_id
    GROUP BY x.issuer, x.person_id, y.person_id
)
SELECT co.issuer, co.a, co.b, co.k, da.n AS n_a, db.n AS n_b, t.n_total
FROM co
JOIN deg da ON da.issuer = co.issuer AND da.person_id = co.a
JOIN deg db ON db.issuer = co.issuer AND db.person_id = co.b
JOIN totals t ON t.issuer = co.issuer
WHERE co.k >= $min_count
