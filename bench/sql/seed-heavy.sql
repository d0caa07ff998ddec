-- One candidate (:'owner' of tenant :'tenant') who already has :interviews interviews, each with three
-- interviewers and six follow-ups: the case where a query that walks the owner's rows instead of seeking
-- the interview shows (issue 16). Deterministic ids, so the service and the peer hold the same data.
--   psql -v tenant=bench -v owner=heavy-candidate -v interviews=10000 -f bench/sql/seed-heavy.sql

insert into interview (tenant_id, id, owner_id, process_id, company_name, company_culture, job_title,
    interview_round, interview_format, start_at, end_at, time_zone, country_code, topics, skills,
    no_follow_up_requested, linkedin_connection_allowed, remote_source, status, version, created_at,
    modified_at, created_by, modified_by)
select :'tenant', md5(:'owner' || '/' || j)::uuid, :'owner', md5(:'owner' || '/p/' || j)::uuid,
    'Company ' || j, 'TECH', 'Backend Engineer', 'TECHNICAL', 'VIDEO',
    now() - j * interval '1 hour', now() - j * interval '1 hour' + interval '1 hour', 'Europe/Berlin', 'DE',
    '["event sourcing"]', '["Kafka"]', false, true, 'MANUAL', 'COMPLETED', 0, now(), now(), 'seed', 'seed'
from generate_series(1, :interviews) j;

insert into interviewer (tenant_id, id, interview_id, sort_order, name, title, email, email_key)
select :'tenant', md5(:'owner' || '/' || j || '/' || m)::uuid, md5(:'owner' || '/' || j)::uuid, m,
    (array['Maria Lopez', 'Sam Chen', 'Priya Nair'])[m + 1], 'Engineering Manager',
    (array['maria', 'sam', 'priya'])[m + 1] || '@company.example',
    (array['maria', 'sam', 'priya'])[m + 1] || '@company.example'
from generate_series(1, :interviews) j cross join generate_series(0, 2) m;

insert into follow_up (tenant_id, id, owner_id, interview_id, plan_key, type, interviewer_name, channel,
    earliest_at, latest_at, suggested_at, rule_ids, reason, state, company_name, job_title, time_zone,
    sequence, version, created_at, modified_at)
select :'tenant', md5(:'owner' || '/' || j || '/f/' || k)::uuid, :'owner', md5(:'owner' || '/' || j)::uuid,
    'seed:' || k, case when k < 3 then 'THANK_YOU' else 'STATUS_CHECK' end, 'Maria Lopez', 'EMAIL',
    now() - j * interval '1 hour' + (k + 2) * interval '1 day', now() - j * interval '1 hour' + (k + 4) * interval '1 day',
    now() - j * interval '1 hour' + (k + 2) * interval '1 day', 'R1', 'Seeded for the benchmark.', 'OPEN',
    'Company ' || j, 'Backend Engineer', 'Europe/Berlin', k, 0, now(), now()
from generate_series(1, :interviews) j cross join generate_series(0, 5) k;
