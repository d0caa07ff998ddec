-- Webhooks (issue 14): subscriptions, one delivery per event and subscription, and every attempt made.

-- How many active subscriptions a tenant has: a transaction whose tenant has none spends nothing on webhooks.
alter table event_feed add column subscriptions integer not null default 0;

create table webhook_subscription (
    tenant_id            varchar(64)   not null,
    id                   uuid          not null,
    -- '' for an integration's subscription to its whole tenant, else the candidate's own.
    owner_id             varchar(255)  not null,
    url                  varchar(2000) not null,
    -- Comma-separated event types; '*' for all.
    event_types          varchar(1000) not null,
    description          varchar(300),
    secret               varchar(64)   not null,
    previous_secret      varchar(64),
    previous_secret_until timestamp(6) with time zone,
    status               varchar(16)   not null,
    disabled_reason      varchar(300),
    failing_since        timestamp(6) with time zone,
    version              bigint        not null,
    created_at           timestamp(6) with time zone not null,
    created_by           varchar(255)  not null,
    modified_at          timestamp(6) with time zone not null,
    -- The sub that last changed it, or 'interview-followup' when the service disabled it.
    modified_by          varchar(255)  not null,
    constraint pk_webhook_subscription primary key (tenant_id, id)
);

-- The same URL twice for one owner is refused (409), and an owner's list is one seek.
create unique index uq_webhook_subscription_url on webhook_subscription (tenant_id, owner_id, url);

create table webhook_delivery (
    tenant_id        varchar(64)   not null,
    id               uuid          not null,
    subscription_id  uuid          not null,
    event_id         uuid          not null,
    state            varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp(6) with time zone,
    -- A replica sending it holds it until then; past it, another replica may try again.
    claimed_until    timestamp(6) with time zone,
    last_status      integer,
    last_error       varchar(300),
    last_attempt_at  timestamp(6) with time zone,
    created_at       timestamp(6) with time zone not null,
    constraint pk_webhook_delivery primary key (tenant_id, id),
    constraint fk_webhook_delivery_subscription foreign key (tenant_id, subscription_id)
        references webhook_subscription (tenant_id, id) on delete cascade
);

-- One delivery per event and subscription.
create unique index uq_webhook_delivery_event on webhook_delivery (tenant_id, subscription_id, event_id);
-- The dispatcher: a subscription's deliveries waiting to be sent, by when (one receiver's backlog never
-- stands in the way of another's); and the deliveries on their way, to cap them per receiver.
create index ix_webhook_delivery_due on webhook_delivery (tenant_id, subscription_id, next_attempt_at);
create index ix_webhook_delivery_claimed on webhook_delivery (tenant_id, claimed_until);
-- A subscription's deliveries, newest first.
create index ix_webhook_delivery_list on webhook_delivery (tenant_id, subscription_id, created_at, id);

create table webhook_attempt (
    tenant_id     varchar(64)   not null,
    delivery_id   uuid          not null,
    attempt       integer       not null,
    attempted_at  timestamp(6) with time zone not null,
    status_code   integer,
    latency_ms    integer       not null,
    error         varchar(300),
    constraint pk_webhook_attempt primary key (tenant_id, delivery_id, attempt),
    constraint fk_webhook_attempt_delivery foreign key (tenant_id, delivery_id)
        references webhook_delivery (tenant_id, id) on delete cascade
);
