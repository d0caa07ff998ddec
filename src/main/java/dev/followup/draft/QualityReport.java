package dev.followup.draft;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.language.Language;

/** The result of reading a draft as a careful recipient would (M6, M9). */
@Schema(name = "QualityReport", description = "What a careful reader would fix before sending (M4, M6, M9). `ready` is true when there is no error.")
public record QualityReport(
        @Schema(description = "Whether the text can be sent as it is: no issue of severity `error`.", example = "true", required = true) boolean ready,
        @Schema(description = "Length of the body in characters.", example = "642", required = true) int length,
        @Schema(description = "The channel's limit for the body, if it has one.", example = "300") Integer limit,
        @Schema(description = "The issues found, errors first.", required = true) List<QualityIssue> issues,
        @Schema(description = "The language the messages are written in; the `Content-Language` header says the same.", example = "en", required = true) Language language) {
}
