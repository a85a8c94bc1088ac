-- Appointment records (任免) with their document and person, filtered; in date and notice order.
SELECT a.appointment_id, a.person_id, a.name, a.action, a.position, a.positions, a.term, a.number AS document,
       a.document_id, d.title AS document_title, a.date, a.issuer, a.source_id, s.name AS source_name, s.url,
       s.description AS source_description, d.page_start AS page, a.line, a.office_level, a.office_grade,
       count(*) OVER () AS total
FROM appointments a
JOIN sources s USING (source_id)
LEFT JOIN documents d USING (document_id)
WHERE ($person::VARCHAR[] IS NULL OR list_contains($person::VARCHAR[], a.person_id))
  AND ($from::DATE IS NULL OR a.date >= $from::DATE)
  AND ($to::DATE IS NULL OR a.date <= $to::DATE)
  AND ($document::VARCHAR IS NULL OR a.number = $document::VARCHAR OR a.document_id = $document::VARCHAR)
  AND ($action::VARCHAR IS NULL OR a.action = $action::VARCHAR)
  AND ($issuer::VARCHAR IS NULL OR a.issuer = $issuer::VARCHAR)
ORDER BY a.date NULLS LAST, a.source_id, a.ord
LIMIT $limit OFFSET $offset
