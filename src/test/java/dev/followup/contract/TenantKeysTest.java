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
