-- The same heavy candidate as seed-heavy.sql, in the naive peer's own tables (its Hibernate names them).
--   psql -v tenant=bench -v owner=heavy-candidate -v interviews=10000 -f bench/sql/seed-heavy-peer.sql

insert into interview (id, tenant, owner, company, jobtitle, startat, endat, timezone)
select md5(:'owner' || '/' || j)::uuid, :'tenant', :'owner', 'Company ' || j, 'Backend Engineer',
    now() - j * interval '1 hour', now() - j * interval '1 hour' + interval '1 hour', 'Europe/Berlin'
from generate_series(1, :interviews) j;

insert into interviewer (id, interview_id, name, email)
select md5(:'owner' || '/' || j || '/' || m)::uuid, md5(:'owner' || '/' || j)::uuid,
    (array['Maria Lopez', 'Sam Chen', 'Priya Nair'])[m + 1], (array['maria', 'sam', 'priya'])[m + 1] || '@company.example'
from generate_series(1, :interviews) j cross join generate_series(0, 2) m;

insert into followup (id, interviewid, tenant, owner, type, state, interviewername, channel, earliestat, latestat,
    suggestedat, rules, reason)
select md5(:'owner' || '/' || j || '/f/' || k)::uuid, md5(:'owner' || '/' || j)::uuid, :'tenant', :'owner',
    case when k < 3 then 'thank_you' else 'status_check' end, 'open', 'Maria Lopez', 'email',
    now() - j * interval '1 hour' + (k + 2) * interval '1 day', now() - j * interval '1 hour' + (k + 4) * interval '1 day',
    now() - j * interval '1 hour' + (k + 2) * interval '1 day', 'R1', 'Seeded for the benchmark.'
from generate_series(1, :interviews) j cross join generate_series(0, 5) k;
