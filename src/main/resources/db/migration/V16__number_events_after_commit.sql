-- Events are numbered after their change commits (issue 16). A writing transaction no longer takes its tenant's
-- event_feed row: it inserts its events without a position, and the feed's sequencer numbers what has committed,
-- tenant by tenant, under that row's lock, in a transaction of its own. Writers of one tenant commit side by side.
alter table event alter column feed_position drop not null;

-- The order in which changes recorded their events: one value per transaction, taken after the change's rows were
-- written (so a change that waited for another's row lock draws a later value), then the event's place within
-- its transaction. The sequencer numbers pending events in this order; numbered ones keep it for reference.
create sequence event_recording;
alter table event add column recorded_by bigint;
alter table event add column recorded_index integer;

-- A tenant's pending events in recording order, a seek however long the backlog. PostgreSQL indexes only the
-- pending ones (a partial index, which empties as they are numbered): (tenant_id, recorded_by, recorded_index)
-- where feed_position is null. H2 has no partial indexes: (tenant_id, feed_position, recorded_by, recorded_index).
create index ix_event_pending on event ${pending_event_index};
