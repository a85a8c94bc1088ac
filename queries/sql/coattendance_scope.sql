-- The population co-attendance is measured against: the events in scope ($from/$to DATE, $issuer)
-- and who took part in each within one issuer's chronicle ($role: only participations in that role).
-- Written in front of pair_counts.sql and partner_counts.sql (queries.coattendance.counts_sql).
WITH ev AS (
    SELECT event_id, issuer FROM events
    WHERE ($from::DATE IS NULL OR coalesce(date_end, date_start) >= $from::DATE)
      AND ($to::DATE IS NULL OR date_start <= $to::DATE)
      AND ($issuer::VARCHAR IS NULL OR issuer = $issuer::VARCHAR)
),
part AS (
    SELECT DISTINCT p.event_id, p.person_id, coalesce(ev.issuer, '') AS issuer
    FROM participants p JOIN ev USING (event_id)
    WHERE $role::VARCHAR IS NULL OR list_contains(p.roles, $role::VARCHAR)
)
