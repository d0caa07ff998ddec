-- Inbound ATS webhooks (issue 15): every verified request is kept once per connection and vendor event id
-- (a repeat finds its key taken and changes nothing), answered at once, and applied apart from the request
-- by whichever replica claims it.
create table inbound_event (
    tenant_id      varchar(64)   not null,
    id             uuid          not null,
    connection_id  varchar(64)   not null,
    vendor         varchar(16)   not null,
    -- The vendor's id of the event (Merge: its signature; Lever: its signed token).
    dedupe_key     varchar(200)  not null,
    event_type     varchar(100)  not null,
    -- The request body as received; dropped once the event is settled (it may name people).
    body           varchar,
    received_at    timestamp(6) with time zone not null,
    state          varchar(16)   not null,
    outcome        varchar(1000),
    attempts       integer       not null,
    settled_at     timestamp(6) with time zone,
    -- When an apply may next be tried (a claim sets it a lease ahead); null once settled.
    due_at         timestamp(6) with time zone,
    constraint pk_inbound_event primary key (tenant_id, id)
);

create unique index uq_inbound_event_key on inbound_event (tenant_id, connection_id, dedupe_key);
-- The apply claims, tenant by tenant; settled rows (null) sort apart from the due range.
create index ix_inbound_event_due on inbound_event (tenant_id, due_at);
-- A connection's webhooks still to apply, which later ones wait for (one connection's are applied in order).
create index ix_inbound_event_connection_due on inbound_event (tenant_id, connection_id, due_at, received_at, id);
-- A connection's inbox, newest first; and its retention purge, connection by connection.
create index ix_inbound_event_list on inbound_event (tenant_id, connection_id, received_at, id);
