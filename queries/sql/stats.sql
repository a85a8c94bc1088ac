-- What the database holds, in one row.
SELECT (SELECT count(*) FROM sources) AS sources,
       (SELECT count(*) FROM chronicles) AS chronicles,
       (SELECT count(*) FROM events) AS events,
       (SELECT count(*) FROM events WHERE date_start IS NULL) AS undated_events,
       (SELECT count(*) FROM people) AS people,
       (SELECT count(*) FROM participants) AS participations,
       (SELECT count(*) FROM pairs) AS pairs,
       (SELECT count(*) FROM warnings) AS warnings,
       (SELECT count(DISTINCT issuer) FROM events) AS issuers,
       (SELECT min(date_start) FROM events) AS first_date,
       (SELECT max(coalesce(date_end, date_start)) FROM events) AS last_date,
       (SELECT max(ingested_at) FROM sources) AS last_ingest
