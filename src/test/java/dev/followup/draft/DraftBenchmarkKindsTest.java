package dev.followup.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft benchmarks measure every kind of draft the service writes, and every language against English. */
class DraftBenchmarkKindsTest {

    @Test
    void theBenchmarksCoverEveryTypeOnEveryChannelItCanBeSentThrough() throws NoSuchFieldException {
        List<String> kinds = new ArrayList<>();
        for (FollowUpType type : FollowUpType.values()) {
            DraftWriter.channelsFor(type).forEach(channel -> kinds.add(type.name().toLowerCase(Locale.ROOT) + "/"
                    + channel.name().toLowerCase(Locale.ROOT)));
        }
        assertThat(DraftWork.KINDS).containsExactlyInAnyOrderElementsOf(kinds);
        assertThat(params(DraftWriterBenchmark.class, "kind")).containsExactlyElementsOf(DraftWork.KINDS);
        assertThat(params(DraftLanguagePairBenchmark.class, "kind")).containsExactlyElementsOf(DraftWork.KINDS);
    }

    @Test
    void everyLanguageIsMeasuredAndComparedWithEnglish() throws NoSuchFieldException {
        List<String> tags = Arrays.stream(Language.values()).map(Language::tag).toList();
        assertThat(params(DraftWriterBenchmark.class, "language")).containsExactlyElementsOf(tags);
        assertThat(params(DraftLanguagePairBenchmark.class, "language"))
                .containsExactlyElementsOf(tags.stream().filter(tag -> !tag.equals(Language.ENGLISH.tag())).toList());
    }

    @Test
    void aDraftOfEveryKindIsWrittenAndChecked() {
        for (String kind : DraftWork.KINDS) {
            DraftWork work = new DraftWork(kind);
            for (Language language : Language.values()) {
                assertThat(work.draft(language).ready()).as(kind + " " + language).isTrue();
            }
        }
    }

    private static List<String> params(Class<?> benchmark, String field) throws NoSuchFieldException {
        return List.of(benchmark.getField(field).getAnnotation(Param.class).value());
    }
}
