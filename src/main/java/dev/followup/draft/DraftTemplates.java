package dev.followup.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.inject.Singleton;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;

/**
 * The Qute engine over {@code src/main/resources/templates/}; parsed templates are cached by the engine,
 * one per tone ({@link ToneVariants}), chosen by the data's {@code warm}.
 */
@Singleton
class DraftTemplates implements BiFunction<String, Map<String, Object>, String> {

    private static final String WARM = "#warm";
    private static final String FORMAL = "#formal";

    private final Engine engine = Engine.builder()
            .addDefaults()
            .addLocator(DraftTemplates::locate)
            .build();

    @Override
    public String apply(String id, Map<String, Object> data) {
        Template template = engine.getTemplate(id + (Boolean.TRUE.equals(data.get("warm")) ? WARM : FORMAL));
        if (template == null) {
            throw new IllegalStateException("No draft template " + id);
        }
        return template.data(data).render();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String idAndTone) {
        boolean warm = idAndTone.endsWith(WARM);
        if (!warm && !idAndTone.endsWith(FORMAL)) {
            return Optional.empty();
        }
        String id = idAndTone.substring(0, idAndTone.lastIndexOf('#'));
        String path = "templates/" + id + ".txt";
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path);
        if (in == null) {
            return Optional.empty();
        }
        String text;
        try (in) {
            text = ToneVariants.resolve(new String(in.readAllBytes(), StandardCharsets.UTF_8), warm);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                return new StringReader(text);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.empty();
            }
        });
    }
}
