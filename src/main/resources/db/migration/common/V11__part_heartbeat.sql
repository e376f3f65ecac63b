-- Heartbeats of the ingest partitions read by `vigie worker` processes: one row per partition being read,
-- its count raised every few seconds by its worker. The manager of the run gives up a partition whose count
-- stops moving (its worker died) instead of waiting for it forever. beat_at is the worker's clock, for people
-- reading the table; the manager only watches the count change, by its own clock.
CREATE TABLE vigie_part_heartbeat (
    step_execution_id BIGINT PRIMARY KEY,
    beats             BIGINT NOT NULL,
    beat_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
