package dev.followup.integration;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A webhook whose signature is missing, malformed or wrong (or, for Lever, too old or replayed): nothing is stored. */
public class BadSignatureException extends ProblemException {

    BadSignatureException(String detail) {
        super(ProblemType.BAD_SIGNATURE, detail);
    }
}
