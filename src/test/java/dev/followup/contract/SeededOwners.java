package dev.followup.contract;

/** Many interviews of one candidate written straight into the tables, for tests of query plans at size. */
public final class SeededOwners {

    private SeededOwners() {
    }

    /**
     * {@code interviews} more interviews of {@code owner}, each its own process, with two interviewers and six
     * follow-ups: the rows an owner-wide index would have to walk.
     */
    public static void seed(Database database, boolean postgres, String tenant, String owner, int interviews) {
        String series = postgres ? "(select generate_series(1, %d)) s(n)" : "(select * from system_range(1, %d)) s(n)";
        String uuid = postgres ? "gen_random_uuid()" : "random_uuid()";
        String at = "timestamp with time zone '2026-01-05 09:00:00+00'";
        String ofOwner = " where i.tenant_id = '" + tenant + "' and i.owner_id = '" + owner + "'";
        database.execute("insert into interview (tenant_id, id, owner_id, process_id, company_name, company_culture, "
                + "job_title, interview_round, interview_format, start_at, end_at, time_zone, country_code, topics, "
                + "skills, no_follow_up_requested, linkedin_connection_allowed, remote_source, status, version, "
                + "created_at, modified_at, created_by, modified_by) select '" + tenant + "', " + uuid + ", '"
                + owner + "', " + uuid + ", 'Company ' || n, 'TECH', 'Engineer', 'TECHNICAL', 'VIDEO', " + at
                + ", " + at + " + interval '1' hour, 'Europe/Berlin', 'DE', '[]', '[]', false, false, 'MANUAL', "
                + "'SCHEDULED', 0, " + at + ", " + at + ", '" + owner + "', '" + owner + "' from "
                + series.formatted(interviews));
        database.execute("insert into interviewer (tenant_id, id, interview_id, sort_order, name, title, email, "
                + "email_key) select i.tenant_id, " + uuid + ", i.id, s.n, 'Person ' || s.n, 'Manager', 'p' || s.n "
                + "|| '@example.com', 'p' || s.n || '@example.com' from interview i cross join " + series.formatted(2)
                + ofOwner
                + " and not exists (select 1 from interviewer o where o.tenant_id = i.tenant_id and o.interview_id = i.id)");
        database.execute("insert into follow_up (tenant_id, id, owner_id, interview_id, plan_key, type, "
                + "interviewer_name, channel, earliest_at, latest_at, suggested_at, rule_ids, reason, state, "
                + "company_name, job_title, time_zone, sequence, version, created_at, modified_at) "
                + "select i.tenant_id, " + uuid + ", i.owner_id, i.id, 'key-' || s.n, 'STATUS_CHECK', 'Person', "
                + "'EMAIL', " + at + " + interval '1' day * s.n, " + at + " + interval '3' day * s.n, " + at
                + " + interval '1' day * s.n, 'R4', 'Ask for news.', case when s.n < 3 then 'DONE' else 'OPEN' end, "
                + "i.company_name, i.job_title, i.time_zone, s.n, 0, " + at + ", " + at + " from interview i "
                + "cross join " + series.formatted(6) + ofOwner
                + " and not exists (select 1 from follow_up o where o.tenant_id = i.tenant_id and o.interview_id = i.id)");
    }
}
