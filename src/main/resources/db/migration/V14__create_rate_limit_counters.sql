-- Rate limits (issue 15): requests counted per client and fixed window, shared by every replica. A client
-- is a token subject within its tenant, or an address (tenant '' then: no tenant is named without a token).
create table rate_limit_counter (
    tenant_id     varchar(64)   not null,
    client_key    varchar(300)  not null,
    window_start  timestamp(6) with time zone not null,
    hits          bigint        not null,
    constraint pk_rate_limit_counter primary key (tenant_id, client_key, window_start)
);

-- The purge of ended windows, tenant by tenant.
create index ix_rate_limit_counter_window on rate_limit_counter (tenant_id, window_start);
