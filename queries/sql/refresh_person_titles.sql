-- Each title a person was given as written, with the first and last date it was seen and how often.
CREATE OR REPLACE TABLE person_titles AS
SELECT p.person_id, p.title,
       min(e.date_start) AS first_date,
       max(coalesce(e.date_end, e.date_start)) AS last_date,
       count(DISTINCT p.event_id)::INTEGER AS n_events
FROM participants p JOIN events e USING (event_id)
WHERE p.title <> ''
GROUP BY p.person_id, p.title;
