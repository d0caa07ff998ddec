-- A candidate's secret calendar subscription: calendar apps cannot send bearer tokens, so the feed
-- URL carries a random secret. Only its SHA-256 is stored; the URL also names the tenant, so that the
-- lookup leads with it like every other index.
create table calendar_feed (
    tenant_id    varchar(64)  not null,
    owner_id     varchar(255) not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp(6) with time zone not null,
    created_by   varchar(255) not null,
    constraint pk_calendar_feed primary key (tenant_id, owner_id)
);

create unique index uq_calendar_feed_token on calendar_feed (tenant_id, token_hash);
