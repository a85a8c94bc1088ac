-- How many precomputed pairs pass the top-pairs filters (the page's total).
SELECT count(*) AS total FROM pairs WHERE k >= $min_count AND ($issuer::VARCHAR IS NULL OR issuer = $issuer::VARCHAR)
