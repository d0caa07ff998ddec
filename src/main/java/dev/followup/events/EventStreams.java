package dev.followup.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import dev.followup.identity.Caller;

/**
 * Live streams of the feed. Each stream polls the feed from its own position, a seek on the feed index
 * per second (numbering what has committed first), so any replica can serve any stream and a client that
 * reconnects to another one with its last id misses nothing. Streams end after their time, and at once when the service starts to shut down,
 * so that clients reconnect elsewhere.
 */
@ApplicationScoped
public class EventStreams {

    private static final int PAGE = 100;

    private final EventFeed feed;
    private final FeedSequencer sequencer;
    private final ObjectMapper json;
    private final EventsConfig config;
    private final AtomicBoolean closing = new AtomicBoolean();

    EventStreams(EventFeed feed, FeedSequencer sequencer, ObjectMapper json, EventsConfig config) {
        this.feed = feed;
        this.sequencer = sequencer;
        this.json = json;
        this.config = config;
    }

    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        closing.set(true);
    }

    void onShutdown(@Observes ShutdownEvent event) {
        closing.set(true);
    }

    /** A stream from {@code from} (from the next event when null), for at most {@code lifetime}. */
    Multi<OutboundSseEvent> open(Caller caller, FeedCursor from, Sse sse, Duration lifetime) {
        // Where the stream stands: a purged position is refused now, as a problem, not mid-stream.
        sequencer.catchUp(caller.tenantId());
        FeedCursor start = from != null
                ? QuarkusTransaction.requiringNew().call(() -> feed.checked(caller, from))
                : QuarkusTransaction.requiringNew().call(() -> feed.end(caller));
        AtomicReference<FeedCursor> position = new AtomicReference<>(start);
        AtomicLong quietTicks = new AtomicLong();
        long heartbeatTicks = Math.max(1, config.streamHeartbeat().toMillis() / config.streamPoll().toMillis());
        long maxTicks = lifetime.toMillis() / config.streamPoll().toMillis();
        Multi<OutboundSseEvent> live = Multi.createFrom().ticks().every(config.streamPoll())
                .onOverflow().drop() // a slow reader skips ticks, not events: the next tick reads from its position
                .select().first(maxTicks)
                .select().first(tick -> !closing.get())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> {
                    List<OutboundSseEvent> out = new ArrayList<>();
                    List<StoredEvent> events;
                    int pages = 0;
                    sequencer.catchUpUnlessBusy(caller.tenantId()); // one numbering serves every stream
                    boolean heartbeat = (quietTicks.get() + 1) % heartbeatTicks == 0;
                    // Read before the caller's events: if none come after the position, none lie before this end.
                    FeedCursor end = heartbeat ? QuarkusTransaction.requiringNew().call(() -> feed.end(caller)) : null;
                    do {
                        FeedCursor at = position.get();
                        events = QuarkusTransaction.requiringNew().call(() -> feed.after(caller, at, PAGE));
                        for (StoredEvent event : events) {
                            out.add(sse.newEventBuilder().id(new FeedCursor(event.position).encode()).name(event.type)
                                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                    .data(String.class, toJson(EventEnvelope.of(event))).build());
                            position.set(new FeedCursor(event.position));
                        }
                    } while (events.size() == PAGE && ++pages < 10);
                    if (!out.isEmpty()) {
                        quietTicks.set(0);
                    } else if (quietTicks.incrementAndGet() % heartbeatTicks == 0) {
                        // A quiet caller's position moves on with the tenant's feed, so that it never falls
                        // behind the retention purge while nothing of its own happens.
                        if (end != null && end.position() > position.get().position()) {
                            position.set(end);
                        }
                        out.add(mark(sse, position.get()));
                    }
                    return out;
                });
        // The stream opens with a mark of where it starts: a client that must reconnect before the first event
        // resumes from there and misses nothing.
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(mark(sse, start)), live);
    }

    /**
     * A comment naming the position, with it as the SSE id: {@code EventSource} keeps the id without firing an
     * event, and parsers that drop a block without data read the position from the comment.
     */
    private static OutboundSseEvent mark(Sse sse, FeedCursor position) {
        return sse.newEventBuilder().comment("position " + position.encode()).id(position.encode()).build();
    }

    private String toJson(EventEnvelope event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }
}
