package dev.followup.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.system.ScheduledRuns;
import dev.followup.validation.InvalidParameterException;

/**
 * Runs a POST at most once per {@code Idempotency-Key}. The key is claimed by inserting its row in
 * the same transaction as the write itself, so the database's primary key decides between
 * concurrent retries (no check-then-act): the loser waits for the winner's commit, then replays
 * its stored response.
 */
@ApplicationScoped
public class IdempotentPosts {

    private static final Logger LOG = Logger.getLogger(IdempotentPosts.class);
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final int MAX_KEY_LENGTH = 255;
    private static final int ATTEMPTS = 3;
    static final String PURGE_JOB = "idempotency-purge";

    private final ObjectMapper json;
    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final EntityManager em;
    private final IdempotencyConfig config;
    private final ScheduledRuns scheduledRuns;

    IdempotentPosts(ObjectMapper json, Clock clock, CurrentCaller currentCaller, EntityManager em,
            IdempotencyConfig config, ScheduledRuns scheduledRuns) {
        this.json = json;
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.em = em;
        this.config = config;
        this.scheduledRuns = scheduledRuns;
    }

    /**
     * Runs {@code action} in a new transaction, unless {@code key} already answered the same request,
     * in which case the stored response is returned without running it.
     *
     * @param request what makes two requests "the same": method, path and parsed body
     */
    public Response run(String key, String method, String path, Object request, Supplier<Response> action) {
        return run(key, false, method, path, request, action);
    }

    /**
     * {@link #run} for a request that acts for several candidates (a batch): its keys are the sender's
     * own (the token's subject), as a candidate's are theirs.
     */
    public Response runAsSender(String key, String method, String path, Object request, Supplier<Response> action) {
        return run(key, true, method, path, request, action);
    }

    private Response run(String key, boolean asSender, String method, String path, Object request,
            Supplier<Response> action) {
        if (key == null) {
            return QuarkusTransaction.requiringNew().call(action::get);
        }
        checkKeyFormat(key);
        Caller caller = asSender ? currentCaller.forListing() : currentCaller.get();
        var id = new IdempotencyRecord.Key(caller.tenantId(), asSender ? caller.actorId() : caller.ownerId(), key);
        String hash = fingerprint(method, path, request);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> claimAndRun(id, hash, action));
            } catch (KeyTakenException taken) {
                IdempotencyRecord stored = QuarkusTransaction.requiringNew()
                        .call(() -> IdempotencyRecord.<IdempotencyRecord>findById(id));
                if (stored == null) {
                    continue; // the holder rolled back: the key is free again
                }
                if (expired(stored)) {
                    QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord
                            .delete("key = ?1 and createdAt = ?2", id, stored.createdAt));
                    continue;
                }
                if (!stored.requestHash.equals(hash)) {
                    throw new IdempotencyKeyReusedException();
                }
                return replay(stored);
            }
        }
        throw new IdempotencyKeyInProgressException();
    }

    private Response claimAndRun(IdempotencyRecord.Key id, String hash, Supplier<Response> action) {
        IdempotencyRecord record = new IdempotencyRecord();
        record.key = id;
        record.requestHash = hash;
        record.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        record.responseStatus = 0;
        try {
            em.persist(record);
            em.flush();
        } catch (ConstraintViolationException | LockAcquisitionException
                | jakarta.persistence.PessimisticLockException e) {
            throw new KeyTakenException();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException
                    || e.getCause() instanceof LockAcquisitionException) {
                throw new KeyTakenException();
            }
            throw e;
        }
        Response response = action.get();
        record.responseStatus = response.getStatus();
        record.responseLocation = response.getLocation() == null ? null : response.getLocation().toString();
        record.responseEtag = response.getHeaderString(HttpHeaders.ETAG);
        record.responseBody = toJson(response.getEntity());
        return response;
    }

    private Response replay(IdempotencyRecord stored) {
        Response.ResponseBuilder replay = Response.status(stored.responseStatus)
                .header(REPLAYED_HEADER, "true");
        if (stored.responseLocation != null) {
            replay.header(HttpHeaders.LOCATION, stored.responseLocation);
        }
        if (stored.responseEtag != null) {
            replay.header(HttpHeaders.ETAG, stored.responseEtag);
        }
        if (stored.responseBody != null) {
            replay.entity(stored.responseBody).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    /** Every replica fires this; one of them, through the database, runs it per period. */
    @Scheduled(every = "{followup.idempotency.purge-every}", delayed = "{followup.idempotency.purge-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        Instant cutoff = clock.instant().minus(config.retention());
        try {
            if (!scheduledRuns.claim(PURGE_JOB, Duration.parse("PT" + config.purgeEvery()))) {
                return; // another replica has this period
            }
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", cutoff));
        } catch (PersistenceException e) {
            // The database is away (restarting, say): the next run purges what this one could not.
            LOG.warn(
                    "Could not purge expired idempotency keys now; the next run will: " + e.getClass().getSimpleName());
        }
    }

    private boolean expired(IdempotencyRecord stored) {
        return stored.createdAt.plus(config.retention()).isBefore(clock.instant());
    }

    private static void checkKeyFormat(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new InvalidParameterException(HEADER,
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
        }
    }

    private String fingerprint(String method, String path, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private String toJson(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response records always serialize", e);
        }
    }

    /** The key's row exists already (or is being written by a concurrent request). */
    private static final class KeyTakenException extends RuntimeException {
        KeyTakenException() {
            super(null, null, false, false);
        }
    }
}
