package dev.followup.schedule;

import java.util.ArrayList;
import java.util.List;

/** The ids of the rules behind one plan item, in order of importance, without repeats. */
final class RuleIds {

    private final List<String> ids = new ArrayList<>();

    RuleIds(String... first) {
        for (String id : first) {
            add(id);
        }
    }

    void add(String id) {
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /** A rule that now matters most (R6: an absence overrides the usual timing). */
    void addFirst(String id) {
        ids.remove(id);
        ids.add(0, id);
    }

    List<String> list() {
        return List.copyOf(ids);
    }
}
