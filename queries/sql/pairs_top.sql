-- Pairs from the precomputed table (built at ingest over all events), or the partners of $person
-- (read from `partners`, where $person is always `a`: stored by person, one block).
SELECT pr.issuer, pr.a, pr.b, pr.k, pr.n_a, pr.n_b, pr.n_total, pr.expected, pr.jaccard, pr.lift, pr.pmi, pr.pvalue
FROM pairs pr
WHERE $person::VARCHAR IS NULL AND pr.k >= $min_count AND ($issuer::VARCHAR IS NULL OR pr.issuer = $issuer::VARCHAR)
UNION ALL
SELECT pr.issuer, pr.a, pr.b, pr.k, pr.n_a, pr.n_b, pr.n_total, pr.expected, pr.jaccard, pr.lift, pr.pmi, pr.pvalue
FROM partners pr
WHERE pr.a = $person::VARCHAR AND pr.k >= $min_count AND ($issuer::VARCHAR IS NULL OR pr.issuer = $issuer::VARCHAR)
