package dev.followup.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.resource.jdbc.spi.StatementInspector;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;

/**
 * Every SQL statement Hibernate sends while a test records them: the exact text the service runs, so
 * that a test can ask the database how it plans each one. Records nothing unless {@link #start()}ed.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class CapturedStatements implements StatementInspector {

    private volatile Set<String> recording;

    public void start() {
        recording = Collections.synchronizedSet(new LinkedHashSet<>());
    }

    /** Stops recording and gives every distinct statement seen, in the order first seen. */
    public List<String> stop() {
        Set<String> recorded = recording;
        recording = null;
        if (recorded == null) {
            return List.of();
        }
        synchronized (recorded) {
            return new ArrayList<>(recorded);
        }
    }

    @Override
    public String inspect(String sql) {
        Set<String> recorded = recording;
        if (recorded != null) {
            recorded.add(sql);
        }
        return sql;
    }
}
