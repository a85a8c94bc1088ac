-- Rank the pair table once per ingest in each order a page can ask for (ties: count, issuer, ids),
-- and store it in count order: a top-pairs page is then a top-N over one integer, not a sort of every
-- pair on several columns. `partners` holds each pair twice, once from each side, stored by person:
-- a person's partners are one block.
CREATE OR REPLACE TABLE pairs AS
SELECT *,
       row_number() OVER (ORDER BY k DESC, issuer, a, b) AS rank_count,
       row_number() OVER (ORDER BY lift DESC NULLS LAST, k DESC, issuer, a, b) AS rank_lift,
       row_number() OVER (ORDER BY jaccard DESC NULLS LAST, k DESC, issuer, a, b) AS rank_jaccard,
       row_number() OVER (ORDER BY pmi DESC NULLS LAST, k DESC, issuer, a, b) AS rank_pmi,
       row_number() OVER (ORDER BY pvalue ASC NULLS LAST, k DESC, issuer, a, b) AS rank_pvalue
FROM pairs
ORDER BY rank_count;

CREATE OR REPLACE TABLE partners AS
SELECT issuer, a, b, k, n_a, n_b, n_total, expected, jaccard, lift, pmi, pvalue FROM pairs
UNION ALL
SELECT issuer, b, a, k, n_b, n_a, n_total, expected, jaccard, lift, pmi, pvalue FROM pairs
ORDER BY 2, 3, 1;
