package dev.followup.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Problem documents for one part of a request that is answered on its own, such as an item of a batch:
 * the same documents the mappers send for a whole request, with each field named from the part's place
 * in the body ({@code items[3].interview.startAt}).
 */
public final class PartProblems {

    private PartProblems() {
    }

    /** A domain outcome of the part, as its own request would have been answered. */
    public static Problem of(ProblemException e, String prefix, String instance) {
        Problem.Violation violation = e.violation();
        if (violation == null) {
            return Problems.document(e.type(), instance, e.getMessage(), null);
        }
        Problem.Violation named = new Problem.Violation(prefixed(prefix, violation.field()), violation.message());
        return Problems.document(e.type(), instance, named.field() + " " + named.message() + ".", List.of(named));
    }

    /** The part could not be read as the object it must be. */
    public static Problem unreadable(JsonMappingException e, String prefix, String instance) {
        return JsonProblems.mismatched(e, prefix, instance);
    }

    /** The part was read but fails validation. */
    public static <T> Problem invalid(Set<ConstraintViolation<T>> violations, String prefix, String instance) {
        List<Problem.Violation> named = violations.stream()
                .map(v -> new Problem.Violation(prefixed(prefix, RequestProblems.fieldOf(v)), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .distinct()
                .toList();
        return Problems.validation(instance, named);
    }

    private static String prefixed(String prefix, String field) {
        if (prefix.isEmpty()) {
            return field;
        }
        return field == null || field.isEmpty() || field.equals("body") ? prefix : prefix + "." + field;
    }
}
