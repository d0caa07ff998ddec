-- seed-agenda.sql's follow-ups in the naive peer's own table: owners :first_owner .. :last_owner, 50 each,
-- the same windows and states, so both answer the same agenda from tables of the same size.
--   psql -v tenant=bench -v first_owner=0 -v last_owner=199 -f bench/sql/seed-agenda-peer.sql

insert into followup (id, interviewid, tenant, owner, type, state, interviewername, channel, earliestat, latestat,
    suggestedat, rules, reason)
select md5(:'tenant' || '/' || o || '/' || j || '/f/' || k)::uuid, md5(:'tenant' || '/' || o || '/' || j)::uuid,
    :'tenant', 'agenda-owner-' || o,
    (array['thank_you', 'status_check', 'status_check', 'final_follow_up', 'move_on'])[k + 1],
    case when k = 0 and j < 5 then 'done' else 'open' end, 'Maria Lopez', 'email', w.opens,
    w.opens + interval '2 days', w.opens + interval '2 hours', 'R4,R14', 'Seeded for the benchmark.'
from generate_series(:first_owner, :last_owner) o cross join generate_series(0, 9) j
cross join generate_series(0, 4) k
cross join lateral (select date_trunc('day', now()) + ((j * 5 + k) - 20) * interval '1 day'
    + interval '9 hours' as opens) w;

analyze followup;
