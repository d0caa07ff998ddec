package dev.followup.system;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;

/**
 * Spans show a request's target with our own words and ids only: the literal segments of our paths, UUIDs and
 * the names of our query parameters. Anything else (a query value such as the company filter's free text, a
 * calendar feed's secret, an ATS's remote id, whatever a client puts in a URL) becomes {@code REDACTED}, since traces
 * leave the service; so does who called (address, user agent). Quarkus runs every SpanProcessor bean as a span starts, before any exporter sees it.
 */
@Singleton
class RequestTargetRedaction implements SpanProcessor {

    static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    /** Who called, from where: an address and a user agent are personal data too (GDPR recital 30). */
    static final List<AttributeKey<String>> CALLER = List.of(AttributeKey.stringKey("client.address"),
            AttributeKey.stringKey("network.peer.address"), AttributeKey.stringKey("user_agent.original"));
    /** What OpenTelemetry's semantic conventions put in place of a URL part that must not be recorded. */
    static final String REDACTED = "REDACTED";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Set<String> segments;
    private final Set<String> parameters;

    @Inject
    RequestTargetRedaction(BeanManager beans) {
        this(new HashSet<>(), new HashSet<>());
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root != null) {
                declare(root, bean.getBeanClass().getMethods());
            }
        }
    }

    RequestTargetRedaction(Set<String> segments, Set<String> parameters) {
        this.segments = segments;
        this.parameters = parameters;
    }

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        String path = span.getAttribute(URL_PATH);
        if (path != null) {
            span.setAttribute(URL_PATH, redactedPath(path));
        }
        String query = span.getAttribute(URL_QUERY);
        if (query != null) {
            span.setAttribute(URL_QUERY, redactedQuery(query));
        }
        for (AttributeKey<String> caller : CALLER) {
            if (span.getAttribute(caller) != null) {
                span.setAttribute(caller, REDACTED);
            }
        }
    }

    /** {@code /calendar-feed/dGVuYW50.s3cr3t} becomes {@code /calendar-feed/REDACTED}; UUIDs stay. */
    String redactedPath(String path) {
        StringJoiner kept = new StringJoiner("/");
        for (String segment : path.split("/", -1)) {
            kept.add(segment.isEmpty() || segments.contains(segment) || UUID.matcher(segment).matches()
                    ? segment
                    : REDACTED);
        }
        return kept.toString();
    }

    /** {@code company=acme&pageSize=5} becomes {@code company=REDACTED&pageSize=REDACTED}. */
    String redactedQuery(String query) {
        StringJoiner kept = new StringJoiner("&");
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!parameters.contains(name)) {
                kept.add(REDACTED);
            } else {
                kept.add(equals < 0 ? name : name + "=" + REDACTED);
            }
        }
        return kept.toString();
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    /** The literal path segments and the query parameters of a resource class. */
    private void declare(Path root, Method[] methods) {
        addLiterals(root.value());
        for (Method method : methods) {
            Path sub = method.getAnnotation(Path.class);
            if (sub != null) {
                addLiterals(sub.value());
            }
            for (Annotation[] annotations : method.getParameterAnnotations()) {
                for (Annotation annotation : annotations) {
                    if (annotation instanceof QueryParam parameter) {
                        parameters.add(parameter.value());
                    }
                }
            }
        }
    }

    private void addLiterals(String template) {
        for (String segment : template.split("/")) {
            if (!segment.isEmpty() && !segment.contains("{")) {
                segments.add(segment);
            }
        }
    }
}
