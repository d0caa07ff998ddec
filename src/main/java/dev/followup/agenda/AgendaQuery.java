package dev.followup.agenda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.followup.interview.Channel;
import dev.followup.paging.Cursor;
import dev.followup.paging.Keyset;
import dev.followup.schedule.FollowUp;
import dev.followup.schedule.FollowUpState;
import dev.followup.schedule.FollowUpStatus;
import dev.followup.schedule.FollowUpType;

/**
 * The agenda's one SQL statement: an owner's items by when their window opens, served by the index
 * {@code ix_follow_up_agenda (tenant_id, owner_id, state, earliest_at, id)}. Kept as SQL so that a
 * test can ask the database for its plan.
 */
record AgendaQuery(String tenantId, String ownerId, Instant now, Instant horizon, Set<FollowUpStatus> statuses,
        Set<FollowUpType> types, Set<Channel> channels, Cursor after, int pageSize) {

    static final String CURSOR_TAG = "a";
    static final Set<FollowUpStatus> OPEN = EnumSet.of(FollowUpStatus.PENDING, FollowUpStatus.DUE,
            FollowUpStatus.OVERDUE);

    /** The statement, with named parameters; {@link #parameters()} gives their values. */
    String sql() {
        StringBuilder sql = new StringBuilder(
                "select * from follow_up where tenant_id = :tenant and owner_id = :owner");
        List<String> states = states();
        sql.append(states.size() == 1 ? " and state = :state" : " and state in (:states)");
        sql.append(" and earliest_at < :horizon");
        Set<FollowUpStatus> open = EnumSet.noneOf(FollowUpStatus.class);
        open.addAll(statuses);
        open.retainAll(OPEN);
        if (!open.isEmpty() && !open.equals(OPEN)) {
            List<String> windows = new ArrayList<>();
            if (open.contains(FollowUpStatus.PENDING)) {
                windows.add("earliest_at > :now");
            }
            if (open.contains(FollowUpStatus.DUE)) {
                windows.add("(earliest_at <= :now and latest_at >= :now)");
            }
            if (open.contains(FollowUpStatus.OVERDUE)) {
                windows.add("latest_at < :now");
            }
            sql.append(" and (state <> 'OPEN' or ").append(String.join(" or ", windows)).append(')');
        }
        if (!types.isEmpty()) {
            sql.append(" and type in (:types)");
        }
        if (!channels.isEmpty()) {
            sql.append(" and channel in (:channels)");
        }
        return sql.append(Keyset.continuing("earliest_at", "id", after)).append(Keyset.orderBy("earliest_at", "id"))
                .toString();
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("tenant", tenantId);
        parameters.put("owner", ownerId);
        List<String> states = states();
        if (states.size() == 1) {
            parameters.put("state", states.get(0));
        } else {
            parameters.put("states", states);
        }
        parameters.put("horizon", horizon);
        if (sql().contains(":now")) {
            parameters.put("now", now);
        }
        if (!types.isEmpty()) {
            parameters.put("types", types.stream().map(Enum::name).toList());
        }
        if (!channels.isEmpty()) {
            parameters.put("channels", channels.stream().map(Enum::name).toList());
        }
        Keyset.bind(parameters, after);
        return parameters;
    }

    /** The stored states the chosen statuses live in. */
    private List<String> states() {
        List<String> states = new ArrayList<>();
        if (statuses.stream().anyMatch(OPEN::contains)) {
            states.add(FollowUpState.OPEN.name());
        }
        for (FollowUpStatus status : statuses) {
            switch (status) {
                case DONE -> states.add(FollowUpState.DONE.name());
                case SKIPPED -> states.add(FollowUpState.SKIPPED.name());
                case CANCELLED -> states.add(FollowUpState.CANCELLED.name());
                case MISSED -> states.add(FollowUpState.MISSED.name());
                default -> {
                    // open statuses map to OPEN, added above
                }
            }
        }
        return states;
    }

    Cursor cursorAfter(FollowUp last) {
        return new Cursor(CURSOR_TAG, last.earliestAt, last.id);
    }
}
