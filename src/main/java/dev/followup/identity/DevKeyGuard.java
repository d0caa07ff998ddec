package dev.followup.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import dev.followup.system.Profiles;

/**
 * Refuses to start in the prod profile when tokens would be verified with the dev key or issuer,
 * whatever form the key comes in (see {@link DevKeys}).
 */
@Singleton
class DevKeyGuard {

    private static final Logger LOG = Logger.getLogger(DevKeyGuard.class);

    void check(@Observes StartupEvent started, Config config) {
        if (!Profiles.isProduction()) {
            return;
        }
        List<String> problems = DevKeys.productionProblems(
                config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse(null),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class).orElse(null),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class)
                        .or(() -> config.getOptionalValue("smallrye.jwt.verify.key.location", String.class))
                        .orElse(null),
                DevKeyGuard::read);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with unsafe token settings: "
                    + String.join("; ", problems) + ". Set the production issuer and public key or JWKS location.");
        }
    }

    /** The text at a URL (a JWKS endpoint, fetched once now), a classpath resource or a file; null when unreadable. */
    static String read(String location) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return fetch(location);
        }
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    return in == null ? null : DevKeys.ascii(in.readAllBytes());
                }
            }
            Path file = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
            if (Files.isReadable(file)) {
                return DevKeys.ascii(Files.readAllBytes(file));
            }
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location)) {
                return in == null ? null : DevKeys.ascii(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token verification key at " + location, e);
        }
    }

    /** A JWKS endpoint's document; when it cannot be reached now, SmallRye will report it on the first token. */
    private static String fetch(String url) {
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not fetch the token verification keys at " + url + " to check them at start: "
                    + e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
