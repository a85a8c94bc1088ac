-- The population co-attendance is measured against: who took part in which event ($from/$to DATE,
-- $issuer; $role: only participations in that role), within one issuer's chronicle. Participations
-- carry their event's date and issuer, so no join to events; `ev` is the event's sort_key (an integer
-- joins faster than an id). Not materialized: each use gets the filters pushed into its own scan, so
-- a person's side reads only that person's rows. Written in front of pair_counts.sql and
-- partner_counts.sql (queries.coattendance.counts_sql); a person may be named twice in one event, so
-- users count DISTINCT events.
WITH part AS NOT MATERIALIZED (
    SELECT sort_key AS ev, person_id, coalesce(issuer, '') AS issuer
    FROM participants
    WHERE ($from::DATE IS NULL OR coalesce(date_end, date_start) >= $from::DATE)
      AND ($to::DATE IS NULL OR date_start <= $to::DATE)
      AND ($issuer::VARCHAR IS NULL OR issuer = $issuer::VARCHAR)
      AND ($role::VARCHAR IS NULL OR list_contains(roles, $role::VARCHAR))
)
