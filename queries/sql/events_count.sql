SELECT count(*) FROM selected
