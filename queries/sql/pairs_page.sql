-- One page of the precomputed pair table in the requested order ($sort: count|lift|jaccard|pmi|pvalue),
-- ties by count then ids, with the total: top pairs overall without a person.
SELECT pr.issuer, pr.a, pr.b, pr.k, pr.n_a, pr.n_b, pr.n_total, pr.expected, pr.jaccard, pr.lift, pr.pmi, pr.pvalue,
       count(*) OVER () AS total
FROM pairs pr
WHERE pr.k >= $min_count AND ($issuer::VARCHAR IS NULL OR pr.issuer = $issuer::VARCHAR)
ORDER BY CASE WHEN $sort = 'pvalue' THEN pr.pvalue END ASC NULLS LAST,
         CASE $sort WHEN 'count' THEN pr.k WHEN 'lift' THEN pr.lift WHEN 'jaccard' THEN pr.jaccard
                    WHEN 'pmi' THEN pr.pmi END DESC NULLS LAST,
         pr.k DESC, pr.issuer, pr.a, pr.b
LIMIT $limit OFFSET $offset
