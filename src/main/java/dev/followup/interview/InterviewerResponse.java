package dev.followup.interview;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One interviewer as the API returns it. */
@Schema(name = "Interviewer", description = "Someone who interviewed the candidate.")
public record InterviewerResponse(
        @Schema(description = "The interviewer's id; stable across updates that keep their email.", example = "0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f71", required = true) UUID id,
        @Schema(description = "The interviewer's full name.", example = "Maria Lopez", required = true) String name,
        @Schema(description = "The interviewer's job title, if known.", example = "Engineering Manager") String title,
        @Schema(description = "How the interviewer is addressed formally, if stated.", example = "ms") Salutation salutation,
        @Schema(description = "The interviewer's email address.", example = "maria.lopez@acme.example", required = true, format = "email") String email,
        @Schema(description = "The interviewer's phone number, if known.", example = "+1 415 555 0100") String phone,
        @Schema(description = "The interviewer's LinkedIn profile address, if known.", example = "https://www.linkedin.com/in/maria-lopez") String linkedInUrl,
        @Schema(description = "The last day the interviewer is away, if they are (R6).", example = "2026-12-04") LocalDate awayUntil) {

    static InterviewerResponse from(Interviewer interviewer) {
        return new InterviewerResponse(interviewer.id, interviewer.name, interviewer.title, interviewer.salutation,
                interviewer.email,
                interviewer.phone, interviewer.linkedinUrl, interviewer.awayUntil);
    }
}
