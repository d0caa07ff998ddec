package dev.followup.agenda;

import java.net.URI;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new calendar subscription. */
@Schema(name = "CalendarFeed", description = "A secret calendar subscription address. It is shown once: keep it private, anyone with it can read the agenda. Creating a new one retires the old.")
public record CalendarFeedResponse(
        @Schema(description = "The address to subscribe to from a calendar app (iCalendar, `text/calendar`).", example = "https://followup.example.com/calendar-feeds/dGVuYW50LWE.Jx2uQ3cG9h9xM4rYw0bJ6e1lJm2kzPqA3dVwY8nT5sE", required = true) URI url,
        @Schema(description = "When it was created.", example = "2026-03-09T10:00:00Z", required = true) OffsetDateTime createdAt) {
}
