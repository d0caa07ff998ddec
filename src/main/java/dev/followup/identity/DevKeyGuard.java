package dev.followup.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/** Refuses to start in the prod profile when tokens would be verified with the dev key or issuer. */
@Singleton
class DevKeyGuard {

    void check(@Observes StartupEvent started, Config config) {
        if (!ConfigUtils.getProfiles().contains("prod")) {
            return;
        }
        List<String> problems = DevKeys.productionProblems(
                config.getOptionalValue("mp.jwt.verify.issuer", String.class).orElse(null),
                config.getOptionalValue("mp.jwt.verify.publickey", String.class).orElse(null),
                config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse(null),
                DevKeyGuard::readLocal);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start with unsafe token settings: "
                    + String.join("; ", problems) + ". Set the production issuer and public key or JWKS location.");
        }
    }

    /** The text at a classpath or file location; null for remote locations, which cannot be the dev key file. */
    private static String readLocal(String location) {
        if (location.startsWith("http:") || location.startsWith("https:")) {
            return null;
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
}
