package dev.followup.validation;

import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** A field, query parameter or header whose value cannot be used; reported as a violation of that field. */
public class InvalidParameterException extends ProblemException {

    public InvalidParameterException(String field, String message) {
        super(ProblemType.VALIDATION, field + " " + message + ".", new Problem.Violation(field, message));
    }

    public String field() {
        return violation().field();
    }
}
