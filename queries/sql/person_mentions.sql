-- Every mention of a person, in an event or an appointment notice, with the office it names.
CREATE OR REPLACE VIEW person_mentions AS
SELECT p.person_id, p.person_key, p.name, p.name_norm, p.title, p.jurisdiction, p.jurisdiction_name,
       p.office_level, p.office_grade, e.issuer, e.date_start AS first_date,
       coalesce(e.date_end, e.date_start) AS last_date, e.seq, p.event_id AS ref, 'event' AS kind
FROM participants p JOIN events e USING (event_id)
UNION ALL
SELECT a.person_id, a.person_key, a.name, a.name_norm, a.position, a.jurisdiction, a.jurisdiction_name,
       a.office_level, a.office_grade, a.issuer, a.date, a.date, a.line, a.appointment_id, 'appointment'
FROM appointments a;
