-- Every person's name, pinyin, latest title and event count packed into one string (kept in a serving
-- worker's memory by queries/people.py names()): fields joined by $sep, a missing value written $null.
SELECT person_id,
       concat_ws($sep::VARCHAR, coalesce(name, $null::VARCHAR), coalesce(pinyin, $null::VARCHAR),
                 coalesce(title, $null::VARCHAR), coalesce(n_events::VARCHAR, $null::VARCHAR)) AS packed
FROM people
