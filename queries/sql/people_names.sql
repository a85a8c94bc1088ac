SELECT person_id, name, pinyin, title, n_events FROM people WHERE person_id = ANY($ids::VARCHAR[])
