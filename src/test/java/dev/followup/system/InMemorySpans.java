package dev.followup.system;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;

/**
 * Finished spans kept in memory, as Quarkus exports to every SpanExporter bean. An alternative that only
 * {@link PersonalDataInTracesTest}'s profile selects: the other tests sample nothing and hold no exporter.
 */
@Alternative
@Dependent
class InMemorySpans {

    @Produces
    @Singleton
    @Alternative
    static InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
