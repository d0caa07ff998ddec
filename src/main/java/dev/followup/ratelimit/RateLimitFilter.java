package dev.followup.ratelimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.vertx.core.http.HttpServerRequest;

import dev.followup.identity.CurrentCaller;

/**
 * Counts every API request against its client's quota in a shared store, so the limit holds over all
 * replicas: a token's subject within its tenant, by role; an address for requests without a token. Over the
 * quota the answer is a 429 problem with {@code Retry-After}; every answer tells the quota and what is left
 * ({@code RateLimit-Policy}, {@code RateLimit}). When the store cannot count, requests go through (fail
 * open): the store's outage must not become the API's; it is logged, at most once a minute.
 */
public class RateLimitFilter {

    private static final String CANDIDATE_POLICY = "candidate";

    static final String POLICY = "RateLimit-Policy";
    static final String STATE = "RateLimit";
    private static final String COUNTED = RateLimitFilter.class.getName() + ".counted";
    private static final long LOG_EVERY_MILLIS = 60_000;
    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final RateLimitConfig config;
    private final Counters counters;
    private final CurrentCaller caller;
    private final AtomicLong lastLogged = new AtomicLong();
    private final Clock clock;

    RateLimitFilter(RateLimitConfig config, Counters counters, CurrentCaller caller, Clock clock) {
        this.config = config;
        this.counters = counters;
        this.caller = caller;
        this.clock = clock;
    }

    private record Counted(Quota quota, long used, Instant at) {
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 1)
    public void count(ContainerRequestContext request, HttpServerRequest http) {
        if (!config.enabled()) {
            return;
        }
        Optional<CurrentCaller.Subject> subject = caller.subject();
        // An address is counted once over all tenants: a path naming another tenant (anyone can write one)
        // must not open another counter. The tenant the path names only chooses the quota.
        String tenant = subject.map(CurrentCaller.Subject::tenantId).orElse("");
        Quota quota = subject.map(this::quotaOf).orElseGet(() -> addressQuota(PublicPaths.tenantOf(request)));
        String client = subject.map(s -> clientKey(quota.policy(), s.subject()))
                .orElseGet(() -> "addr:" + address(http));
        Instant now = clock.instant();
        long used;
        try {
            used = counters.hit(tenant, client, quota.windowStart(now));
        } catch (RuntimeException e) {
            long last = lastLogged.get();
            if (now.toEpochMilli() - last >= LOG_EVERY_MILLIS && lastLogged.compareAndSet(last, now.toEpochMilli())) {
                LOG.warnf("Rate limits not enforced: the counter store failed (%s); requests go through",
                        e.getClass().getSimpleName());
            }
            return;
        }
        request.setProperty(COUNTED, new Counted(quota, used, now));
        if (quota.exceededBy(used)) {
            throw new RateLimitedException(quota, quota.secondsLeft(now));
        }
    }

    @ServerResponseFilter
    public void tell(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(COUNTED) instanceof Counted counted) {
            response.getHeaders().putSingle(POLICY, counted.quota().policyField());
            response.getHeaders().putSingle(STATE, counted.quota().stateField(counted.used(), counted.at()));
            if (response.getStatus() == 429) {
                response.getHeaders().putSingle("Retry-After", counted.quota().secondsLeft(counted.at()));
            }
        }
    }

    private static String clientKey(String policy, String subject) {
        return policy + ":" + subject;
    }

    /** The key a candidate's requests are counted under (by their own tokens). */
    static String candidateKey(String candidate) {
        return clientKey(CANDIDATE_POLICY, candidate);
    }

    private Quota quotaOf(CurrentCaller.Subject subject) {
        RateLimitConfig.TenantLimits own = config.tenants().get(subject.tenantId());
        if (subject.integration()) {
            long limit = own == null ? config.integration() : own.integration().orElse(config.integration());
            return new Quota("integration", limit, config.window());
        }
        long limit = own == null ? config.candidate() : own.candidate().orElse(config.candidate());
        return new Quota(CANDIDATE_POLICY, limit, config.window());
    }

    private Quota addressQuota(String tenant) {
        RateLimitConfig.TenantLimits own = config.tenants().get(tenant);
        return new Quota("address", own == null ? config.address() : own.address().orElse(config.address()),
                config.window());
    }

    private static String address(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
