package dev.followup.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.validation.MailAddress;

/** Whom to erase: an interviewer, by email. */
@Schema(name = "InterviewerErasureRequest", description = "The interviewer to erase from every interview of the tenant, by email address (in any case).")
public record InterviewerErasureRequest(
        @Schema(description = "The interviewer's email address, as any interview registered it; letter case is ignored.", example = "maria.lopez@acme.example", required = true, maxLength = 254, format = "email") @NotBlank @MailAddress @Size(max = 254) String email) {
}
