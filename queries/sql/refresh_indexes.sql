-- Point lookups the API makes on every request (an event page by ids, a person by id, their titles,
-- facets and partners) go through ART indexes, built last by etl/derive.py on the rebuilt tables.
-- The load drops events_event_id first: it would slow every inserted batch. Not `partners`: a person's
-- hundred partner rows fetched one by one through an index cost 30 ms; stored by person, zone maps
-- find them in 2.
CREATE UNIQUE INDEX events_event_id ON events (event_id);
CREATE UNIQUE INDEX people_person_id ON people (person_id);
CREATE INDEX person_titles_person_id ON person_titles (person_id);
CREATE UNIQUE INDEX person_facets_person_id ON person_facets (person_id);
