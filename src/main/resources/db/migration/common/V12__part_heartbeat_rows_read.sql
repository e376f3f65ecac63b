-- The rows a worker has read in its partition, carried by each heartbeat: the manager tells a worker that
-- beats but whose reading does not move (a hung read, a deadlock) from one that reads on, and gives the
-- partition up. A count the worker keeps itself; the manager only watches it change, by its own clock.
ALTER TABLE vigie_part_heartbeat ADD COLUMN rows_read BIGINT DEFAULT 0 NOT NULL;
