-- Everyone who shares events with one person ($person), per issuer, with the counts the
-- significance needs (the scope: coattendance_scope.sql, written in front of this file).
WITH mine AS (SELECT event_id, issuer FROM part WHERE person_id = $person::VARCHAR),
co AS (
    SELECT p.issuer, p.person_id AS b, count(*) AS k
    FROM part p JOIN mine m USING (event_id, issuer)
    WHERE p.person_id <> $person::VARCHAR
    GROUP BY p.issuer, p.person_id
    HAVING count(*) >= $min_count
),
totals AS (
    SELECT issuer, count(DISTINCT event_id) AS n_total FROM part
    WHERE issuer IN (SELECT issuer FROM mine) GROUP BY issuer
),
deg AS (
    SELECT issuer, person_id, count(*) AS n FROM part
    WHERE person_id IN (SELECT b FROM co) OR person_id = $person::VARCHAR
    GROUP BY issuer, person_id
)
SELECT co.issuer, $person::VARCHAR AS a, co.b, co.k, da.n AS n_a, db.n AS n_b, t.n_total
FROM co
JOIN deg da ON da.issuer = co.issuer AND da.person_id = $person::VARCHAR
JOIN deg db ON db.issuer = co.issuer AND db.person_id = co.b
JOIN totals t ON t.issuer = co.issuer
