package dev.followup.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.followup.personaldata.RetentionPurge;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: each retention purge seeks its tenant's rows by index, whatever the table's size. Planned on
 * statistics of real rows (on empty tables every index costs the same), as {@code AgendaIndexTest} does.
 */
public final class RetentionPlans {

    private static final String[] TABLES = {"interview", "interviewer", "follow_up", "saved_draft", "candidate_profile",
            "calendar_feed", "webhook_subscription"};
    /** Before every seeded row: a purge's selects find few rows past the cutoff. */
    private static final Instant CUTOFF = Instant.parse("2024-03-09T10:00:00Z");
    /** After every seeded row: the delete must find its batch by key, not by the time. */
    private static final Instant LATE_CUTOFF = Instant.parse("2027-03-09T10:00:00Z");

    private RetentionPlans() {
    }

    /**
     * The batch selects seek {@code index} with the tenant and the time column, the delete seeks the primary key, and a condition on the candidate's interviews seeks the tenant and the owner: no statement scans a table
     * or walks a whole tenant.
     *
     * @param key a value of the purged table's key, for the delete
     */
    public static void assertEverySeeks(QueryPlans plans, Database database, RetentionPurge purge, String index,
            String time, String keyColumn, Object key) {
        seed(plans, database);
        try {
            Map<String, Object> first = Map.of("p1", Api.TENANT, "p2", CUTOFF, "p3", 500);
            Map<String, Object> next = Map.of("p1", Api.TENANT, "p2", CUTOFF, "p3", 500, "p4",
                    CUTOFF.minusSeconds(3600), "p5", key);
            for (String plan : List.of(plans.explain(named(purge.firstBatchSql()), first),
                    plans.explain(named(purge.nextBatchSql()), next))) {
                assertThat(searchedWith(plan, index)).as(plan).contains("tenant_id").contains(time);
                assertEveryAccessSeeks(plan);
            }
            String delete = plans.explain(named(purge.deleteSql()),
                    Map.of("p1", Api.TENANT, "p2", LATE_CUTOFF, "p3", List.of(key)));
            assertEveryAccessSeeks(delete);
            assertThat(accesses(delete)).as(delete).anyMatch(access -> (access.startsWith("pk_")
                    || access.startsWith("primary_key")) && access.matches("(?s).*\\b" + keyColumn + "\\b.*"));
        } finally {
            database.clean();
            plans.analyze(TABLES); // the next tests plan on statistics of empty tables again
        }
    }

    /** A key value of a table keyed by uuid. */
    public static UUID anyId() {
        return UUID.fromString("00000000-0000-0000-0000-000000000001");
    }

    /** Two candidates with 300 interviews each, 300 more with a profile, a feed and a subscription, and saved drafts. */
    private static void seed(QueryPlans plans, Database database) {
        boolean postgres = plans.onPostgres();
        SeededOwners.seed(database, postgres, Api.TENANT, "candidate-1", 300);
        SeededOwners.seed(database, postgres, Api.TENANT, "candidate-2", 300);
        String series = postgres
                ? "(select generate_series(1, 300)) s(n)"
                : "(select * from system_range(1, 300)) s(n)";
        String uuid = postgres ? "gen_random_uuid()" : "random_uuid()";
        String at = "timestamp with time zone '2026-01-05 09:00:00+00' - interval '1' day * n";
        database.execute("insert into candidate_profile (tenant_id, id, owner_id, version, created_at, modified_at, "
                + "created_by, modified_by) select '" + Api.TENANT + "', " + uuid + ", 'candidate-' || n, 0, " + at
                + ", " + at + ", 'x', 'x' from " + series);
        database.execute("insert into calendar_feed (tenant_id, owner_id, token_hash, created_at, created_by) select '"
                + Api.TENANT + "', 'candidate-' || n, 'hash-' || n, " + at + ", 'x' from " + series);
        database.execute("insert into saved_draft (tenant_id, follow_up_id, owner_id, channel, body, version, "
                + "created_at, created_by, modified_at, modified_by) select tenant_id, id, owner_id, 'EMAIL', 'Hi', 0, "
                + "created_at, owner_id, modified_at, owner_id from follow_up where state = 'DONE'");
        database.execute("insert into webhook_subscription (tenant_id, id, owner_id, url, event_types, secret, "
                + "status, version, created_at, created_by, modified_at, modified_by) select '" + Api.TENANT + "', "
                + uuid + ", 'candidate-' || n, 'https://hooks.example/' || n, '*', 'secret-' || n, 'ACTIVE', 0, "
                + at + ", 'x', " + at + ", 'x' from " + series);
        plans.analyze(TABLES);
    }

    /** What {@code index} is searched with: PostgreSQL's "Index Cond", or the comment H2 puts after its name. */
    private static String searchedWith(String plan, String index) {
        String lower = plan.toLowerCase();
        int at = lower.indexOf(index);
        assertThat(at).as(plan).isNotNegative();
        String after = lower.substring(at);
        Matcher postgres = Pattern.compile("\\A[^\\n]*\\n\\s*index cond: ([^\\n]*)").matcher(after);
        if (postgres.find()) {
            return postgres.group(1);
        }
        int end = after.indexOf("*/");
        return end > 0 ? after.substring(0, end) : "";
    }

    /** No scan, and every index is searched with the tenant and more (a tenant alone is a walk of the tenant). */
    private static void assertEveryAccessSeeks(String plan) {
        String lower = plan.toLowerCase();
        assertThat(lower).as(plan).doesNotContain("seq scan").doesNotContain("tablescan");
        List<String> accesses = accesses(plan);
        assertThat(accesses).as(plan).isNotEmpty()
                .allMatch(condition -> condition.contains("tenant_id") && condition.contains(" and "), "seeks");
    }

    /** Each index access, lower case, as "index: condition": PostgreSQL's index and its "Index Cond", or H2's comments. */
    private static List<String> accesses(String plan) {
        List<String> accesses = new ArrayList<>();
        String index = "";
        Matcher name = Pattern.compile("(?:\\busing|index scan on) ([a-z0-9_]+)").matcher("");
        for (String line : plan.toLowerCase().split("\n")) {
            if (name.reset(line).find()) {
                index = name.group(1);
            }
            int condition = line.indexOf("index cond: ");
            if (condition >= 0) {
                accesses.add(index + ": " + line.substring(condition + "index cond: ".length()));
            }
        }
        Matcher h2 = Pattern.compile("/\\* public\\.([a-z0-9_]+)(?:: ([^*]*))?\\*/").matcher(plan.toLowerCase());
        while (h2.find()) {
            accesses.add(h2.group(1) + ": " + (h2.group(2) == null ? "" : h2.group(2)));
        }
        return accesses;
    }

    /** ?1, ?2... as :p1, :p2..., which an explained statement can be bound with. */
    private static String named(String sql) {
        return sql.replaceAll("\\?(\\d)", ":p$1");
    }
}
