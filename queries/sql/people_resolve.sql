-- The person ids a `person` parameter names: an id, a name in either script, or pinyin.
SELECT person_id FROM people
WHERE person_id = $value::VARCHAR OR name = $value::VARCHAR OR name_norm = $simplified::VARCHAR
   OR (length($key::VARCHAR) > 0 AND pinyin_key = $key::VARCHAR)
ORDER BY n_events DESC, person_id
