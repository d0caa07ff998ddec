package dev.followup.candidate;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The candidate profile as the API returns it. */
@Schema(name = "CandidateProfile", description = "The candidate's name and contact details, used in the closing of every draft unless an interview overrides them.")
public record CandidateProfileResponse(
        @Schema(description = "The candidate this profile belongs to: the `sub` of their tokens.", example = "candidate-7f3a", required = true) String candidateId,
        @Schema(description = "The contact details.", required = true) CandidateContact contact,
        @Schema(description = "The row version; the ETag header carries it in quotes.", example = "0", required = true) long version,
        @Schema(description = "When the profile was created.", example = "2026-03-01T09:00:00Z", required = true) OffsetDateTime createdAt,
        @Schema(description = "Who created it: the `sub` of the token used.", example = "candidate-7f3a", required = true) String createdBy,
        @Schema(description = "When the profile last changed.", example = "2026-03-01T09:00:00Z", required = true) OffsetDateTime modifiedAt,
        @Schema(description = "Who changed it last: the `sub` of the token used.", example = "candidate-7f3a", required = true) String modifiedBy) {

    static CandidateProfileResponse from(CandidateProfile profile) {
        return new CandidateProfileResponse(profile.ownerId, profile.contact(), profile.version,
                profile.createdAt.atOffset(ZoneOffset.UTC), profile.createdBy,
                profile.modifiedAt.atOffset(ZoneOffset.UTC), profile.modifiedBy);
    }
}
