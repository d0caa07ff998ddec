package dev.followup.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Every write the service acknowledged, to be found in the database afterwards. Each interview has one
 * writer, so its last acknowledged job title is what the database must hold, unless a later write's
 * outcome is unknown (no answer, or 503), in which case either title may be there.
 */
final class Ledger {

    /** What the suite knows of one interview it wrote. */
    static final class Written {
        final String tenant;
        final String id;
        volatile String acknowledgedTitle;
        final Set<String> uncertainTitles = ConcurrentHashMap.newKeySet();

        Written(String tenant, String id, String title) {
            this.tenant = tenant;
            this.id = id;
            this.acknowledgedTitle = title;
        }
    }

    private final Map<String, Written> interviews = new ConcurrentHashMap<>();
    final LongAdder acknowledgedCreates = new LongAdder();
    final LongAdder acknowledgedUpdates = new LongAdder();

    void created(String tenant, String id, String title) {
        if (interviews.putIfAbsent(id, new Written(tenant, id, title)) == null) {
            acknowledgedCreates.increment();
        }
    }

    void updated(String id, String title) {
        Written written = interviews.get(id);
        written.acknowledgedTitle = title;
        written.uncertainTitles.clear();
        acknowledgedUpdates.increment();
    }

    void uncertain(String id, String title) {
        interviews.get(id).uncertainTitles.add(title);
    }

    boolean knows(String id) {
        return interviews.containsKey(id);
    }

    int size() {
        return interviews.size();
    }

    /** What the database shows of the acknowledged writes. */
    record Audit(long acknowledged, long missing, long wrongTitle, long rowsInDatabase) {
        long lost() {
            return missing + wrongTitle;
        }
    }

    /** Looks every acknowledged interview up; {@code rowsInDatabase} counts the tenants' interviews. */
    Audit audit(String jdbcUrl, String user, Set<String> tenants) throws SQLException {
        Map<String, String> titles = new HashMap<>();
        long rows = 0;
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, "");
                PreparedStatement select = db.prepareStatement(
                        "select id::text, job_title from interview where tenant_id = ?")) {
            for (String tenant : tenants) {
                select.setString(1, tenant);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        titles.put(result.getString(1), result.getString(2));
                        rows++;
                    }
                }
            }
        }
        long missing = 0;
        long wrongTitle = 0;
        for (Written written : interviews.values()) {
            String title = titles.get(written.id);
            if (title == null) {
                missing++;
            } else if (!title.equals(written.acknowledgedTitle) && !written.uncertainTitles.contains(title)) {
                wrongTitle++;
            }
        }
        return new Audit(interviews.size(), missing, wrongTitle, rows);
    }
}
