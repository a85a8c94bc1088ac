-- Co-attendance counts for every pair of people, within one issuer's chronicle, over the scope of
-- coattendance_scope.sql (written in front of this file). n_total is the issuer's events with anyone in
-- them; n_a/n_b each side's events; k the events they share. Person ids are ordered a < b.
WITH once AS MATERIALIZED (SELECT DISTINCT ev, person_id, issuer FROM part),
totals AS (SELECT issuer, count(DISTINCT ev) AS n_total FROM once GROUP BY issuer),
deg AS (SELECT issuer, person_id, count(*) AS n FROM once GROUP BY issuer, person_id),
co AS (
    SELECT x.issuer, x.person_id AS a, y.person_id AS b, count(*) AS k
    FROM once x JOIN once y ON x.ev = y.ev AND x.person_id < y.person_id
    GROUP BY x.issuer, x.person_id, y.person_id
)
SELECT co.issuer, co.a, co.b, co.k, da.n AS n_a, db.n AS n_b, t.n_total
FROM co
JOIN deg da ON da.issuer = co.issuer AND da.person_id = co.a
JOIN deg db ON db.issuer = co.issuer AND db.person_id = co.b
JOIN totals t ON t.issuer = co.issuer
WHERE co.k >= $min_count
