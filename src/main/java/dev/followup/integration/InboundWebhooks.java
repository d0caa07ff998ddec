package dev.followup.integration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

import dev.followup.system.Ids;
import dev.followup.validation.InvalidParameterException;

/**
 * Receives an ATS's webhook: finds the connection its address names, verifies the vendor's signature over
 * the bytes received, reads the event (a body the vendor does not document is refused now, not found
 * broken later), and keeps it once per vendor event id. Applying it is {@link InboundApplier}'s.
 */
@ApplicationScoped
public class InboundWebhooks {

    static final String MERGE_SIGNATURE = "X-Merge-Webhook-Signature";
    static final String GREENHOUSE_SIGNATURE = "Signature";
    static final String ASHBY_SIGNATURE = "Ashby-Signature";
    private static final Pattern EVENT_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    /** Lever's clock and ours may differ a little. */
    private static final Duration LEVER_AHEAD = Duration.ofMinutes(5);

    private final Clock clock;
    private final IntegrationsConfig config;
    private final InboundApplier applier;
    private final EntityManager em;

    InboundWebhooks(Clock clock, IntegrationsConfig config, InboundApplier applier, EntityManager em) {
        this.clock = clock;
        this.config = config;
        this.applier = applier;
        this.em = em;
    }

    /** The stored event's id, and whether the vendor had sent it before. */
    public record Receipt(UUID id, boolean duplicate) {
    }

    /**
     * @param header the request's header of a name, or null
     */
    public Receipt receive(String addressSegment, String vendorName, byte[] body, UnaryOperator<String> header) {
        WebhookAddress address = WebhookAddress.parse(addressSegment).orElseThrow(WebhookAddressNotFoundException::new);
        IntegrationConnection connection = IntegrationConnection
                .findById(new IntegrationConnection.Key(address.tenantId(), address.connectionId()));
        if (connection == null || !connection.vendor.name().equalsIgnoreCase(vendorName)) {
            throw new WebhookAddressNotFoundException();
        }
        Vendor vendor = connection.vendor;
        JsonNode json = vendor == Vendor.LEVER ? leverVerified(connection.secret, body) : null;
        if (vendor != Vendor.LEVER && !signedBody(vendor, connection.secret, body, header)) {
            throw new BadSignatureException("The " + signatureHeader(vendor) + " header is missing or does not "
                    + "match the body: check the connection's secret against the one set in the vendor's webhook settings.");
        }
        if (json == null) {
            json = payload(body);
        }
        String type;
        InboundPayloads.Reading reading;
        try {
            type = InboundPayloads.type(vendor, json);
            reading = InboundPayloads.read(vendor, type, json); // refused now if it cannot be applied later
        } catch (InboundPayloads.MalformedPayload e) {
            throw new InvalidParameterException(e.field(), e.getMessage());
        }
        String key = dedupeKey(vendor, json, body, header);
        Receipt receipt = store(connection, type, key, body, reading);
        if (!receipt.duplicate()) {
            applier.soon(connection.key.tenantId());
        }
        return receipt;
    }

    /**
     * Records which interviews (by remote id) the webhook names, so that erasing a candidate finds it
     * whether or not it has been applied.
     */
    private void nameInterviews(InboundEvent event, InboundPayloads.Reading reading) {
        Set<String> remoteIds = new TreeSet<>();
        reading.changes().forEach(change -> remoteIds.add(change.remoteId()));
        for (String remoteId : remoteIds) {
            em.createNativeQuery("insert into inbound_event_interview (tenant_id, remote_source, remote_id, "
                    + "inbound_event_id) values (?1, ?2, ?3, ?4)").setParameter(1, event.tenantId)
                    .setParameter(2, event.vendor.source().name()).setParameter(3, remoteId)
                    .setParameter(4, event.id).executeUpdate();
        }
    }

    private static boolean signedBody(Vendor vendor, String secret, byte[] body, UnaryOperator<String> header) {
        return switch (vendor) {
            case MERGE -> InboundSignatures.merge(secret, body, header.apply(MERGE_SIGNATURE));
            case GREENHOUSE -> InboundSignatures.greenhouse(secret, body, header.apply(GREENHOUSE_SIGNATURE));
            case ASHBY -> InboundSignatures.ashby(secret, body, header.apply(ASHBY_SIGNATURE));
            case LEVER -> false;
        };
    }

    private static String signatureHeader(Vendor vendor) {
        return switch (vendor) {
            case MERGE -> MERGE_SIGNATURE;
            case GREENHOUSE -> GREENHOUSE_SIGNATURE;
            case ASHBY -> ASHBY_SIGNATURE;
            case LEVER -> "signature";
        };
    }

    /**
     * Lever signs its token and time, not the body: the body must be read first, and a signature counts only
     * for a time within the window (a token seen before is refused by the inbox's key).
     */
    private JsonNode leverVerified(String secret, byte[] body) {
        JsonNode json;
        try {
            json = InboundPayloads.parse(body);
        } catch (InboundPayloads.MalformedPayload e) {
            throw new BadSignatureException("The body is not JSON, so its signature cannot be read.");
        }
        JsonNode triggeredAt = json.path("triggeredAt");
        if (!triggeredAt.isIntegralNumber() || !triggeredAt.canConvertToLong() || !json.path("token").isTextual()
                || !json.path("signature").isTextual()
                || !InboundSignatures.lever(secret, json.path("token").asText(), Long.toString(triggeredAt.asLong()),
                        json.path("signature").asText())) {
            throw new BadSignatureException("The body's signature does not match its token and triggeredAt: check the "
                    + "connection's secret against the signature token in Lever's webhook settings.");
        }
        Instant sent = Instant.ofEpochMilli(triggeredAt.asLong());
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(config.leverWindow())) || sent.isAfter(now.plus(LEVER_AHEAD))) {
            throw new BadSignatureException("The webhook's triggeredAt is outside the accepted window ("
                    + config.leverWindow().toDays() + " days back): a replay is refused.");
        }
        return json;
    }

    private static JsonNode payload(byte[] body) {
        try {
            return InboundPayloads.parse(body);
        } catch (InboundPayloads.MalformedPayload e) {
            throw new InvalidParameterException(e.field(), e.getMessage());
        }
    }

    /**
     * The vendor's id of the event, the same on every retry and covered by its signature: Merge sends none
     * and advises its signature (the same bytes sign the same); Lever's signed token; Ashby's action id;
     * Greenhouse signs no id, so its body's digest.
     */
    private static String dedupeKey(Vendor vendor, JsonNode json, byte[] body, UnaryOperator<String> header) {
        String key = switch (vendor) {
            // The MAC itself, not its spelling: base64 has several spellings of one value.
            case MERGE -> "mac:" + HexFormat.of().formatHex(
                    Base64.getUrlDecoder().decode(header.apply(MERGE_SIGNATURE).strip().replace("=", "")));
            case LEVER -> json.path("token").asText();
            // Greenhouse's event id travels outside what it signs: a replayed body under a new id is the same event.
            case GREENHOUSE -> null;
            case ASHBY -> json.path("webhookActionId").isTextual() ? json.path("webhookActionId").asText() : null;
        };
        if (key == null) {
            return "sha256:" + HexFormat.of().formatHex(sha256(body)); // the same body, the same event
        }
        if (!EVENT_KEY.matcher(key).matches()) {
            throw new InvalidParameterException(vendor == Vendor.ASHBY ? "webhookActionId" : "token",
                    "must be 1 to 200 visible ASCII characters");
        }
        return key;
    }

    private Receipt store(IntegrationConnection connection, String type, String key, byte[] body,
            InboundPayloads.Reading reading) {
        String tenant = connection.key.tenantId();
        InboundEvent known = known(tenant, connection.key.id(), key);
        if (known != null) {
            return new Receipt(known.id, true);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        InboundEvent event = new InboundEvent();
        event.tenantId = tenant;
        event.id = Ids.newId();
        event.connectionId = connection.key.id();
        event.vendor = connection.vendor;
        event.dedupeKey = key;
        event.type = type;
        event.body = new String(body, StandardCharsets.UTF_8);
        event.receivedAt = now;
        event.state = InboundState.PENDING;
        event.dueAt = now;
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                event.persistAndFlush();
                nameInterviews(event, reading);
            });
            return new Receipt(event.id, false);
        } catch (RuntimeException e) {
            // The same event, received at the same moment (a vendor's retry, another replica): its copy stands.
            InboundEvent other = known(tenant, connection.key.id(), key);
            if (other == null) {
                throw e;
            }
            return new Receipt(other.id, true);
        }
    }

    private static InboundEvent known(String tenant, String connectionId, String key) {
        return QuarkusTransaction.requiringNew().call(() -> InboundEvent.<InboundEvent>find(
                "tenantId = ?1 and connectionId = ?2 and dedupeKey = ?3", tenant, connectionId, key).firstResult());
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
