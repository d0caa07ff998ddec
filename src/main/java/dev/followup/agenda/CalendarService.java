package dev.followup.agenda;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUp;
import dev.followup.schedule.FollowUpResponse;
import dev.followup.schedule.FollowUpState;
import dev.followup.schedule.ReaderLanguage;
import dev.followup.system.PublicUrls;

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
    /** 32 random bytes, base64url without padding. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern BASE64URL_TEXT = Pattern.compile("[A-Za-z0-9_-]+");

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final PublicUrls urls;

    private final ReaderLanguage readerLanguage;

    CalendarService(Clock clock, CurrentCaller currentCaller, PublicUrls urls, ReaderLanguage readerLanguage) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.urls = urls;
        this.readerLanguage = readerLanguage;
    }

    /** A calendar's iCalendar text and the language it is written in. */
    public record Calendar(String text, Language language) {
    }

    /** The caller's agenda as iCalendar text, in the language asked for, else the profile's. */
    public Calendar agenda(Optional<Language> requested) {
        Caller caller = currentCaller.get();
        return calendarOf(caller.tenantId(), caller.ownerId(), requested);
    }

    /** The calendar behind a feed secret; an unknown, revoked or malformed secret is not found. */
    public Calendar feed(String token, Optional<Language> requested) {
        FeedToken parsed = FeedToken.parse(token);
        CalendarFeed feed = CalendarFeed.<CalendarFeed>find("key.tenantId = ?1 and tokenHash = ?2", parsed.tenantId(),
                hash(parsed.secret())).firstResult();
        if (feed == null) {
            throw new CalendarFeedNotFoundException();
        }
        return calendarOf(feed.key.tenantId(), feed.key.ownerId(), requested);
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

    private Calendar calendarOf(String tenant, String owner, Optional<Language> requested) {
        Language language = requested.orElseGet(() -> readerLanguage.ofOwner(tenant, owner));
        URI itemBase = urls.of("/follow-ups/");
        Instant now = clock.instant();
        List<FollowUp> items = new ArrayList<>(FollowUp
                .<FollowUp>find(
                        "tenantId = ?1 and ownerId = ?2 and state = ?3 and earliestAt < ?4 order by earliestAt, id",
                        tenant, owner, FollowUpState.OPEN, now.plus(HORIZON))
                .page(Page.ofSize(MAX_EVENTS)).list());
        items.addAll(FollowUp
                .<FollowUp>find(
                        "tenantId = ?1 and ownerId = ?2 and state in ?3 and modifiedAt > ?4 order by earliestAt, id",
                        tenant, owner, List.of(FollowUpState.DONE, FollowUpState.SKIPPED, FollowUpState.CANCELLED,
                                FollowUpState.MISSED),
                        now.minus(RECENTLY_CLOSED))
                .page(Page.ofSize(MAX_EVENTS)).list());
        return new Calendar(AgendaCalendar.of(items.stream().map(item -> FollowUpResponse.from(item, now, language))
                .toList(), itemBase, language), language);
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

        /**
         * Reads a feed address's last segment; anything that is not a well-formed tenant and a secret of
         * the right length is not found, before any query runs.
         */
        static FeedToken parse(String text) {
            int dot = text.indexOf('.');
            if (text.length() > 200 || dot <= 0 || text.indexOf('.', dot + 1) >= 0
                    || !BASE64URL_TEXT.matcher(text.substring(0, dot)).matches()
                    || !SECRET.matcher(text.substring(dot + 1)).matches()) {
                throw new CalendarFeedNotFoundException();
            }
            try {
                byte[] tenantBytes = Base64.getUrlDecoder().decode(text.substring(0, dot));
                String tenant = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(tenantBytes)).toString();
                if (!Caller.isUsableTenant(tenant)) {
                    throw new CalendarFeedNotFoundException();
                }
                return new FeedToken(tenant, text.substring(dot + 1));
            } catch (IllegalArgumentException | CharacterCodingException e) {
                throw new CalendarFeedNotFoundException();
            }
        }
    }
}
