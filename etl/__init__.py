"""dashiji ETL: chronicle text → dated events with participants, topics and provenance → DuckDB."""
