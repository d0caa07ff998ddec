package dev.followup.schedule;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.language.Language;

/** An interview's whole plan. */
@Schema(name = "FollowUpList", description = "Every follow-up of an interview, open ones and history, in the order their windows open.")
public record FollowUpList(
        @Schema(description = "The follow-ups.", required = true) List<FollowUpResponse> items,
        @Schema(description = "The language their reasons are written in; `Content-Language` says the same.", example = "en", required = true) Language language) {
}
