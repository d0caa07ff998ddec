package dev.followup.agenda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import dev.followup.language.ContentLanguage;

/**
 * Serves a calendar with conditional GET: its ETag is a digest of the text (stable while nothing in
 * it changes: event stamps are the items' own modification times), so calendar apps that poll every
 * hour get a 304 without the body when nothing moved.
 */
final class CalendarText {

    private CalendarText() {
    }

    /** The calendar with its ETag, or 304 when {@code If-None-Match} names that tag (or {@code *}). */
    static Response conditional(CalendarService.Calendar calendar, String ifNoneMatch) {
        EntityTag tag = new EntityTag(digest(calendar.text()));
        Response.ResponseBuilder response = ifNoneMatch != null && matches(ifNoneMatch, tag.toString())
                ? Response.notModified(tag)
                : Response.ok(calendar.text(), AgendaCalendar.MEDIA_TYPE).tag(tag);
        return ContentLanguage.of(response, calendar.language()).build();
    }

    /** RFC 9110 13.1.2: weak comparison, any of a comma-separated list. */
    private static boolean matches(String ifNoneMatch, String tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
