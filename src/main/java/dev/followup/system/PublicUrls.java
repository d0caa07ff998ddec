package dev.followup.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * The absolute addresses the service hands out (Location, Link, feed addresses, links inside calendar
 * events), built from the configured public base URL and never from a request's Host header, which
 * any client can set: a forged Host would otherwise put an attacker's address into a calendar.
 */
@ApplicationScoped
public class PublicUrls {

    static final String PROPERTY = "followup.public-base-url";

    private final URI base;

    PublicUrls(@ConfigProperty(name = PROPERTY) Optional<String> configured) {
        this.base = configured.map(PublicUrls::parse).orElse(null);
    }

    /** Production must say where it is reachable: no default would be right, and the Host header is not to be trusted. */
    void check(@Observes StartupEvent started) {
        if (base == null && Profiles.isProduction()) {
            throw new IllegalStateException(PROPERTY + " (FOLLOWUP_PUBLIC_BASE_URL) is not set: set it to the address "
                    + "clients reach the service at, such as https://followup.example.com");
        }
    }

    /** The address of a path of this service, such as {@code /interviews/0194...}. */
    public URI of(String path) {
        return builder().path(path).build();
    }

    /** The current request's address with one query parameter replaced: the next page of a list, say. */
    public URI requestWith(UriInfo request, String parameter, String value) {
        return builder().path(request.getPath()).replaceQuery(request.getRequestUri().getRawQuery())
                .replaceQueryParam(parameter, value).build();
    }

    private UriBuilder builder() {
        return UriBuilder.fromUri(base == null ? URI.create("http://localhost:8080") : base);
    }

    static URI parse(String text) {
        try {
            URI uri = new URI(text.strip().replaceAll("/+$", ""));
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + " must be an absolute http(s) URL without query or fragment, "
                    + "such as https://followup.example.com");
        }
    }
}
