-- ATS connections (issue 15): the vendor whose webhooks a tenant's integration sends here, the secret they
-- are signed with, and how the vendor's candidates match this service's. The id is the integration's own
-- name for the connection, unique within its tenant.
create table integration_connection (
    tenant_id        varchar(64)   not null,
    id               varchar(64)   not null,
    vendor           varchar(16)   not null,
    secret           varchar(200)  not null,
    candidate_match  varchar(16)   not null,
    description      varchar(300),
    version          bigint        not null,
    created_at       timestamp(6) with time zone not null,
    created_by       varchar(255)  not null,
    modified_at      timestamp(6) with time zone not null,
    modified_by      varchar(255)  not null,
    constraint pk_integration_connection primary key (tenant_id, id)
);
