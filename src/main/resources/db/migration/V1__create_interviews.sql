-- Every table carries the tenant, and every key and index leads with it, so the schema can be
-- distributed by tenant later. The same script runs on PostgreSQL and on H2 (PostgreSQL mode).

create table candidate_profile (
    tenant_id     varchar(64)  not null,
    id            uuid         not null,
    owner_id      varchar(255) not null,
    name          varchar(200),
    email         varchar(254),
    phone         varchar(32),
    linkedin_url  varchar(300),
    signature     varchar(1000),
    version       bigint       not null,
    created_at    timestamp(6) with time zone not null,
    modified_at   timestamp(6) with time zone not null,
    constraint pk_candidate_profile primary key (tenant_id, id),
    constraint uq_candidate_profile_owner unique (tenant_id, owner_id)
);

create table interview (
    tenant_id                   varchar(64)  not null,
    id                          uuid         not null,
    owner_id                    varchar(255) not null,
    process_id                  uuid         not null,
    company_name                varchar(200) not null,
    company_culture             varchar(32)  not null,
    job_title                   varchar(200) not null,
    interview_round             varchar(32)  not null,
    interview_format            varchar(32)  not null,
    start_at                    timestamp(6) with time zone not null,
    end_at                      timestamp(6) with time zone not null,
    time_zone                   varchar(64)  not null,
    country_code                varchar(2)   not null,
    topics                      varchar(8000) not null,
    skills                      varchar(4000) not null,
    candidate_name              varchar(200),
    candidate_email             varchar(254),
    candidate_phone             varchar(32),
    candidate_linkedin_url      varchar(300),
    candidate_signature         varchar(1000),
    expected_decision_date      date,
    last_employer_channel       varchar(32),
    no_follow_up_requested      boolean      not null,
    linkedin_connection_allowed boolean      not null,
    remote_source               varchar(32)  not null,
    remote_id                   varchar(128),
    external_event_id           varchar(255),
    status                      varchar(32)  not null,
    version                     bigint       not null,
    created_at                  timestamp(6) with time zone not null,
    modified_at                 timestamp(6) with time zone not null,
    constraint pk_interview primary key (tenant_id, id),
    constraint ck_interview_ends_after_start check (end_at > start_at)
);

-- Integrations upsert by their own id; several interviews without one (remote_id null) may coexist.
create unique index uq_interview_remote on interview (tenant_id, owner_id, remote_source, remote_id);
-- Keyset pagination in the two list orders, and the rounds of one hiring process.
create index ix_interview_owner_start on interview (tenant_id, owner_id, start_at, id);
create index ix_interview_owner_modified on interview (tenant_id, owner_id, modified_at, id);
create index ix_interview_owner_process on interview (tenant_id, owner_id, process_id);

create table interviewer (
    tenant_id     varchar(64)  not null,
    id            uuid         not null,
    interview_id  uuid         not null,
    sort_order    integer      not null,
    name          varchar(200) not null,
    title         varchar(200) not null,
    email         varchar(254) not null,
    phone         varchar(32),
    linkedin_url  varchar(300),
    away_until    date,
    constraint pk_interviewer primary key (tenant_id, id),
    constraint fk_interviewer_interview foreign key (tenant_id, interview_id)
        references interview (tenant_id, id) on delete cascade
);

create index ix_interviewer_interview on interviewer (tenant_id, interview_id, sort_order);

-- The first response to each Idempotency-Key, replayed to retries for a day.
create table idempotency_key (
    tenant_id        varchar(64)   not null,
    owner_id         varchar(255)  not null,
    idempotency_key  varchar(255)  not null,
    request_hash     varchar(64)   not null,
    response_status  integer       not null,
    response_location varchar(2000),
    response_etag    varchar(64),
    response_body    varchar(1000000),
    created_at       timestamp(6) with time zone not null,
    constraint pk_idempotency_key primary key (tenant_id, owner_id, idempotency_key)
);

create index ix_idempotency_key_created on idempotency_key (tenant_id, created_at);
