package dev.followup.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Valid interview request bodies as plain maps, so that a test can break exactly one field. */
public final class InterviewJson {

    private InterviewJson() {
    }

    public static Map<String, Object> interview() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("company", new LinkedHashMap<>(Map.of("name", "Acme Robotics", "culture", "tech")));
        body.put("jobTitle", "Senior Backend Engineer");
        body.put("round", "technical");
        body.put("format", "video");
        body.put("startAt", "2026-03-06T14:00:00+01:00");
        body.put("endAt", "2026-03-06T15:00:00+01:00");
        body.put("timeZone", "Europe/Berlin");
        body.put("countryCode", "DE");
        body.put("interviewers", new ArrayList<>(List.of(
                interviewer("Maria Lopez", "maria.lopez@acme.example"),
                interviewer("Sam Chen", "sam.chen@acme.example"))));
        body.put("topics", new ArrayList<>(List.of("migrating billing to event sourcing", "on-call rotation")));
        body.put("skills", new ArrayList<>(List.of("Kafka", "incident response")));
        body.put("expectedDecisionDate", "2026-03-13");
        body.put("lastEmployerChannel", "email");
        body.put("linkedInConnectionAllowed", false);
        return body;
    }

    public static Map<String, Object> interviewer(String name, String email) {
        Map<String, Object> interviewer = new LinkedHashMap<>();
        interviewer.put("name", name);
        interviewer.put("title", "Engineering Manager");
        interviewer.put("email", email);
        return interviewer;
    }

    public static Map<String, Object> fromAts(String source, String remoteId) {
        Map<String, Object> body = interview();
        body.put("source", source);
        body.put("remoteId", remoteId);
        return body;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> firstInterviewer(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("interviewers")).get(0);
    }
}
