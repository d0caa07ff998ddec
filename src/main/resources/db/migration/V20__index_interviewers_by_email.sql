-- Issue 19: an integration erases one interviewer, by email, across its tenant's interviews. Emails are
-- stored as given; email_key holds them in lower case so that one seek finds every spelling.
alter table interviewer add column email_key varchar(254);
update interviewer set email_key = lower(email);
alter table interviewer alter column email_key set not null;
create index ix_interviewer_email on interviewer (tenant_id, email_key, interview_id);
