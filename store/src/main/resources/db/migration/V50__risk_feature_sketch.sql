-- Bounded global feature counts (#3): the counts of feature values in successful sign-ins become
-- the cells of a count-min sketch (io.rampart.risk.GlobalFeatureCounts), a fixed number of rows
-- however many IPs and user agents are seen, instead of one row per value.
--
-- The old per-value counts cannot be folded into the sketch in SQL (the cells are a hash of the
-- value that only the engine computes), so they are dropped: with no sketch stored, the engine
-- counts every recorded successful sign-in again at its next start, from risk_assessments.

CREATE TABLE risk_feature_sketch (
    id    boolean PRIMARY KEY DEFAULT true CHECK (id),
    shape text    NOT NULL CHECK (char_length(shape) BETWEEN 1 AND 128),
    total bigint  NOT NULL CHECK (total >= 0)
);
COMMENT ON TABLE risk_feature_sketch IS
    'The one stored sketch of global feature counts: its shape (depth, width and hashing; cells of '
    'another shape are counted again from the recorded sign-ins) and the number of sign-ins counted.';

CREATE TABLE risk_feature_cells (
    cell  integer PRIMARY KEY CHECK (cell >= 0),
    count bigint  NOT NULL CHECK (count >= 0)
);
COMMENT ON TABLE risk_feature_cells IS
    'The non-zero cells of the sketch in risk_feature_sketch, by index. Written with the profiles '
    'whose sign-ins added to them.';

DROP TABLE risk_feature_counts;
