-- What was ingested: each source with its counts and warnings.
SELECT s.source_id, s.name, s.url, s.description, s.issuer, s.encoding, s.period, s.sha256,
       s.n_events, s.n_warnings, s.ingested_at,
       (SELECT count(*) FROM chronicles c WHERE c.source_id = s.source_id) AS n_chronicles,
       coalesce((SELECT list({'line': w.line, 'message': w.message} ORDER BY w.line, w.message)
                 FROM warnings w WHERE w.source_id = s.source_id), []) AS warnings,
       count(*) OVER () AS total
FROM sources s
WHERE ($source::VARCHAR IS NULL OR s.source_id = $source::VARCHAR)
  AND ($issuer::VARCHAR IS NULL OR s.issuer = $issuer::VARCHAR)
ORDER BY s.name, s.source_id
LIMIT $limit OFFSET $offset
