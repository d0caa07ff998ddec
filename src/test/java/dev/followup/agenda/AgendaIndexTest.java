package dev.followup.agenda;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;
import dev.followup.contract.QueryPlans;
import dev.followup.contract.SeededOwners;
import dev.followup.interview.Channel;
import dev.followup.paging.Cursor;
import dev.followup.schedule.FollowUpStatus;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda must stay fast at a million follow-ups: every variant of its query is served by the
 * index that leads with (tenant, owner, state, earliest_at). Fails when a change to the query or
 * the schema makes the database fall back to scanning the table.
 */
@QuarkusTest
class AgendaIndexTest {

    private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

    @Inject
    QueryPlans plans;

    @Inject
    Database database;

    /**
     * Planned on statistics of real rows: on empty tables every index costs the same, and which one
     * PostgreSQL picks then says nothing (it once picked the per-interview index by a tie).
     */
    @BeforeEach
    void twoCandidatesWithManyFollowUps() {
        SeededOwners.seed(database, plans.onPostgres(), "tenant-a", "candidate-1", 300);
        SeededOwners.seed(database, plans.onPostgres(), "tenant-a", "candidate-2", 300);
        plans.analyze("interview", "interviewer", "follow_up");
    }

    /** The next tests plan on statistics of empty tables again. */
    @AfterEach
    void forgetThem() {
        database.clean();
        plans.analyze("interview", "interviewer", "follow_up");
    }

    private static AgendaQuery query(Set<FollowUpStatus> statuses, Set<FollowUpType> types, Set<Channel> channels,
            Cursor after) {
        return new AgendaQuery("tenant-a", "candidate-1", NOW, NOW.plus(7, ChronoUnit.DAYS), statuses, types, channels,
                after, 20);
    }

    private void assertServedByTheAgendaIndex(AgendaQuery query) {
        String plan = plans.explain(query.sql(), query.parameters()).toLowerCase();
        int index = plan.indexOf("ix_follow_up_agenda");
        assertThat(index).as(plan).isNotNegative();
        // What the index is searched with: PostgreSQL's "Index Cond", or the comment H2 puts after the index name.
        String searchedWith = plan.substring(index);
        for (String end : new String[]{"*/", "filter:", "\n  ->"}) {
            int cut = searchedWith.indexOf(end);
            if (cut > 0) {
                searchedWith = searchedWith.substring(0, cut);
            }
        }
        assertThat(searchedWith).as(plan).contains("tenant_id").contains("owner_id").contains("earliest_at");
    }

    @Test
    void theDefaultAgendaUsesTheIndex() {
        assertServedByTheAgendaIndex(query(AgendaQuery.OPEN, Set.of(), Set.of(), null));
    }

    @Test
    void filteredAndLaterPagesUseTheIndex() {
        assertServedByTheAgendaIndex(query(EnumSet.of(FollowUpStatus.DUE), EnumSet.of(FollowUpType.STATUS_CHECK),
                EnumSet.of(Channel.EMAIL), new Cursor(AgendaQuery.CURSOR_TAG, NOW, UUID.randomUUID())));
    }

    @Test
    void historyUsesTheIndex() {
        assertServedByTheAgendaIndex(query(EnumSet.of(FollowUpStatus.DONE, FollowUpStatus.OVERDUE), Set.of(),
                Set.of(), null));
    }
}
