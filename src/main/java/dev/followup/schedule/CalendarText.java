package dev.followup.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Serves a calendar with conditional GET: its ETag is a digest of the text (stable while nothing in
 * it changes: event stamps are the items' own modification times), so calendar apps that poll every
 * hour get a 304 without the body when nothing moved.
 */
final class CalendarText {

    private CalendarText() {
    }

    static Response conditional(String calendar, Request request) {
        EntityTag tag = new EntityTag(digest(calendar));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(calendar, AgendaCalendar.MEDIA_TYPE).tag(tag).build();
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
