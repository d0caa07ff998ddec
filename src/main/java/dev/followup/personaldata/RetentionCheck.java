package dev.followup.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Stops the service at start when a retention setting is out of range. (Bean Validation on the mapping would
 * validate every mapping of the service, and cannot reach those that are package-private.)
 */
@ApplicationScoped
class RetentionCheck {

    void check(@Observes StartupEvent started, RetentionConfig config) {
        RetentionConfig.check(config);
    }
}
