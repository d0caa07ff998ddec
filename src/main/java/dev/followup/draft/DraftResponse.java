package dev.followup.draft;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

/** A generated draft and its quality report. */
@Schema(name = "Draft", description = "A ready-to-edit draft for a follow-up, with its quality report. Generated on request; nothing is stored.")
public record DraftResponse(
        @Schema(description = "The follow-up it is for.", example = "0194f1a2-9d3e-7d4b-9a10-2b3c4d5e6f71", required = true) UUID followUpId,
        @Schema(description = "What kind of message.", example = "thank_you", required = true) FollowUpType type,
        @Schema(description = "The channel it is written for.", example = "email", required = true) Channel channel,
        @Schema(description = "The tone it is written in.", example = "formal", required = true) Tone tone,
        @Schema(description = "The language it is written in; the `Content-Language` header says the same.", example = "en", required = true) Language language,
        @Schema(description = "Which of the wordings was used: 1 to 10 for thank-yous and LinkedIn notes, which every interviewer of one interview gets in a wording of their own (M4); 1 to 3 for the others.", example = "2", required = true) int variant,
        @Schema(description = "The email subject; absent for other channels.", example = "Thank you for the interview on Friday") String subject,
        @Schema(description = "The text: the email body, the note, the LinkedIn connection note, or the talking points of a call.", example = "Dear Maria Lopez,\n\nThank you for taking the time to talk with me about the Senior Backend Engineer position at Acme Robotics. I especially enjoyed our discussion of migrating billing to event sourcing; it gave me a clear picture of what the team is working on.\n\n...\n\nKind regards,\nJane Doe\njane.doe@example.com", required = true) String body,
        @Schema(description = "For email: a `mailto:` link with recipient, subject and body, for a frontend to open.", example = "mailto:maria.lopez@acme.example?subject=Thank%20you%20for%20the%20interview%20on%20Friday&body=Dear%20Maria%20Lopez%2C...") String mailto,
        @Schema(description = "What to fix before sending.", required = true) QualityReport quality) {
}
