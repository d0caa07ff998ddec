-- Issue 18: the language a candidate's drafts and plan reasons are written in (profile, and per interview),
-- and how each interviewer is addressed formally. Both optional: null means "not stated".
alter table candidate_profile add column language varchar(16);
alter table interview add column candidate_language varchar(16);
alter table interviewer add column salutation varchar(16);
