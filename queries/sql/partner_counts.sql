-- Everyone who shares events with one person ($person), per issuer, with the counts the
-- significance needs (the scope: coattendance_scope.sql, written in front of this file).
WITH mine AS MATERIALIZED (SELECT DISTINCT ev, issuer FROM part WHERE person_id = $person::VARCHAR),
co AS MATERIALIZED (
    SELECT p.issuer, p.person_id AS b, count(DISTINCT p.ev) AS k
    FROM part p JOIN mine m USING (ev)
    WHERE p.person_id <> $person::VARCHAR
    GROUP BY p.issuer, p.person_id
    HAVING count(DISTINCT p.ev) >= $min_count
),
totals AS (
    SELECT issuer, count(DISTINCT ev) AS n_total FROM part
    WHERE issuer IN (SELECT issuer FROM mine) GROUP BY issuer
),
deg AS (
    SELECT issuer, person_id, count(DISTINCT ev) AS n FROM part
    WHERE person_id IN (SELECT b FROM co) OR person_id = $person::VARCHAR
    GROUP BY issuer, person_id
)
SELECT co.issuer, $person::VARCHAR AS a, co.b, co.k, da.n AS n_a, db.n AS n_b, t.n_total
FROM co
JOIN deg da ON da.issuer = co.issuer AND da.person_id = $person::VARCHAR
JOIN deg db ON db.issuer = co.issuer AND db.person_id = co.b
JOIN totals t ON t.issuer = co.issuer
