package dev.followup.interview;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import dev.followup.validation.MailAddress;
import dev.followup.validation.Patterns;

/** One interviewer as a client sends it; the id a GET shows is accepted and ignored. */
@JsonIgnoreProperties({"id"})
@Schema(name = "InterviewerRequest", description = "Someone who interviewed the candidate. Each interviewer gets their own thank-you (R1). On an update, an interviewer is recognised by email, so their id stays the same. The `id` an `Interviewer` read with GET carries is accepted and ignored.")
public record InterviewerRequest(
        @Schema(description = "The interviewer's full name, as the candidate would greet them.", example = "Maria Lopez", required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(description = "The interviewer's job title, if known; ATS data often lacks it, and drafts read well without it.", example = "Engineering Manager", maxLength = 200) @Size(max = 200) @Pattern(regexp = InterviewerRequest.NOT_BLANK, message = "must not be blank: leave it out when unknown") String title,
        @Schema(description = "How to address the interviewer formally in drafts, if the candidate knows; never guessed from the name. Without it, formal drafts greet with the full name.", example = "ms") Salutation salutation,
        @Schema(description = "The interviewer's email address; unique within one interview.", example = "maria.lopez@acme.example", required = true, maxLength = 254, format = "email") @NotBlank @MailAddress @Size(max = 254) String email,
        @Schema(description = "The interviewer's phone number, if the candidate has it.", example = "+1 415 555 0100", maxLength = 32, pattern = Patterns.PHONE) @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) @Size(max = 32) String phone,
        @Schema(description = "The interviewer's LinkedIn profile address, if known.", example = "https://www.linkedin.com/in/maria-lopez", maxLength = 300, pattern = Patterns.LINKEDIN_URL) @Pattern(regexp = Patterns.LINKEDIN_URL, message = Patterns.LINKEDIN_MESSAGE) @Size(max = 300) String linkedInUrl,
        @Schema(description = "The last day the interviewer is away (on vacation, say); nothing is due to them before they are back (R6).", example = "2026-12-04") LocalDate awayUntil) {

    /** Optional text, when given, has something in it (one line: the JSON reader refuses line breaks). */
    static final String NOT_BLANK = ".*\\S.*";

    void applyTo(Interviewer interviewer) {
        interviewer.name = name.strip();
        interviewer.title = title == null ? null : title.strip();
        interviewer.salutation = salutation;
        interviewer.email = email.strip();
        interviewer.phone = phone;
        interviewer.linkedinUrl = linkedInUrl;
        interviewer.awayUntil = awayUntil;
    }
}
