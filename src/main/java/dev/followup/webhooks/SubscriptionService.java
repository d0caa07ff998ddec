package dev.followup.webhooks;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.followup.events.EventType;
import dev.followup.events.FeedSequencer;
import dev.followup.events.Outbox;
import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.system.Ids;
import dev.followup.validation.InvalidParameterException;

/**
 * Subscriptions of one owner: an integration's to its whole tenant (no {@code On-Behalf-Of}), or a
 * candidate's to their own events. Each owner sees and changes only their own.
 */
@ApplicationScoped
public class SubscriptionService {

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final WebhooksConfig config;
    private final Outbox outbox;
    private final FeedSequencer sequencer;

    SubscriptionService(Clock clock, CurrentCaller currentCaller, WebhooksConfig config, Outbox outbox,
            FeedSequencer sequencer) {
        this.sequencer = sequencer;
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.config = config;
        this.outbox = outbox;
    }

    /**
     * A new subscription: it hears of the events numbered after it commits. What committed before the request
     * is numbered first, so it is not sent; a change committing while this one runs may be.
     */
    public SubscriptionResponse create(SubscriptionRequest request) {
        Caller caller = currentCaller.forListing();
        sequencer.catchUp(caller.tenantId());
        return QuarkusTransaction.joiningExisting().call(() -> create(caller, request));
    }

    private SubscriptionResponse create(Caller caller, SubscriptionRequest request) {
        String owner = ownerOf(caller);
        String url = request.url().strip();
        String refusal = Destinations.refusal(url, policy(), InetAddress::getAllByName);
        if (refusal != null) {
            throw new InvalidParameterException("url", refusal);
        }
        List<WebhookSubscription> existing = WebhookSubscription.list("tenantId = ?1 and ownerId = ?2",
                caller.tenantId(), owner);
        if (existing.stream().anyMatch(s -> s.url.equals(url))) {
            throw new SubscriptionConflictException("You already subscribed this URL; change or delete that "
                    + "subscription instead.");
        }
        if (existing.size() >= config.maxPerOwner()) {
            throw new SubscriptionConflictException("You have " + config.maxPerOwner()
                    + " subscriptions, the most one owner may have; delete one first.");
        }
        Instant now = now();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = Ids.newId();
        subscription.tenantId = caller.tenantId();
        subscription.ownerId = owner;
        subscription.url = url;
        subscription.eventTypes = request.eventTypes() == null
                ? WebhookSubscription.ALL_TYPES
                : request.eventTypes().stream().distinct().map(EventType::wireName).collect(Collectors.joining(","));
        subscription.description = request.description() == null || request.description().isBlank()
                ? null
                : request.description().strip();
        subscription.secret = Signatures.newSecret();
        subscription.status = SubscriptionStatus.ACTIVE;
        subscription.createdAt = now;
        subscription.createdBy = caller.actorId();
        subscription.modifiedAt = now;
        subscription.modifiedBy = caller.actorId();
        subscription.persistAndFlush(); // a URL subscribed at the same moment is a 409 here (unique index)
        outbox.countSubscriptions(caller.tenantId(), 1);
        return SubscriptionResponse.withSecret(subscription, now);
    }

    public SubscriptionList list() {
        Caller caller = currentCaller.forListing();
        Instant now = now();
        return new SubscriptionList(WebhookSubscription
                .<WebhookSubscription>list("tenantId = ?1 and ownerId = ?2 order by createdAt, id", caller.tenantId(),
                        ownerOf(caller))
                .stream().map(s -> SubscriptionResponse.of(s, now)).toList());
    }

    public SubscriptionResponse get(UUID id) {
        return SubscriptionResponse.of(owned(id), now());
    }

    @Transactional
    public void delete(UUID id) {
        WebhookSubscription subscription = owned(id);
        // The feed row first, as a numbering takes it: then a numbering handing this subscription a delivery
        // and this delete wait for each other in one order, never in a circle.
        outbox.countSubscriptions(subscription.tenantId, -1);
        subscription.delete(); // its deliveries and their attempts go with it
    }

    /** A new secret; the previous one keeps signing (as a second signature) for the overlap. */
    @Transactional
    public SubscriptionResponse rotate(UUID id) {
        WebhookSubscription subscription = owned(id);
        Instant now = now();
        subscription.previousSecret = subscription.secret;
        subscription.previousSecretUntil = now.plus(config.rotationOverlap());
        subscription.secret = Signatures.newSecret();
        subscription.modifiedAt = now;
        subscription.modifiedBy = currentCaller.forListing().actorId();
        return SubscriptionResponse.withSecret(subscription, now);
    }

    /** Starts a disabled subscription again; deliveries that failed meanwhile can be redelivered one by one. */
    @Transactional
    public SubscriptionResponse enable(UUID id) {
        WebhookSubscription subscription = owned(id);
        Instant now = now();
        if (subscription.status != SubscriptionStatus.ACTIVE) {
            subscription.status = SubscriptionStatus.ACTIVE;
            subscription.disabledReason = null;
            subscription.failingSince = null;
            subscription.modifiedAt = now;
            subscription.modifiedBy = currentCaller.forListing().actorId();
        }
        return SubscriptionResponse.of(subscription, now);
    }

    /** The caller's own subscription, or a 404. */
    WebhookSubscription owned(UUID id) {
        Caller caller = currentCaller.forListing();
        return WebhookSubscription.<WebhookSubscription>find("tenantId = ?1 and id = ?2 and ownerId = ?3",
                caller.tenantId(), id, ownerOf(caller)).firstResultOptional()
                .orElseThrow(() -> new SubscriptionNotFoundException(id));
    }

    Destinations.Policy policy() {
        return new Destinations.Policy(config.allowHttp(), config.allowLoopback());
    }

    private static String ownerOf(Caller caller) {
        return caller.actsForOneCandidate() ? caller.ownerId() : WebhookSubscription.WHOLE_TENANT;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
