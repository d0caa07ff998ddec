-- The follow-up plan (R1 to R14): one row per planned item of an interview. Pending items are
-- updated in place when the plan is recomputed; done, skipped and cancelled items stay as history.

alter table interview add column cadence varchar(32) not null default 'STANDARD';
alter table interview add column first_check varchar(32) not null default 'ONE_WEEK';
alter table interview add column phone_follow_up_invited boolean not null default false;
alter table interview add column outcome varchar(32);
alter table interview add column outcome_at timestamp(6) with time zone;
alter table interview add column outcome_decision_date date;
alter table interview add column last_channel_used varchar(32);

create table follow_up (
    tenant_id         varchar(64)   not null,
    id                uuid          not null,
    owner_id          varchar(255)  not null,
    interview_id      uuid          not null,
    plan_key          varchar(100)  not null,
    type              varchar(32)   not null,
    interviewer_id    uuid,
    interviewer_name  varchar(200),
    channel           varchar(32),
    earliest_at       timestamp(6) with time zone not null,
    latest_at         timestamp(6) with time zone not null,
    suggested_at      timestamp(6) with time zone not null,
    rule_ids          varchar(100)  not null,
    reason            varchar(1000) not null,
    state             varchar(16)   not null,
    state_note        varchar(300),
    done_at           timestamp(6) with time zone,
    done_channel      varchar(32),
    company_name      varchar(200)  not null,
    job_title         varchar(200)  not null,
    time_zone         varchar(64)   not null,
    sequence          integer       not null,
    version           bigint        not null,
    created_at        timestamp(6) with time zone not null,
    modified_at       timestamp(6) with time zone not null,
    constraint pk_follow_up primary key (tenant_id, id),
    constraint fk_follow_up_interview foreign key (tenant_id, interview_id)
        references interview (tenant_id, id) on delete cascade
);

-- One row per planned item: a recomputed plan updates it instead of adding a duplicate.
create unique index uq_follow_up_key on follow_up (tenant_id, interview_id, plan_key);
-- The agenda: an owner's open items by when they open (due, overdue, coming), and their history.
create index ix_follow_up_agenda on follow_up (tenant_id, owner_id, state, earliest_at, id);
