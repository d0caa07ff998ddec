-- Issue 19: a candidate's data can be exported and erased, found by index from the candidate.

-- Which interviews (by the vendor's id) each received vendor webhook names, written when it is received,
-- so that the webhooks about a candidate are found through their interviews' remote ids, applied or not.
create table inbound_event_interview (
    tenant_id         varchar(64)  not null,
    remote_source     varchar(32)  not null,
    remote_id         varchar(128) not null,
    inbound_event_id  uuid         not null,
    constraint pk_inbound_event_interview primary key (tenant_id, remote_source, remote_id, inbound_event_id),
    constraint fk_inbound_event_interview_event foreign key (tenant_id, inbound_event_id)
        references inbound_event (tenant_id, id) on delete cascade
);

create index ix_inbound_event_interview_event on inbound_event_interview (tenant_id, inbound_event_id);

-- The deliveries of one event, cancelled when the candidate it is about is erased.
create index ix_webhook_delivery_event on webhook_delivery (tenant_id, event_id);

-- A candidate's saved drafts, exported and erased without going through every follow-up.
create index ix_saved_draft_owner on saved_draft (tenant_id, owner_id, follow_up_id);

-- What each erasure did, for audit: what kind of person was erased (candidate), when, who asked, how many
-- rows per table. No personal data: not even the erased person's id.
create table erasure (
    tenant_id   varchar(64)   not null,
    id          uuid          not null,
    kind        varchar(16)   not null,
    erased_at   timestamp(6) with time zone not null,
    erased_by   varchar(255)  not null,
    row_counts  varchar(4000) not null,
    total_rows  integer       not null,
    constraint pk_erasure primary key (tenant_id, id)
);

create index ix_erasure_erased on erasure (tenant_id, erased_at, id);
