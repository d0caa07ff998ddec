-- Deletions that a syncing integration can see (issue 15). DELETE removes the interview with its
-- personal data and keeps only this: who it was in the source system, and when and by whom it went.
-- Kept 30 days, then purged tenant by tenant.
create table interview_tombstone (
    tenant_id      varchar(64)  not null,
    id             uuid         not null,
    owner_id       varchar(255) not null,
    remote_source  varchar(32)  not null,
    remote_id      varchar(128),
    deleted_at     timestamp(6) with time zone not null,
    deleted_by     varchar(255) not null,
    constraint pk_interview_tombstone primary key (tenant_id, id)
);

-- The list's modifiedAt order, for one candidate and for the whole tenant; the latter also serves the purge.
create index ix_interview_tombstone_owner_deleted on interview_tombstone (tenant_id, owner_id, deleted_at, id);
create index ix_interview_tombstone_deleted on interview_tombstone (tenant_id, deleted_at, id);
