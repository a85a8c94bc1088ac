-- The partners of $person from the precomputed pairs, read from `partners` (the pairs from each side,
-- stored by person: one block), where $person is always `a`.
SELECT pr.issuer, pr.a, pr.b, pr.k, pr.n_a, pr.n_b, pr.n_total, pr.expected, pr.jaccard, pr.lift, pr.pmi, pr.pvalue
FROM partners pr
WHERE pr.a = $person::VARCHAR AND pr.k >= $min_count AND ($issuer::VARCHAR IS NULL OR pr.issuer = $issuer::VARCHAR)
