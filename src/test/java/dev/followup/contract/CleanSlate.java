package dev.followup.contract;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

import dev.followup.system.TestClock;

/**
 * Before every test of every {@code @QuarkusTest} class: an empty database and the clock at its
 * start, so that no test sees what another left behind, whatever order they run in. (Registered in
 * META-INF/services; the packaged-jar tests run the service in another process and are not touched.)
 */
public class CleanSlate implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        ArcContainer container = Arc.container();
        if (container == null || !container.isRunning()) {
            return;
        }
        container.instance(Database.class).get().clean();
        container.instance(TestClock.class).get().reset();
    }
}
