package dev.followup.candidate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.language.Language;
import dev.followup.validation.MailAddress;
import dev.followup.validation.MultiLine;
import dev.followup.validation.Patterns;

/** How the candidate signs and can be reached: kept once in the profile, overridable per interview. */
@Schema(name = "CandidateContact", description = "The candidate's name and contact details, as they appear in the closing of every draft (M2). Every field is optional; on an interview, a field left out falls back to the candidate profile.")
public record CandidateContact(
        @Schema(description = "The candidate's name as they sign their messages.", example = "Jane Doe", maxLength = 200) @Size(max = 200) String name,
        @Schema(description = "The candidate's email address.", example = "jane.doe@example.com", maxLength = 254, format = "email") @MailAddress @Size(max = 254) String email,
        @Schema(description = "The candidate's phone number.", example = "+49 30 1234567", maxLength = 32, pattern = Patterns.PHONE) @Pattern(regexp = Patterns.PHONE, message = Patterns.PHONE_MESSAGE) @Size(max = 32) String phone,
        @Schema(description = "The candidate's LinkedIn profile address.", example = "https://www.linkedin.com/in/jane-doe", maxLength = 300, pattern = Patterns.LINKEDIN_URL) @Pattern(regexp = Patterns.LINKEDIN_URL, message = Patterns.LINKEDIN_MESSAGE) @Size(max = 300) String linkedInUrl,
        @Schema(description = "How the candidate closes a message, placed under the contact details.", example = "Best regards,\nJane Doe", maxLength = 1000) @Size(max = 1000) @MultiLine String signature,
        @Schema(description = "The language drafts and plan reasons are written in when a request names none (no `language` parameter, no `Accept-Language` header the service can serve). On an interview, it overrides the profile's for that interview only.", example = "de") Language language) {

    /** This contact with every unset field taken from {@code fallback}. */
    public CandidateContact orElse(CandidateContact fallback) {
        if (fallback == null) {
            return this;
        }
        return new CandidateContact(
                name != null ? name : fallback.name,
                email != null ? email : fallback.email,
                phone != null ? phone : fallback.phone,
                linkedInUrl != null ? linkedInUrl : fallback.linkedInUrl,
                signature != null ? signature : fallback.signature,
                language != null ? language : fallback.language);
    }

    public boolean hasNoField() {
        return name == null && email == null && phone == null && linkedInUrl == null && signature == null
                && language == null;
    }
}
