package dev.followup.interview;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import dev.followup.contract.Database;

import static dev.followup.contract.Api.api;
import static dev.followup.contract.InterviewJson.interview;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * An interview's interviewers load by the whole key (tenant, interview): the only index on them leads
 * with the tenant, and a lookup by interview alone would scan every tenant's interviewers.
 */
@QuarkusTest
class InterviewerLoadingTest {

    @Inject
    Database database;

    @Inject
    EntityManager em;

    @Test
    void theInterviewersOfAnInterviewAreLoadedByTenantAndInterview() {
        var collection = (AbstractCollectionPersister) em.getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .getCollectionDescriptor(Interview.class.getName() + ".interviewers");
        assertThat(collection.getKeyColumnNames()).containsExactlyInAnyOrder("tenant_id", "interview_id");
    }

    @Test
    void registeredInterviewersAreStoredUnderTheirInterviewAndReadBackInOrder() {
        String id = api().body(interview()).post("/interviews").then().statusCode(201).extract().path("id");
        api().get("/interviews/" + id).then().statusCode(200)
                .body("interviewers.name", contains("Maria Lopez", "Sam Chen"));
        assertThat(database.count("interviewer where interview_id = '" + id + "'")).isEqualTo(2);
    }
}
