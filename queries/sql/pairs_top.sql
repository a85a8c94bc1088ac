-- Pairs from the precomputed table (built at ingest over all events), optionally of one issuer.
SELECT pr.issuer, pr.a, pr.b, pr.k, pr.n_a, pr.n_b, pr.n_total, pr.expected, pr.jaccard, pr.lift, pr.pmi, pr.pvalue
FROM pairs pr
WHERE pr.k >= $min_count AND ($issuer::VARCHAR IS NULL OR pr.issuer = $issuer::VARCHAR)
