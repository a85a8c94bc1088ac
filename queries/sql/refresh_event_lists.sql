-- Rebuild events with their participants, topics, agenda and mentioned people as lists, stored in
-- issuer and date order (zone maps then skip most of the table for an issuer or a date window).
CREATE OR REPLACE TABLE events AS
WITH parts AS (
    SELECT event_id, list({'person_id': person_id, 'name': name, 'title': title, 'roles': roles} ORDER BY ord) AS l
    FROM participants GROUP BY event_id
), tops AS (
    SELECT event_id, list(topic ORDER BY topic) AS l FROM event_topics GROUP BY event_id
), ags AS (
    SELECT event_id, list(item ORDER BY ord) AS l FROM agenda_items GROUP BY event_id
), ments AS (
    SELECT event_id, list(name ORDER BY ord) AS l FROM mentions GROUP BY event_id
)
SELECT e.* EXCLUDE (participants_list, topics_list, agenda_list, mentioned_list),
       coalesce(parts.l, []) AS participants_list, coalesce(tops.l, []) AS topics_list,
       coalesce(ags.l, []) AS agenda_list, coalesce(ments.l, []) AS mentioned_list
FROM events e
LEFT JOIN parts USING (event_id) LEFT JOIN tops USING (event_id)
LEFT JOIN ags USING (event_id) LEFT JOIN ments USING (event_id)
ORDER BY e.issuer, e.date_start, e.event_id;
