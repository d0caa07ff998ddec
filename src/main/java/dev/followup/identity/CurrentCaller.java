package dev.followup.identity;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Resolves the caller of the current request. Until bearer tokens arrive every request acts for a
 * single default owner of a single default tenant, so that scoping is in place from the first row.
 */
@ApplicationScoped
public class CurrentCaller {

    static final Caller DEFAULT = new Caller("default", "default");

    public Caller get() {
        return DEFAULT;
    }
}
