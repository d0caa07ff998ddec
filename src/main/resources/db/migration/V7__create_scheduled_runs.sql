-- One row per run of a scheduled job and period: every replica schedules every job, the first to insert
-- the period's row runs it, the others skip it. Service-wide jobs use the tenant '_service'.
create table scheduled_run (
    tenant_id     varchar(64)   not null,
    job           varchar(64)   not null,
    period_start  timestamp(6) with time zone not null,
    claimed_by    varchar(128)  not null,
    claimed_at    timestamp(6) with time zone not null,
    constraint pk_scheduled_run primary key (tenant_id, job, period_start)
);
