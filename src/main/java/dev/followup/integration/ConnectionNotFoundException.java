package dev.followup.integration;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** No connection with this id in the caller's tenant. */
public class ConnectionNotFoundException extends ProblemException {

    public ConnectionNotFoundException(String id) {
        super(ProblemType.NOT_FOUND, "No integration connection with id " + id + " exists.");
    }
}
