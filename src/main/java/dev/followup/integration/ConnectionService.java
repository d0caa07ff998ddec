package dev.followup.integration;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import dev.followup.etag.StaleVersionException;
import dev.followup.etag.VersionTag;
import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.paging.Cursor;
import dev.followup.system.PublicUrls;
import dev.followup.validation.InvalidParameterException;

/** A tenant's ATS connections, kept by its integrations; each integration of the tenant sees them all. */
@ApplicationScoped
public class ConnectionService {

    /** A tenant links a few ATS accounts, not hundreds: the list stays one page. */
    static final int MAX_PER_TENANT = 50;

    /** The tag of a cursor into a connection's received webhooks. */
    static final String EVENTS_CURSOR = "ie";

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final EntityManager em;
    private final PublicUrls urls;

    ConnectionService(Clock clock, CurrentCaller currentCaller, EntityManager em, PublicUrls urls) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.em = em;
        this.urls = urls;
    }

    /** The connection as the API shows it, with the address its vendor sends webhooks to. */
    public ConnectionResponse shown(IntegrationConnection connection) {
        URI webhookUrl = urls.of("/integrations/"
                + new WebhookAddress(connection.key.tenantId(), connection.key.id()).segment() + "/webhooks/"
                + connection.vendor.name().toLowerCase(Locale.ROOT));
        return ConnectionResponse.of(connection, webhookUrl);
    }

    /** The connection saved, and whether it is new. */
    public record Saved(IntegrationConnection connection, boolean created) {
    }

    /** Creates or replaces a connection; {@code If-Match} is honoured when sent. */
    @Transactional
    public Saved save(String id, String ifMatch, ConnectionRequest request) {
        Caller caller = tenantWide();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        IntegrationConnection connection = IntegrationConnection
                .findById(new IntegrationConnection.Key(caller.tenantId(), id));
        boolean created = connection == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new StaleVersionException();
            }
            if (request.secret() == null) {
                throw new InvalidParameterException("secret", "is required when the connection is created");
            }
            if (IntegrationConnection.count("key.tenantId", caller.tenantId()) >= MAX_PER_TENANT) {
                throw new ConnectionLimitException();
            }
            connection = new IntegrationConnection();
            connection.key = new IntegrationConnection.Key(caller.tenantId(), id);
            connection.createdAt = now;
            connection.createdBy = caller.actorId();
        } else {
            VersionTag.check(ifMatch, connection.version, false);
        }
        connection.vendor = request.vendor();
        if (request.secret() != null) {
            connection.secret = request.secret();
        }
        connection.candidateMatch = request.candidateMatch() == null ? CandidateMatch.EMAIL : request.candidateMatch();
        connection.description = request.description() == null || request.description().isBlank()
                ? null
                : request.description().strip();
        connection.modifiedAt = now;
        connection.modifiedBy = caller.actorId();
        try {
            connection.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // Two first saves raced: the other one created the connection; this one is stale.
            throw new StaleVersionException();
        }
        return new Saved(connection, created);
    }

    public IntegrationConnection get(String id) {
        Caller caller = tenantWide();
        IntegrationConnection connection = IntegrationConnection
                .findById(new IntegrationConnection.Key(caller.tenantId(), id));
        if (connection == null) {
            throw new ConnectionNotFoundException(id);
        }
        return connection;
    }

    public ConnectionList list() {
        Caller caller = tenantWide();
        return new ConnectionList(IntegrationConnection
                .<IntegrationConnection>list("key.tenantId = ?1 order by key.id", caller.tenantId()).stream()
                .map(this::shown).toList());
    }

    /** Deletes the connection and its received webhooks. */
    @Transactional
    public void delete(String id) {
        Caller caller = tenantWide();
        if (!IntegrationConnection.deleteById(new IntegrationConnection.Key(caller.tenantId(), id))) {
            throw new ConnectionNotFoundException(id);
        }
        InboundEvent.delete("tenantId = ?1 and connectionId = ?2", caller.tenantId(), id);
    }

    /** One page of the connection's received webhooks, newest first, on its (tenant, connection, received) index. */
    public InboundEventPage events(String id, Cursor after, int size) {
        IntegrationConnection connection = get(id);
        String jpql = "from InboundEvent e where e.tenantId = :tenant and e.connectionId = :connection"
                + (after == null ? "" : " and (e.receivedAt < :at or (e.receivedAt = :at and e.id < :id))")
                + " order by e.receivedAt desc, e.id desc";
        var query = em.createQuery(jpql, InboundEvent.class).setParameter("tenant", connection.key.tenantId())
                .setParameter("connection", connection.key.id()).setMaxResults(size + 1);
        if (after != null) {
            query.setParameter("at", after.instant()).setParameter("id", after.id());
        }
        List<InboundEvent> rows = query.getResultList();
        List<InboundEvent> page = rows.size() > size ? rows.subList(0, size) : rows;
        String next = rows.size() > size
                ? new Cursor(EVENTS_CURSOR, page.get(size - 1).receivedAt, page.get(size - 1).id).encode()
                : null;
        return new InboundEventPage(page.stream().map(InboundEventResponse::of).toList(), next);
    }

    /** Connections belong to the tenant, not to a candidate: On-Behalf-Of has no meaning here. */
    private Caller tenantWide() {
        Caller caller = currentCaller.forListing();
        if (caller.actsForOneCandidate()) {
            throw new InvalidParameterException(Caller.ON_BEHALF_OF,
                    "is not used here: a connection belongs to the whole tenant");
        }
        return caller;
    }
}
