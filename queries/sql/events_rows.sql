-- The events with these ids ($ids) and everything an item shows: participants (JSON), topics,
-- agenda, mentioned people and provenance, all on the row (refresh_event_lists.sql), so that a page
-- is one read through the event_id index (a join here would turn that lookup into a scan).
SELECT event_id, date_start, date_end, date_precision, event_type, text, issuer, source_id, source_name,
       source_url AS url, source_description, section, page, line, char_start, char_end, spans,
       participants_json AS participants, topics_list AS topics, agenda_list AS agenda, mentioned_list AS mentioned
FROM events
WHERE event_id = ANY($ids::VARCHAR[])
