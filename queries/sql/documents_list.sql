-- Numbered gazette documents (文号, title, date, pages) with how many appointment records each holds.
SELECT d.document_id, d.number, d.title, d.date, d.page_start, d.page_end, d.line, d.kind, d.source_id,
       s.name AS source_name, s.description AS source_description, s.url, s.issuer,
       (SELECT count(*) FROM appointments a WHERE a.document_id = d.document_id) AS n_appointments,
       count(*) OVER () AS total
FROM documents d JOIN sources s USING (source_id)
WHERE ($document::VARCHAR IS NULL OR d.document_id = $document::VARCHAR OR d.number = $document::VARCHAR)
  AND ($source::VARCHAR IS NULL OR d.source_id = $source::VARCHAR)
  AND ($issuer::VARCHAR IS NULL OR s.issuer = $issuer::VARCHAR)
  AND ($kind::VARCHAR IS NULL OR d.kind = $kind::VARCHAR)
  AND ($from::DATE IS NULL OR d.date >= $from::DATE)
  AND ($to::DATE IS NULL OR d.date <= $to::DATE)
ORDER BY d.date NULLS LAST, d.source_id, d.number
LIMIT $limit OFFSET $offset
