-- A draft the candidate edited and saved on its follow-up, with a version for If-Match.
create table saved_draft (
    tenant_id     varchar(64)   not null,
    follow_up_id  uuid          not null,
    owner_id      varchar(255)  not null,
    channel       varchar(32)   not null,
    tone          varchar(16),
    subject       varchar(200),
    body          varchar(5000) not null,
    version       bigint        not null,
    created_at    timestamp(6) with time zone not null,
    created_by    varchar(255)  not null,
    modified_at   timestamp(6) with time zone not null,
    modified_by   varchar(255)  not null,
    constraint pk_saved_draft primary key (tenant_id, follow_up_id),
    constraint fk_saved_draft_follow_up foreign key (tenant_id, follow_up_id)
        references follow_up (tenant_id, id) on delete cascade
);
