-- Seeds owners :first_owner .. :last_owner of tenant :'tenant', each alike: 10 interviews with three
-- interviewers and 5 follow-ups each, so 50 follow-ups per owner whose windows open from 20 days ago
-- to 29 days ahead. Growing the table by adding owners keeps the rows per owner and the rows in the
-- agenda's window constant: the agenda's cost must then not depend on the table's size.
--   psql -v tenant=bench -v first_owner=0 -v last_owner=199 -f bench/sql/seed-agenda.sql

insert into interview (tenant_id, id, owner_id, process_id, company_name, company_culture, job_title,
    interview_round, interview_format, start_at, end_at, time_zone, country_code, topics, skills,
    no_follow_up_requested, linkedin_connection_allowed, remote_source, status, version, created_at,
    modified_at, created_by, modified_by)
select :'tenant', md5(:'tenant' || '/' || o || '/' || j)::uuid, 'agenda-owner-' || o,
    md5(:'tenant' || '/p/' || o || '/' || j)::uuid, 'Company ' || j, 'TECH', 'Backend Engineer',
    'TECHNICAL', 'VIDEO', date_trunc('day', now()) - (30 - j) * interval '1 day' + interval '9 hours',
    date_trunc('day', now()) - (30 - j) * interval '1 day' + interval '10 hours', 'Europe/Berlin', 'DE',
    '["event sourcing"]', '["Kafka"]', false, true, 'MANUAL', 'COMPLETED', 0, now(), now(), 'seed', 'seed'
from generate_series(:first_owner, :last_owner) o cross join generate_series(0, 9) j;

insert into interviewer (tenant_id, id, interview_id, sort_order, name, title, email, email_key)
select :'tenant', md5(:'tenant' || '/' || o || '/' || j || '/' || m)::uuid,
    md5(:'tenant' || '/' || o || '/' || j)::uuid, m, (array['Maria Lopez', 'Sam Chen', 'Priya Nair'])[m + 1],
    'Engineering Manager', (array['maria', 'sam', 'priya'])[m + 1] || '@company.example',
    (array['maria', 'sam', 'priya'])[m + 1] || '@company.example'
from generate_series(:first_owner, :last_owner) o cross join generate_series(0, 9) j
cross join generate_series(0, 2) m;

insert into follow_up (tenant_id, id, owner_id, interview_id, plan_key, type, interviewer_name, channel,
    earliest_at, latest_at, suggested_at, rule_ids, reason, state, company_name, job_title, time_zone,
    sequence, version, created_at, modified_at)
select :'tenant', md5(:'tenant' || '/' || o || '/' || j || '/f/' || k)::uuid, 'agenda-owner-' || o,
    md5(:'tenant' || '/' || o || '/' || j)::uuid, 'seed:' || k,
    (array['THANK_YOU', 'STATUS_CHECK', 'STATUS_CHECK', 'FINAL_FOLLOW_UP', 'MOVE_ON'])[k + 1],
    'Maria Lopez', 'EMAIL', w.opens, w.opens + interval '2 days', w.opens + interval '2 hours',
    'R4,R14', 'Seeded for the benchmark.', case when k = 0 and j < 5 then 'DONE' else 'OPEN' end,
    'Company ' || j, 'Backend Engineer', 'Europe/Berlin', k, 0, now(), now()
from generate_series(:first_owner, :last_owner) o cross join generate_series(0, 9) j
cross join generate_series(0, 4) k
cross join lateral (select date_trunc('day', now()) + ((j * 5 + k) - 20) * interval '1 day'
    + interval '9 hours' as opens) w;

analyze interview;
analyze interviewer;
analyze follow_up;
