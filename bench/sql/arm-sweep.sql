-- Arms the due/overdue sweep over every open seeded follow-up (the agenda's seed sets no alarms): each
-- gets its first announcement, a tenth of those whose window has opened due now, the rest a month out.
-- Prints how many are due now.
--   psql -v tenant=bench -f bench/sql/arm-sweep.sql
update follow_up set alarm = 'DUE',
    alarm_at = case when earliest_at <= now() and get_byte(decode(md5(id::text), 'hex'), 0) < 26
        then earliest_at else now() + interval '30 days' end
where tenant_id = :'tenant' and state = 'OPEN' and owner_id like 'agenda-owner-%';
-- Vacuumed now, so that the next measurements do not share the machine with autovacuum clearing these versions.
vacuum (analyze) follow_up;
select count(*) from follow_up where tenant_id = :'tenant' and alarm_at <= now();
