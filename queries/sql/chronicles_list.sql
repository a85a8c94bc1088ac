-- Chronicle sections (a month's 大事记 in a gazette, a web page) with their events' date span.
SELECT c.chronicle_id, c.source_id, s.name AS source_name, c.seq, c.title, c.period, c.page, c.heading_line,
       c.continued_from, c.n_events, s.issuer, s.url,
       (SELECT min(e.date_start) FROM events e WHERE e.chronicle_id = c.chronicle_id) AS first_date,
       (SELECT max(coalesce(e.date_end, e.date_start)) FROM events e WHERE e.chronicle_id = c.chronicle_id) AS last_date,
       count(*) OVER () AS total
FROM chronicles c JOIN sources s USING (source_id)
WHERE ($source::VARCHAR IS NULL OR c.source_id = $source::VARCHAR)
  AND ($issuer::VARCHAR IS NULL OR s.issuer = $issuer::VARCHAR)
ORDER BY s.name, c.seq
LIMIT $limit OFFSET $offset
