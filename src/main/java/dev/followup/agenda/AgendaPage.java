package dev.followup.agenda;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.language.Language;
import dev.followup.schedule.FollowUpResponse;

/** A page of the agenda. */
@Schema(name = "AgendaPage", description = "A page of the candidate's follow-ups across all interviews, in the order their windows open.")
public record AgendaPage(
        @Schema(description = "The follow-ups of this page.", required = true) List<FollowUpResponse> items,
        @Schema(description = "The cursor of the next page; absent on the last page.", example = "YXwxNzczMjE2MDAwfDB8MDE5NGYxYTItOWQzZS03ZDRiLTlhMTAtMmIzYzRkNWU2Zjcx") String next,
        @Schema(description = "The language the items' reasons are written in; `Content-Language` says the same.", example = "en", required = true) Language language) {
}
