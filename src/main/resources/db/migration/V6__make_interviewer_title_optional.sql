-- ATS data rarely carries an interviewer's job title: it is optional.
alter table interviewer alter column title drop not null;
