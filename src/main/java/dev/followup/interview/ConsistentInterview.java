package dev.followup.interview;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Checks that span fields of an {@link InterviewRequest}: the end after the start and within a day,
 * a decision date not before the interview, and distinct interviewer emails. Each failure names the
 * field it belongs to. (Years out of range never get here: the JSON reader refuses them.)
 */
@Retention(RUNTIME)
@Target(TYPE)
@Constraint(validatedBy = ConsistentInterview.Validator.class)
@interface ConsistentInterview {

    String message() default "the interview is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ConsistentInterview, InterviewRequest> {

        @Override
        public boolean isValid(InterviewRequest request, ConstraintValidatorContext context) {
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (request.startAt() != null && request.endAt() != null) {
                if (!request.endAt().isAfter(request.startAt())) {
                    valid = fail(context, "endAt", "must be after startAt");
                } else if (Duration.between(request.startAt(), request.endAt())
                        .compareTo(Duration.ofHours(InterviewRequest.MAX_DURATION_HOURS)) > 0) {
                    valid = fail(context, "endAt",
                            "must be at most " + InterviewRequest.MAX_DURATION_HOURS + " hours after startAt");
                }
            }
            if (request.expectedDecisionDate() != null && request.startAt() != null && request.timeZone() != null
                    && ZoneId.getAvailableZoneIds().contains(request.timeZone())) {
                var interviewDay = request.startAt().atZoneSameInstant(ZoneId.of(request.timeZone())).toLocalDate();
                if (request.expectedDecisionDate().isBefore(interviewDay)) {
                    valid = fail(context, "expectedDecisionDate",
                            "must not be before the day of the interview (" + interviewDay + ")");
                }
            }
            if (request.interviewers() != null) {
                Set<String> emails = new HashSet<>();
                for (int i = 0; i < request.interviewers().size(); i++) {
                    InterviewerRequest interviewer = request.interviewers().get(i);
                    if (interviewer == null) {
                        continue;
                    }
                    if (interviewer.email() != null && !emails.add(Interviewer.emailKey(interviewer.email()))) {
                        valid = fail(context, "interviewers[" + i + "].email",
                                "must differ from the other interviewers' emails");
                    }
                }
            }
            return valid;
        }

        /** Reports a violation on a field path relative to the request; the problem mapper reads it verbatim. */
        private static boolean fail(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message.replace("{", "\\{").replace("$", "\\$"))
                    .addPropertyNode(field)
                    .addConstraintViolation();
            return false;
        }
    }
}
