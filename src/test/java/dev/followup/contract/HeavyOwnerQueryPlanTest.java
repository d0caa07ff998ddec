package dev.followup.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.test.junit.QuarkusTest;

import static dev.followup.contract.Api.CANDIDATE;
import static dev.followup.contract.Api.TENANT;
import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: a candidate with 10,000 interviews must cost what one with ten does. Every statement the
 * service sends about one interview, one follow-up or one process (recorded from real requests, so a
 * new or changed query is covered without editing this test) must seek by that interview, follow-up or
 * process: no scan of the table and no walk of the owner's rows. Checked on statistics taken when the
 * tables were empty (what the benchmark once hit) and again on fresh ones.
 */
@QuarkusTest
class HeavyOwnerQueryPlanTest {

    private static final int INTERVIEWS = 10_000;
    /** Statements about the rows of one interview, follow-up or process, on the tables that grow with the owner. */
    private static final Pattern ABOUT_ONE = Pattern.compile(
            "\\b(?:from|update|delete from)\\s+(follow_up|interview|interviewer|saved_draft)\\b.*\\bwhere\\b.*"
                    + "\\.?\\b(?:id|interview_id|process_id|follow_up_id)\\s*(?:=\\s*\\?|in\\s*\\()",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** What a seek must be searched with: the index condition names one of these columns. */
    private static final Pattern KEY_COLUMN = Pattern.compile("\\b(?:id|interview_id|process_id|follow_up_id)\\b\\s*=",
            Pattern.CASE_INSENSITIVE);

    @Inject
    QueryPlans plans;

    @Inject
    Database database;

    @Inject
    @PersistenceUnitExtension
    CapturedStatements statements;

    @Test
    void everyStatementAboutOneInterviewSeeksItWhateverTheOwnersSizeAndTheStatistics() {
        plans.analyze("interview", "interviewer", "follow_up", "saved_draft"); // statistics of empty tables
        seedHeavyOwner();
        List<String> sent = aboutOne(exerciseOneInterview());
        assertThat(sent).as("statements recorded").hasSizeGreaterThan(5);
        assertEverySeeks(sent, "statistics of the empty tables");

        plans.analyze("interview", "interviewer", "follow_up", "saved_draft");
        assertEverySeeks(sent, "fresh statistics");
    }

    private void assertEverySeeks(List<String> sent, String statistics) {
        List<String> scans = new ArrayList<>();
        for (String sql : sent) {
            String plan = plans.explainAsSent(sql);
            String lower = plan.toLowerCase();
            List<String> conditions = indexConditions(plan);
            if (lower.contains("seq scan") || lower.contains("tablescan") || conditions.isEmpty()
                    || !conditions.stream().allMatch(condition -> KEY_COLUMN.matcher(condition).find())) {
                scans.add(sql + "\n" + plan);
            }
        }
        assertThat(scans).as("statements that do not seek by their interview, follow-up or process (%s)", statistics)
                .isEmpty();
    }

    /** PostgreSQL's "Index Cond: (...)" lines, or the comment H2 writes after the index it uses. */
    private static List<String> indexConditions(String plan) {
        List<String> conditions = new ArrayList<>();
        Matcher postgres = Pattern.compile("Index Cond: (.*)").matcher(plan);
        while (postgres.find()) {
            conditions.add(postgres.group(1));
        }
        Matcher h2 = Pattern.compile("/\\* PUBLIC\\.([A-Z0-9_]+)(?:: ([^*]*))?\\*/", Pattern.CASE_INSENSITIVE)
                .matcher(plan);
        while (h2.find()) {
            conditions.add(h2.group(1) + ": " + (h2.group(2) == null ? "" : h2.group(2)));
        }
        return conditions;
    }

    private static List<String> aboutOne(List<String> recorded) {
        return recorded.stream().filter(sql -> !sql.stripLeading().toLowerCase().startsWith("insert"))
                .filter(sql -> ABOUT_ONE.matcher(sql).find()).toList();
    }

    /** Registration into a process, the plan, a draft, a saved draft, done, reschedule and deletion. */
    private List<String> exerciseOneInterview() {
        api().body(Map.of("name", "Jane Doe", "email", "jane.doe@example.com")).put("/candidate-profile").then()
                .statusCode(201);
        List<String> recorded;
        statements.start();
        try {
            String first = api().body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
            String process = api().get("/interviews/" + first).then().statusCode(200).extract().path("processId");
            Map<String, Object> secondRound = interview();
            secondRound.put("processId", process);
            secondRound.put("round", "final");
            String second = api().body(secondRound).post("/interviews").then().statusCode(201).extract().path("id");
            List<String> thankYous = api().get("/interviews/" + first + "/follow-ups").then().statusCode(200)
                    .extract().path("items.findAll { it.type == 'thank_you' }.id");
            String thankYou = thankYous.get(0);
            api().get("/follow-ups/" + thankYou).then().statusCode(200);
            api().get("/follow-ups/" + thankYou + "/draft").then().statusCode(200);
            api().body(Map.of("channel", "email", "subject", "Thank you", "body",
                    "Dear Maria Lopez,\n\nThank you for the conversation about billing.\n\nKind regards,\nJane Doe"))
                    .put("/follow-ups/" + thankYou + "/draft/saved").then().statusCode(201);
            api().body(Map.of("channel", "email")).post("/follow-ups/" + thankYou + "/done").then().statusCode(200);
            Map<String, Object> moved = interview();
            moved.put("startAt", "2026-03-09T14:00:00+01:00");
            moved.put("endAt", "2026-03-09T15:00:00+01:00");
            moved.put("processId", process);
            String etag = api().get("/interviews/" + first).then().statusCode(200).extract().header("ETag");
            api().header("If-Match", etag).body(moved).put("/interviews/" + first).then().statusCode(200);
            api().delete("/interviews/" + second).then().statusCode(204);
        } finally {
            recorded = statements.stop();
        }
        return recorded;
    }

    /**
     * 10,000 interviews of the test's candidate, each its own process, with two interviewers and six
     * follow-ups: 90,000 rows the owner-wide indexes would have to walk.
     */
    private void seedHeavyOwner() {
        boolean postgres = plans.onPostgres();
        String series = postgres ? "(select generate_series(1, %d)) s(n)" : "(select * from system_range(1, %d)) s(n)";
        String uuid = postgres ? "gen_random_uuid()" : "random_uuid()";
        String at = "timestamp with time zone '2026-01-05 09:00:00+00'";
        database.execute("insert into interview (tenant_id, id, owner_id, process_id, company_name, company_culture, "
                + "job_title, interview_round, interview_format, start_at, end_at, time_zone, country_code, topics, "
                + "skills, no_follow_up_requested, linkedin_connection_allowed, remote_source, status, version, "
                + "created_at, modified_at, created_by, modified_by) select '" + TENANT + "', " + uuid + ", '"
                + CANDIDATE + "', " + uuid + ", 'Company ' || n, 'TECH', 'Engineer', 'TECHNICAL', 'VIDEO', " + at
                + ", " + at + " + interval '1' hour, 'Europe/Berlin', 'DE', '[]', '[]', false, false, 'MANUAL', "
                + "'SCHEDULED', 0, " + at + ", " + at + ", '" + CANDIDATE + "', '" + CANDIDATE + "' from "
                + series.formatted(INTERVIEWS));
        database.execute("insert into interviewer (tenant_id, id, interview_id, sort_order, name, title, email) "
                + "select i.tenant_id, " + uuid + ", i.id, s.n, 'Person ' || s.n, 'Manager', 'p' || s.n "
                + "|| '@example.com' from interview i cross join " + series.formatted(2) + " where i.tenant_id = '"
                + TENANT + "'");
        database.execute("insert into follow_up (tenant_id, id, owner_id, interview_id, plan_key, type, "
                + "interviewer_name, channel, earliest_at, latest_at, suggested_at, rule_ids, reason, state, "
                + "company_name, job_title, time_zone, sequence, version, created_at, modified_at) "
                + "select i.tenant_id, " + uuid + ", i.owner_id, i.id, 'key-' || s.n, 'STATUS_CHECK', 'Person', "
                + "'EMAIL', " + at + " + interval '1' day, " + at + " + interval '3' day, " + at
                + " + interval '1' day, 'R4', 'Ask for news.', 'OPEN', i.company_name, i.job_title, i.time_zone, "
                + "s.n, 0, " + at + ", " + at + " from interview i cross join " + series.formatted(6)
                + " where i.tenant_id = '" + TENANT + "'");
        assertThat(database.count("follow_up")).isEqualTo(6L * INTERVIEWS);
    }
}
