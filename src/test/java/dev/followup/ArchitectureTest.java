package dev.followup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the code, as docs/architecture.md draws it: features depend one way
 * ({@code candidate <- interview <- schedule <- draft, agenda, events}), the foundation packages know no
 * feature, and {@code problem} knows nothing else of the service. A change against it fails here.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.followup";
    private static final String[] FOUNDATION = {"dev.followup.system..", "dev.followup.validation..",
            "dev.followup.identity..", "dev.followup.etag..", "dev.followup.idempotency..", "dev.followup.paging..",
            "dev.followup.language..", "dev.followup.personaldata.."};
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    @Test
    void featuresDependOneWayAndTheFoundationKnowsNoFeature() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("problem").definedBy("dev.followup.problem..")
                .layer("foundation").definedBy(FOUNDATION)
                .layer("candidate").definedBy("dev.followup.candidate..")
                .layer("interview").definedBy("dev.followup.interview..")
                .layer("schedule").definedBy("dev.followup.schedule..")
                .layer("draft").definedBy("dev.followup.draft..")
                .layer("agenda").definedBy("dev.followup.agenda..")
                .layer("events").definedBy("dev.followup.events..")
                .layer("webhooks").definedBy("dev.followup.webhooks..")
                .layer("privacy").definedBy("dev.followup.privacy..")
                .whereLayer("privacy").mayNotBeAccessedByAnyLayer()
                .whereLayer("webhooks").mayOnlyBeAccessedByLayers("privacy")
                .whereLayer("events").mayOnlyBeAccessedByLayers("webhooks", "privacy")
                .whereLayer("agenda").mayOnlyBeAccessedByLayers("privacy")
                .whereLayer("draft").mayOnlyBeAccessedByLayers("privacy")
                .whereLayer("schedule").mayOnlyBeAccessedByLayers("draft", "agenda", "events", "webhooks", "privacy")
                .whereLayer("interview").mayOnlyBeAccessedByLayers("schedule", "draft", "agenda", "events", "webhooks",
                        "privacy")
                .whereLayer("candidate").mayOnlyBeAccessedByLayers("interview", "schedule", "draft", "agenda", "events",
                        "webhooks", "privacy")
                .whereLayer("foundation").mayOnlyBeAccessedByLayers("candidate", "interview", "schedule", "draft",
                        "agenda", "events", "webhooks", "privacy")
                .check(MAIN);
    }

    @Test
    void problemDependsOnNothingElseOfTheService() {
        noClasses().that().resideInAPackage("dev.followup.problem..")
                .should().dependOnClassesThat(resideInAPackage("dev.followup..")
                        .and(resideOutsideOfPackage("dev.followup.problem..")))
                .check(MAIN);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("dev.followup.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void everyClassBelongsToAPackageThatSaysWhatItHolds() {
        noClasses().should().resideInAPackage(ROOT).check(MAIN);
    }

    /** House style: a file past 300 lines holds more than one idea. */
    @Test
    void noSourceFileIsLongerThan300Lines() throws IOException {
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > 300)
                    .map(f -> f + " (" + lines(f) + " lines)")
                    .toList();
        }
        assertThat(tooLong).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
