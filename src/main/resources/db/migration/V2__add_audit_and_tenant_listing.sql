-- Who created and last changed each record: the subject (sub) of the token that did it.
-- Rows written before identity existed were written by the single default caller.
alter table interview add column created_by varchar(255) not null default 'default';
alter table interview add column modified_by varchar(255) not null default 'default';
alter table interview alter column created_by drop default;
alter table interview alter column modified_by drop default;
alter table candidate_profile add column created_by varchar(255) not null default 'default';
alter table candidate_profile add column modified_by varchar(255) not null default 'default';
alter table candidate_profile alter column created_by drop default;
alter table candidate_profile alter column modified_by drop default;

-- An integration lists across its whole tenant, in both list orders, and finds interviews by its own id.
create index ix_interview_tenant_start on interview (tenant_id, start_at, id);
create index ix_interview_tenant_modified on interview (tenant_id, modified_at, id);
create index ix_interview_tenant_remote on interview (tenant_id, remote_source, remote_id);
