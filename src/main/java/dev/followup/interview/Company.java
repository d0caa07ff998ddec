package dev.followup.interview;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The employer, as far as the follow-up needs to know it. */
@Schema(name = "Company", description = "The employer the candidate interviewed with.")
public record Company(
        @Schema(description = "The company's name as the candidate would write it.", example = "Acme Robotics", required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(description = "How formal the company is; decides the thank-you channel (R3). Defaults to `other`.", example = "tech") CompanyCulture culture) {
}
