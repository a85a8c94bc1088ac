-- Each title a person held as written (from events and appointment notices), with the first and last
-- date it was seen, how often, its rank, and where it was seen. An appointment dates the start of
-- a post, a removal its end.
CREATE OR REPLACE TABLE person_titles AS
SELECT person_id, title,
       min(first_date) AS first_date,
       max(last_date) AS last_date,
       count(DISTINCT ref)::INTEGER AS n_events,
       any_value(office_level) AS office_level,
       any_value(office_grade) AS office_grade,
       list_sort(list_distinct(list(kind))) AS seen_in
FROM person_mentions
WHERE title <> ''
GROUP BY person_id, title
ORDER BY person_id;  -- stored by id: a profile's titles are one block
