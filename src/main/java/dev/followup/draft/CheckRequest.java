package dev.followup.draft;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;
import dev.followup.validation.MultiLine;

/** Text to check by the same rules as the generated drafts. */
@Schema(name = "CheckRequest", description = "A text to check by the rules the drafts follow. With `followUpId`, it is also checked against that item: the interviewer's name, the interview's topics, your contact details and the other interviewers' drafts.")
public record CheckRequest(
        @Schema(description = "What kind of message it is.", example = "thank_you", required = true) @NotNull FollowUpType type,
        @Schema(description = "The channel it will go through.", example = "email", required = true) @NotNull Channel channel,
        @Schema(description = "The follow-up it is for, if any.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71") UUID followUpId,
        @Schema(description = "The email subject.", example = "Thanks!!", maxLength = 200) @Size(max = 200) String subject,
        @Schema(description = "The text.", example = "Hey, thx for the chat, gonna be awesome!!", required = true, maxLength = 5000) @NotBlank @Size(max = 5000) @MultiLine String body,
        @Schema(description = "The language the text is written in, read by that language's conventions and reported in it. Defaults to the language negotiated for this request (`language`, `Accept-Language`, the candidate's setting).", example = "fr") Language language) {
}
