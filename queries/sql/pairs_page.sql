-- One page of the precomputed pair table in the requested order ($sort: count|lift|jaccard|pmi|pvalue,
-- ranked at ingest by refresh_pair_ranks.sql): top pairs overall without a person.
SELECT pr.issuer, pr.a, pr.b, pr.k, pr.n_a, pr.n_b, pr.n_total, pr.expected, pr.jaccard, pr.lift, pr.pmi, pr.pvalue
FROM pairs pr
WHERE pr.k >= $min_count AND ($issuer::VARCHAR IS NULL OR pr.issuer = $issuer::VARCHAR)
ORDER BY CASE $sort WHEN 'count' THEN pr.rank_count WHEN 'lift' THEN pr.rank_lift
                    WHEN 'jaccard' THEN pr.rank_jaccard WHEN 'pmi' THEN pr.rank_pmi ELSE pr.rank_pvalue END
LIMIT $limit OFFSET $offset
