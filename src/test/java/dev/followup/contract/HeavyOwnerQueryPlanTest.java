package dev.followup.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
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
 * process: no scan of the table and no walk of the owner's rows. Checked on statistics taken while the
 * candidate had few interviews (what the outside measurement hit) and again on fresh ones.
 */
@QuarkusTest
class HeavyOwnerQueryPlanTest {

    private static final int INTERVIEWS = 10_000;
    private static final int YOUNG = 20;
    /** The tables that grow with the owner, all seeded below. */
    private static final Pattern GROWING_TABLE = Pattern.compile(
            "\\b(?:from|update|delete from)\\s+(?:follow_up|interview|interviewer)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A key column in the WHERE clause, in any form Hibernate writes it: {@code f.id=?}, {@code f.id in (...)}
     * or a row value such as {@code (i.id,i.tenant_id) in ((?,?))} for a composite key.
     */
    private static final Pattern KEY_IN_WHERE = Pattern.compile("\\.(?:id|interview_id|process_id)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What a seek must be searched with: the index condition names one of these columns. */
    private static final Pattern KEY_COLUMN = Pattern.compile("\\b(?:id|interview_id|process_id)\\b\\s*=",
            Pattern.CASE_INSENSITIVE);
    /**
     * Owner-wide indexes that end with {@code id} (the keyset's tie-break): a condition on {@code id} there
     * only filters the owner's whole range, so using one of them is a walk whatever its condition says.
     */
    private static final Pattern OWNER_WIDE = Pattern.compile(
            "ix_follow_up_agenda|ix_interview_owner_start|ix_interview_owner_modified", Pattern.CASE_INSENSITIVE);

    @Inject
    QueryPlans plans;

    @Inject
    Database database;

    @Inject
    @PersistenceUnitExtension
    CapturedStatements statements;

    @Test
    void everyStatementAboutOneInterviewSeeksItWhateverTheOwnersSizeAndTheStatistics() {
        // Statistics taken while the database was young (two candidates with 20 interviews each), then the
        // candidate grows to 10,000 interviews before they are taken again: what the outside measurement hit.
        boolean postgres = plans.onPostgres();
        SeededOwners.seed(database, postgres, TENANT, CANDIDATE, YOUNG);
        SeededOwners.seed(database, postgres, TENANT, "candidate-2", YOUNG);
        plans.analyze("interview", "interviewer", "follow_up");
        SeededOwners.seed(database, postgres, TENANT, CANDIDATE, INTERVIEWS - YOUNG);
        assertThat(database.count("follow_up")).isEqualTo(6L * (INTERVIEWS + YOUNG));
        List<String> sent = aboutOne(exerciseOneInterview());
        assertThat(sent).as("statements recorded")
                .anyMatch(sql -> sql.matches("(?s)select .* from interview \\w+ where .*\\.id\\b.*"))
                .anyMatch(sql -> sql.matches("(?s)select .* from follow_up \\w+ where .*\\.id\\b.*"))
                .anyMatch(sql -> sql.matches("(?s)select .* from follow_up \\w+ where .*\\.interview_id\\b.*"))
                .anyMatch(sql -> sql.matches("(?s)select .* from interview \\w+ where .*\\.process_id\\b.*"))
                .anyMatch(sql -> sql.matches("(?s)select .* from interviewer \\w+ where .*\\.interview_id\\b.*"));
        assertEverySeeks(sent, "statistics from when the candidate had " + YOUNG + " interviews");

        plans.analyze("interview", "interviewer", "follow_up");
        assertEverySeeks(sent, "fresh statistics");
    }

    /** The next tests plan on statistics of empty tables again, not on this test's heavy owner. */
    @AfterEach
    void forgetTheHeavyOwner() {
        database.clean();
        plans.analyze("interview", "interviewer", "follow_up");
    }

    private void assertEverySeeks(List<String> sent, String statistics) {
        List<String> scans = new ArrayList<>();
        for (String sql : sent) {
            String plan = plans.explainAsSent(sql);
            String lower = plan.toLowerCase();
            List<String> conditions = indexConditions(plan);
            if (lower.contains("seq scan") || lower.contains("tablescan") || conditions.isEmpty()
                    || OWNER_WIDE.matcher(plan).find()
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

    /** The statements on a growing table whose WHERE clause names a key: each must seek it. */
    private static List<String> aboutOne(List<String> recorded) {
        return recorded.stream().filter(sql -> !sql.stripLeading().toLowerCase().startsWith("insert"))
                .filter(sql -> GROWING_TABLE.matcher(sql).find()).filter(sql -> {
                    int where = sql.toLowerCase().indexOf(" where ");
                    return where > 0 && KEY_IN_WHERE.matcher(sql.substring(where)).find();
                }).toList();
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
}
