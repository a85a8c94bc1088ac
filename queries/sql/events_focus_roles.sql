-- For each dated event in `selected` that names $focus: its date and the person's first role there
-- ('none' when untagged), in list order; the activity chart counts these per week or month.
SELECT any_value(p.date_start) AS date_start, coalesce(arg_min(p.roles, p.ord)[1], 'none') AS role
FROM selected JOIN participants p USING (event_id)
WHERE p.person_id = $focus::VARCHAR AND p.date_start IS NOT NULL
GROUP BY p.event_id
ORDER BY any_value(p.sort_key)
