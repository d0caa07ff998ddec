package dev.followup.integration;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** The tenant has as many connections as allowed. */
public class ConnectionLimitException extends ProblemException {

    public ConnectionLimitException() {
        super(ProblemType.CONFLICT, "The tenant has " + ConnectionService.MAX_PER_TENANT
                + " connections, the most one tenant may have; delete one first.");
    }
}
