package dev.followup.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dev.followup.integration.InboundApplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Traces never carry personal data: with every trace sampled, a {@link RecognisableCandidate} goes through the
 * service and every finished span is kept. No span name, attribute, event, link, status or resource may hold any of
 * the candidate's strings, as sent or URL-encoded; routes are templates, never ids.
 */
@QuarkusTest
@TestProfile(PersonalDataInTracesTest.EveryTraceSampled.class)
class PersonalDataInTracesTest {

    private static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            Pattern.CASE_INSENSITIVE);

    /** As an operator samples (application.properties), with no collector: spans go to {@link InMemorySpans} only. */
    public static class EveryTraceSampled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.traces.sampler.arg", "1.0", "quarkus.otel.exporter.otlp.enabled", "false");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(InMemorySpans.class);
        }
    }

    @Inject
    InboundApplier applier;
    @Inject
    InMemorySpanExporter exporter;
    @Inject
    OpenTelemetry openTelemetry;

    @Test
    void noSpanHoldsACandidatesOrInterviewersData() {
        exporter.reset();
        new RecognisableCandidate("tenant-traces").goesThroughTheService(applier);
        List<SpanData> spans = finishedUpTo("DELETE", "/interviews/{id}");

        List<SpanData> server = spans.stream().filter(span -> span.getKind() == SpanKind.SERVER).toList();
        assertThat(server).extracting(span -> span.getAttributes().get(ROUTE)).contains("/candidate-profile",
                "/interviews", "/interviews/{id}", "/interviews/{interviewId}/follow-ups", "/follow-ups/{id}/draft",
                "/follow-ups/{id}/draft/saved", "/drafts/check", "/interviews/batch", "/candidate-data");
        assertThat(server).as("the search's query string, names kept and values redacted")
                .extracting(span -> span.getAttributes().get(QUERY)).contains("company=REDACTED&pageSize=REDACTED");
        assertThat(server).as("paths keep our segments and ids, nothing of the caller's own")
                .extracting(span -> span.getAttributes().get(PATH))
                .contains("/interviews/REDACTED", "/integrations/REDACTED/webhooks/REDACTED")
                .anyMatch(path -> path != null && path.matches("/interviews/" + UUID.pattern()));
        assertThat(server).as("who called is not kept: no address, no user agent").allSatisfy(span -> {
            for (AttributeKey<String> caller : RequestTargetRedaction.CALLER) {
                assertThat(span.getAttributes().get(caller)).as(caller.getKey()).isIn(null,
                        RequestTargetRedaction.REDACTED);
            }
        });
        assertThat(server).as("routes and span names are templates, not ids").allSatisfy(span -> {
            assertThat(span.getName()).doesNotContainPattern(UUID);
            assertThat(String.valueOf(span.getAttributes().get(ROUTE))).doesNotContainPattern(UUID);
        });

        List<String> leaks = new ArrayList<>();
        for (SpanData span : spans) {
            for (String text : texts(span).toList()) {
                String lower = text.toLowerCase(Locale.ROOT);
                if (forms().anyMatch(lower::contains)) {
                    leaks.add(span.getName() + ": " + text);
                }
            }
        }
        assertThat(leaks).as("span texts holding personal data").isEmpty();
    }

    /**
     * The spans finished once the request {@code method route} has: a server span ends after its response is sent,
     * and the exporter receives spans in batches.
     */
    private List<SpanData> finishedUpTo(String method, String route) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            ((OpenTelemetrySdk) openTelemetry).getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
            List<SpanData> spans = exporter.getFinishedSpanItems();
            if (spans.stream().anyMatch(span -> method.equals(span.getAttributes().get(METHOD))
                    && route.equals(span.getAttributes().get(ROUTE)))) {
                return spans;
            }
            assertThat(Instant.now()).as("the span of " + method + " " + route).isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Each seeded value lower-cased, as sent and URL-encoded (spaces as + and as %20). */
    private static Stream<String> forms() {
        return RecognisableCandidate.PERSONAL.stream().map(value -> value.toLowerCase(Locale.ROOT)).flatMap(value -> {
            String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return Stream.of(value, encoded, encoded.replace("+", "%20"));
        }).distinct();
    }

    /** Every text a trace backend would show of the span, each prefixed with where it is. */
    private static Stream<String> texts(SpanData span) {
        List<String> texts = new ArrayList<>();
        texts.add("name " + span.getName());
        texts.add("status " + span.getStatus().getDescription());
        texts.add("scope " + span.getInstrumentationScopeInfo().getName());
        add(texts, "attribute ", span.getAttributes());
        add(texts, "resource ", span.getResource().getAttributes());
        for (EventData event : span.getEvents()) {
            texts.add("event " + event.getName());
            add(texts, "event " + event.getName() + " ", event.getAttributes());
        }
        for (LinkData link : span.getLinks()) {
            add(texts, "link ", link.getAttributes());
        }
        return texts.stream();
    }

    private static void add(List<String> texts, String where, Attributes attributes) {
        attributes.forEach((key, value) -> texts.add(where + key.getKey() + "=" + value));
    }
}
