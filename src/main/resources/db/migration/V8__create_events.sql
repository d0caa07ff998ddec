-- Events out (issue 14): an outbox written in the transaction of the change that causes each event, so an
-- event exists if and only if its change committed.

-- One row per tenant: the last feed position handed out. A writing transaction takes this row's lock at its
-- very end (just before commit) to number its events, so positions follow commit order: a reader that sees
-- position n has already seen every committed position below it, and a feed cursor never skips an event.
create table event_feed (
    tenant_id      varchar(64)   not null,
    last_position  bigint        not null,
    -- Events up to this position were purged (kept 30 days): a cursor below it has missed events.
    purged_through bigint        not null,
    constraint pk_event_feed primary key (tenant_id)
);

create table event (
    tenant_id     varchar(64)   not null,
    id            uuid          not null,
    feed_position bigint        not null,
    owner_id      varchar(255)  not null,
    type          varchar(40)   not null,
    subject_id    uuid          not null,
    occurred_at   timestamp(6) with time zone not null,
    -- The resource as the API returned it at that moment, as JSON.
    data_json     varchar       not null,
    -- For follow_up.changed: the window before the move, as JSON.
    previous_json varchar,
    constraint pk_event primary key (tenant_id, id)
);

-- The tenant's feed (integrations), in commit order; and one candidate's feed.
create unique index uq_event_position on event (tenant_id, feed_position);
create index ix_event_owner_position on event (tenant_id, owner_id, feed_position);
-- The 30-day retention purge.
create index ix_event_occurred on event (tenant_id, occurred_at);

-- The due/overdue sweep: the next moment an open item must be announced, and what to announce then.
alter table follow_up add column alarm varchar(16);
alter table follow_up add column alarm_at timestamp(6) with time zone;
-- A candidate's "remind me later" (POST /follow-ups/{id}/snooze).
alter table follow_up add column snoozed_until timestamp(6) with time zone;
-- Only armed items, where the database can (PostgreSQL: a partial index, so that no other query of the table
-- is ever planned on it); H2 indexes them all. The condition comes from quarkus.flyway.placeholders.
create index ix_follow_up_alarm on follow_up (tenant_id, alarm_at) ${alarm_index_condition};
-- Open items planned before this migration are announced from now on: due when their window opens (at once
-- when it already has), or overdue when it has already closed.
update follow_up set alarm = 'DUE', alarm_at = earliest_at where state = 'OPEN';
-- Every tenant with a plan has a feed: the sweep walks tenants through it.
insert into event_feed (tenant_id, last_position, purged_through)
    select distinct tenant_id, 0, 0 from follow_up;
