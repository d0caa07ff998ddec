package dev.followup.schedule;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;

/**
 * The agenda as a calendar, for a bearer caller or for a calendar app holding a feed's secret URL.
 * Reads run without a transaction: the request's session then only reads and is never flushed.
 */
@ApplicationScoped
public class CalendarService {

    /** Open items whose window opens within this many days are in the calendar. */
    static final Duration HORIZON = Duration.ofDays(90);
    /** Items closed this recently stay in as cancelled events, so that subscribed apps remove them. */
    static final Duration RECENTLY_CLOSED = Duration.ofDays(30);
    static final int MAX_EVENTS = 500;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;
    private final CurrentCaller currentCaller;

    CalendarService(Clock clock, CurrentCaller currentCaller) {
        this.clock = clock;
        this.currentCaller = currentCaller;
    }

    /** The caller's agenda as iCalendar text. */
    public String agenda(URI itemBase) {
        Caller caller = currentCaller.get();
        return calendarOf(caller.tenantId(), caller.ownerId(), itemBase);
    }

    /** The calendar behind a feed secret; an unknown or revoked secret is not found. */
    public String feed(String token, URI itemBase) {
        FeedToken parsed = FeedToken.parse(token);
        CalendarFeed feed = CalendarFeed.<CalendarFeed>find("key.tenantId = ?1 and tokenHash = ?2", parsed.tenantId(),
                hash(parsed.secret())).firstResult();
        if (feed == null) {
            throw new CalendarFeedNotFoundException();
        }
        return calendarOf(feed.key.tenantId(), feed.key.ownerId(), itemBase);
    }

    /** A feed just created: the secret token of its address, shown once. */
    public record CreatedFeed(String token, Instant createdAt) {
    }

    /** Creates the caller's feed, or replaces it: the previous URL stops working. */
    @Transactional
    public CreatedFeed createFeed() {
        Caller caller = currentCaller.get();
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String secretText = BASE64URL.encodeToString(secret);
        var key = new CalendarFeed.Key(caller.tenantId(), caller.ownerId());
        CalendarFeed feed = CalendarFeed.findById(key);
        if (feed == null) {
            feed = new CalendarFeed();
            feed.key = key;
        }
        feed.tokenHash = hash(secretText);
        feed.createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        feed.createdBy = caller.actorId();
        feed.persist();
        return new CreatedFeed(new FeedToken(caller.tenantId(), secretText).text(), feed.createdAt);
    }

    @Transactional
    public void deleteFeed() {
        Caller caller = currentCaller.get();
        if (!CalendarFeed.deleteById(new CalendarFeed.Key(caller.tenantId(), caller.ownerId()))) {
            throw new CalendarFeedNotFoundException();
        }
    }

    private String calendarOf(String tenant, String owner, URI itemBase) {
        Instant now = clock.instant();
        List<FollowUp> items = new ArrayList<>(FollowUp
                .<FollowUp>find(
                        "tenantId = ?1 and ownerId = ?2 and state = ?3 and earliestAt < ?4 order by earliestAt, id",
                        tenant, owner, FollowUpState.OPEN, now.plus(HORIZON))
                .page(Page.ofSize(MAX_EVENTS)).list());
        items.addAll(FollowUp
                .<FollowUp>find(
                        "tenantId = ?1 and ownerId = ?2 and state in ?3 and modifiedAt > ?4 order by earliestAt, id",
                        tenant, owner, List.of(FollowUpState.DONE, FollowUpState.SKIPPED, FollowUpState.CANCELLED),
                        now.minus(RECENTLY_CLOSED))
                .page(Page.ofSize(MAX_EVENTS)).list());
        return AgendaCalendar.of(items.stream().map(item -> FollowUpResponse.from(item, now)).toList(), itemBase);
    }

    private static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The feed URL's last segment: the tenant (so the lookup leads with it) and the secret. */
    record FeedToken(String tenantId, String secret) {

        String text() {
            return BASE64URL.encodeToString(tenantId.getBytes(StandardCharsets.UTF_8)) + "." + secret;
        }

        static FeedToken parse(String text) {
            int dot = text.indexOf('.');
            if (dot <= 0 || dot == text.length() - 1 || text.length() > 200) {
                throw new CalendarFeedNotFoundException();
            }
            try {
                String tenant = new String(Base64.getUrlDecoder().decode(text.substring(0, dot)),
                        StandardCharsets.UTF_8);
                return new FeedToken(tenant, text.substring(dot + 1));
            } catch (IllegalArgumentException e) {
                throw new CalendarFeedNotFoundException();
            }
        }
    }
}
