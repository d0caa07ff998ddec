package dev.followup.webhooks;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import dev.followup.events.FeedSequencer;
import dev.followup.events.Outbox;
import dev.followup.webhooks.DeliveryClaims.Claim;
import dev.followup.webhooks.DeliveryOutcomes.Result;

/**
 * Every replica, every second, claims the deliveries whose attempt is due (see {@link DeliveryClaims}) and
 * sends them without waiting, a few at a time per receiver, so one slow receiver holds no other back.
 * Outcomes are recorded in batches, in transactions of their own; recorded outcomes, and a receiver whose
 * claimed deliveries have all gone, ask for more at once, not at the next tick. A replica that dies mid-delivery leaves claims that
 * expire: another replica sends them again, with the same {@code webhook-id}.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    /** Outcomes recorded in one transaction at most. */
    private static final int RECORD_BATCH = 200;

    private final Clock clock;
    private final WebhooksConfig config;
    private final Sender sender;
    private final Outbox outbox;
    private final FeedSequencer sequencer;
    private final DeliveryClaims claims;
    private final DeliveryOutcomes outcomes;
    /** Claim rounds asked for by receivers that ran dry. */
    private final ExecutorService lookers = Executors.newFixedThreadPool(2);
    private final ExecutorService recorder = Executors.newSingleThreadExecutor();
    private final BlockingQueue<Sent> toRecord = new LinkedBlockingQueue<>();
    /** Per tenant: receivers asking for another claim round (pacing within this replica only). */
    private final Map<String, AtomicInteger> demand = new ConcurrentHashMap<>();
    /** Per subscription: this replica's claims waiting to go, and how many are on their way. */
    private final Map<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicBoolean stopping = new AtomicBoolean();
    /** This replica's claims until their outcome is recorded, so a graceful shutdown records them first. */
    private final Set<CompletableFuture<Void>> held = ConcurrentHashMap.newKeySet();

    /** A claim on its way: done once its outcome is recorded (or once it is given up unsent). */
    private record Held(Claim claim, CompletableFuture<Void> done) {
    }

    private record Sent(Held held, Sender.Outcome outcome) {
    }

    /** One receiver's claims in this replica: at most {@code maxInFlightPerSubscription} on their way. */
    private final class Lane {
        private final Deque<Held> waiting = new ArrayDeque<>();
        private int sending;

        synchronized void add(Held claim) {
            waiting.add(claim);
        }

        /** Starts what may start now; asks for more when nothing waits any longer. */
        void pump() {
            List<Held> starting = new ArrayList<>();
            boolean dry;
            synchronized (this) {
                // Shutting down, nothing more starts: what waits is released for the other replicas.
                while (!stopping.get() && sending < config.maxInFlightPerSubscription() && !waiting.isEmpty()) {
                    starting.add(waiting.poll());
                    sending++;
                }
                dry = waiting.isEmpty();
            }
            starting.forEach(this::start);
            if (dry && !starting.isEmpty()) {
                more(starting.get(0).claim().tenantId()); // the room their recorded outcomes made, if any yet
            }
        }

        /** Gives up what waits unsent (shutting down): the claims are released for the other replicas. */
        List<Claim> abandon() {
            List<Held> abandoned;
            synchronized (this) {
                abandoned = List.copyOf(waiting);
                waiting.clear();
            }
            abandoned.forEach(h -> h.done().complete(null));
            return abandoned.stream().map(Held::claim).toList();
        }

        private void start(Held claim) {
            if (clock.instant().plus(config.timeout().multipliedBy(2)).isAfter(claim.claim().until())) {
                // Too late to finish within the claim: unsent, it goes again once the claim ends.
                finished();
                claim.done().complete(null);
                pump();
                return;
            }
            sent.incrementAndGet();
            sender.send(claim.claim().message()).whenComplete((outcome, failure) -> {
                finished();
                toRecord.add(new Sent(claim, outcome != null
                        ? outcome
                        : new Sender.Outcome(null, null, 0,
                                "The delivery failed: " + failure.getClass().getSimpleName() + ".")));
                pump();
            });
        }

        private synchronized void finished() {
            sending--;
        }
    }

    Dispatcher(Clock clock, WebhooksConfig config, Sender sender, Outbox outbox, FeedSequencer sequencer,
            DeliveryClaims claims, DeliveryOutcomes outcomes) {
        this.sequencer = sequencer;
        this.clock = clock;
        this.config = config;
        this.sender = sender;
        this.outbox = outbox;
        this.claims = claims;
        this.outcomes = outcomes;
        recorder.execute(this::recordForever);
    }

    @Scheduled(every = "{followup.webhooks.dispatch-every}", delayed = "{followup.events.sweep-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            // The database is away (restarting, say): claims expire, and the next run sends what this one could not.
            LOG.warn("Could not dispatch webhooks now; the next run will: " + e.getClass().getSimpleName());
        }
    }

    /** Claims and starts every delivery due now, tenant by tenant; one tenant's failure holds no other back. */
    public void dispatch() {
        for (String tenant : outbox.tenantsWithSubscriptions()) {
            try {
                dispatch(tenant);
            } catch (RuntimeException e) {
                LOG.warn("Could not dispatch one tenant's webhooks now; the next run will: "
                        + e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Dispatches, then waits until nothing is on its way any more, the sends that finished sends set off
     * included (tests, the reliability harness); how many were sent meanwhile.
     */
    public int dispatchAndWait() {
        long before = sent.get();
        dispatch();
        while (!held.isEmpty() || demand.values().stream().anyMatch(d -> d.get() > 0)) {
            try {
                CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).get(1, TimeUnit.MINUTES);
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                break;
            }
        }
        return (int) (sent.get() - before);
    }

    private void dispatch(String tenant) {
        // What this replica holds is bounded, so that outcomes are recorded well within their claims.
        int room = config.maxInFlight() - held.size();
        if (stopping.get() || room <= 0) {
            return;
        }
        // Events committed since the last round get their deliveries now; a numbering under way elsewhere
        // writes them itself, so a busy tenant does not hold up the others.
        sequencer.catchUpUnlessBusy(tenant);
        List<Lane> touched = new ArrayList<>();
        for (Claim claim : claims.claim(tenant, room)) {
            Held holding = new Held(claim, new CompletableFuture<>());
            held.add(holding.done());
            holding.done().whenComplete((done, failure) -> held.remove(holding.done()));
            Lane lane = lanes.computeIfAbsent(claim.subscriptionId(), id -> new Lane());
            lane.add(holding);
            if (!touched.contains(lane)) {
                touched.add(lane);
            }
        }
        touched.forEach(Lane::pump);
    }

    /**
     * A receiver ran dry, so its room is free again: what waits for it goes now, not at the next tick.
     * Asks that come while a round is under way ask for one more round rather than one each.
     */
    private void more(String tenant) {
        AtomicInteger asked = demand.computeIfAbsent(tenant, t -> new AtomicInteger());
        if (asked.getAndIncrement() > 0 || lookers.isShutdown()) {
            return;
        }
        lookers.execute(() -> {
            int seen;
            do {
                seen = asked.get();
                try {
                    dispatch(tenant);
                } catch (RuntimeException e) {
                    LOG.debug("A look for more webhooks to send failed; the next tick looks again: "
                            + e.getClass().getSimpleName());
                }
            } while (asked.addAndGet(-seen) > 0);
        });
    }

    /** Records outcomes as they come, many in one transaction when many are waiting. */
    private void recordForever() {
        List<Sent> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(toRecord.take());
            } catch (InterruptedException e) {
                return; // shut down: what was not recorded has claims that expire, and goes again
            }
            toRecord.drainTo(batch, RECORD_BATCH - 1);
            try {
                outcomes.record(batch.stream().map(s -> new Result(s.held().claim(), s.outcome())).toList());
            } catch (RuntimeException e) {
                // The database is away: the claims expire, and the deliveries go again with the same webhook-id.
                LOG.warn("Could not record " + batch.size() + " webhook outcomes; they will be sent again: "
                        + e.getClass().getSimpleName());
            }
            // Recorded, their claims make room: what waits for their receivers goes now. (Asked before the
            // claims are let go, so that a caller waiting for all to settle sees the next round coming.)
            batch.stream().map(s -> s.held().claim().tenantId()).distinct().forEach(this::more);
            batch.forEach(s -> s.held().done().complete(null));
            batch.clear();
        }
    }

    /** Shutting down: no new claims or sends; what is pending goes out from the other replicas. */
    void onShutdownDelay(@Observes ShutdownDelayInitiatedEvent event) {
        stopping.set(true);
    }

    /**
     * Lets the sends on their way finish and be recorded while the database is still there (else their
     * claims expire and another replica sends them again, a duplicate with the same webhook-id).
     */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping.set(true);
        List<Claim> unsent = lanes.values().stream().flatMap(lane -> lane.abandon().stream()).toList();
        try {
            outcomes.release(unsent);
        } catch (RuntimeException e) {
            // their claims expire, and another replica sends them then
        }
        try {
            CompletableFuture.allOf(held.toArray(CompletableFuture[]::new))
                    .get(config.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // their claims expire, and another replica sends them again with the same webhook-id
        }
    }

    @PreDestroy
    void stop() {
        lookers.shutdown();
        recorder.shutdownNow();
    }
}
