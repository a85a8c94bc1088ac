SELECT person_id, name, pinyin, title, n_events FROM people WHERE list_contains($ids::VARCHAR[], person_id)
