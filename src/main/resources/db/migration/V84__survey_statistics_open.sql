-- Survey statistics of OPEN surveys too (issue 8, ADR 0015): a large open survey's counts are kept
-- as a snapshot that the results page shows at once with its time and recounts in the background
-- when it is older than planovna.survey.open-results.max-age or answers were written since
-- (stale). duration_ms: how long the count took; only counts slower than
-- planovna.survey.open-results.slow-ms are kept for open surveys (small surveys count live).
alter table survey_statistics add column stale boolean default false not null;
alter table survey_statistics add column duration_ms bigint default 0 not null;
