package dev.followup.packaged;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * What the packaged jar needs from the test run that launches it: the test database (PostgreSQL with
 * -Ppostgres; otherwise the `it` profile's embedded H2 file) and the dev key, by absolute path.
 */
public class PackagedService implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("mp.jwt.verify.publickey.location", Path.of("dev-keys", "public.pem").toAbsolutePath().toString());
        if ("postgresql".equals(System.getProperty("test.db.kind"))) {
            config.put("quarkus.datasource.jdbc.url", System.getProperty("test.db.url"));
            config.put("quarkus.datasource.username", System.getProperty("test.db.username"));
        } else {
            config.put("quarkus.datasource.jdbc.url", "jdbc:h2:file:" + Path.of("target", "h2", "it").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        }
        return config;
    }

    @Override
    public void stop() {
        // the jar stops with the test run
    }
}
