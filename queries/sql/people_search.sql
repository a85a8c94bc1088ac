-- People matching $q (name in either script, pinyin with or without spaces, or a title they held),
-- optionally within one issuer's chronicles, an office level or grade, or a jurisdiction; busiest first.
SELECT pe.person_id, pe.name, pe.pinyin, pe.aliases, pe.title, pe.jurisdiction, pe.jurisdiction_name,
       pe.office_level, pe.office_grade, pe.issuers, pe.n_events, pe.n_appointments, pe.first_date, pe.last_date,
       count(*) OVER () AS total
FROM people pe
WHERE ($q::VARCHAR IS NULL
       OR contains(pe.name_norm, $q_simplified::VARCHAR) OR contains(pe.name, $q::VARCHAR)
       OR list_contains(pe.aliases, $q::VARCHAR)
       OR (length($q_key::VARCHAR) > 0 AND (starts_with(pe.pinyin_key, $q_key::VARCHAR)
           OR (length($q_key::VARCHAR) >= 4 AND contains(pe.pinyin_key, $q_key::VARCHAR))))
       OR EXISTS (SELECT 1 FROM person_titles t
                  WHERE t.person_id = pe.person_id AND contains(t.title, $q_simplified::VARCHAR)))
  AND ($issuer::VARCHAR IS NULL OR list_contains(pe.issuers, $issuer::VARCHAR))
  AND ($level::VARCHAR IS NULL OR pe.office_level = $level::VARCHAR)
  AND ($grade::VARCHAR IS NULL OR pe.office_grade = $grade::VARCHAR)
  AND ($jurisdiction::VARCHAR IS NULL OR pe.jurisdiction = $jurisdiction::VARCHAR
       OR pe.jurisdiction_name = $jurisdiction::VARCHAR)
ORDER BY CASE WHEN $sort = 'name' THEN pe.pinyin_key END ASC,
         pe.n_events DESC, pe.person_id
LIMIT $limit OFFSET $offset
