package dev.followup.contract;

import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every entity's identifier is its table's primary key, tenant first: Hibernate updates and deletes
 * rows by identifier, and an identifier without the tenant could not seek a key that leads with it.
 */
@QuarkusTest
class TenantKeysTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void everyEntityIsUpdatedByItsWholePrimaryKeyWhichHoldsTheTenant() {
        List<AbstractEntityPersister> entities = em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class).getMappingMetamodel().streamEntityDescriptors()
                .map(AbstractEntityPersister.class::cast).toList();
        assertThat(entities).hasSizeGreaterThanOrEqualTo(7);
        for (AbstractEntityPersister entity : entities) {
            Set<String> identifier = Set.of(entity.getIdentifierColumnNames());
            assertThat(identifier).as(entity.getEntityName()).contains("tenant_id")
                    .isEqualTo(primaryKey(entity.getTableName()));
        }
    }

    /** Tables without an entity too (scheduled runs): a key that does not lead with the tenant cannot be distributed. */
    @Test
    @Transactional
    void everyTablesPrimaryKeyLeadsWithTheTenant() {
        List<String> tables = em.unwrap(Session.class).doReturningWork(connection -> {
            List<String> names = new java.util.ArrayList<>();
            try (ResultSet all = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (all.next()) {
                    String schema = String.valueOf(all.getString("TABLE_SCHEM")).toLowerCase();
                    String name = all.getString("TABLE_NAME").toLowerCase();
                    if ((schema.equals("public")) && !name.equals("flyway_schema_history")) {
                        names.add(name);
                    }
                }
            }
            return names;
        });
        assertThat(tables).contains("interview", "follow_up", "scheduled_run");
        for (String table : tables) {
            assertThat(firstKeyColumn(table)).as(table).isEqualTo("tenant_id");
        }
    }

    private String firstKeyColumn(String table) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, null, table)) {
                while (keys.next()) {
                    if (keys.getInt("KEY_SEQ") == 1) {
                        return keys.getString("COLUMN_NAME").toLowerCase();
                    }
                }
            }
            return null;
        });
    }

    private Set<String> primaryKey(String table) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> columns = new HashSet<>();
            try (ResultSet keys = connection.getMetaData().getPrimaryKeys(null, null, table)) {
                while (keys.next()) {
                    columns.add(keys.getString("COLUMN_NAME").toLowerCase());
                }
            }
            return columns;
        });
    }
}
