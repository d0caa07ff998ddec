package dev.followup.schedule;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;
import dev.followup.personaldata.Redaction;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: a plan's reason is kept as data and worded in the reader's language, holiday names included. */
class PlanReasonTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 4, 7);
    private static final ReasonWording.Away SAM = new ReasonWording.Away("Sam Chen", LocalDate.of(2026, 4, 1),
            MONDAY);
    private static final List<String> EASTER = List.of("christian.GOOD_FRIDAY", "christian.EASTER_MONDAY");

    static List<PlanReason> everyKind() {
        return List.of(PlanReason.MOVE_ON_AFTER_SILENCE, PlanReason.MOVE_ON_AFTER_ANSWER, PlanReason.MOVE_ON_UNCHASED,
                PlanReason.MOVE_ON_REGISTERED_LATE, PlanReason.thankYouWhenBack(SAM, true, EASTER),
                PlanReason.handwrittenThankYou(CompanyCulture.TRADITIONAL, "María López", MONDAY, EASTER),
                PlanReason.thankYouWithinADay("María López"), PlanReason.thankYouBeforeWorkEnds("María López", MONDAY),
                PlanReason.thankYouOutOfHours("María López"), PlanReason.lateThankYou(MONDAY),
                PlanReason.checkAfterDecisionDate(LocalDate.of(2026, 4, 2), MONDAY, EASTER, SAM),
                PlanReason.checkAfterThreeBusinessDays("María López", List.of(), null),
                PlanReason.checkAfterAWeek("María López", EASTER, SAM),
                PlanReason.laterCheck(true, true, "María López", MONDAY),
                PlanReason.checkAfterAnswer(LocalDate.of(2026, 4, 2), MONDAY),
                PlanReason.linkedInConnection("María López", false),
                PlanReason.rejectionFeedback("María López", MONDAY));
    }

    /** Issue 19: once an interviewer is erased, no reason names them, in any language, stored or read. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void anErasedNameIsWordedAsErasedInEveryKind(Language language) {
        Redaction erased = new Redaction(List.of("maría lópez", "sam.chen@acme.example", "Sam Chen"));
        for (PlanReason reason : everyKind()) {
            PlanReason stored = PlanReason.decode(reason.without(erased).encode());
            String text = stored.in(language);
            assertThat(text).as("%s in %s", reason.kind(), language).doesNotContain("María", "López", "Sam Chen")
                    .doesNotContain(PlanReason.ERASED_NAME);
            if (reason.arguments().contains("María López") || reason.arguments().contains("Sam Chen")) {
                assertThat(text).as("%s in %s", reason.kind(), language).containsPattern("\\[[^\\]]+\\]");
            } else {
                assertThat(stored).isEqualTo(reason);
            }
        }
    }

    @Test
    void aReasonStoredInEnglishTextLosesTheNameToo() {
        PlanReason old = PlanReason.decode("Thank Maria Lopez by email within 24 hours.");
        assertThat(old.without(new Redaction(List.of("Maria Lopez"))).english())
                .isEqualTo("Thank [erased] by email within 24 hours.");
    }

    @Test
    void everyKindSurvivesItsStoredForm() {
        List<PlanReason> all = everyKind();
        assertThat(all).extracting(PlanReason::kind).doesNotHaveDuplicates()
                .hasSize(PlanReason.Kind.values().length - 1);
        for (PlanReason reason : all) {
            String stored = reason.encode();
            assertThat(PlanReason.decode(stored)).isEqualTo(reason);
            // shorter than the English sentence it stands for: the data, not the words, is stored
            assertThat(stored.length()).isLessThan(reason.english().length());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void everyKindReadsInEveryLanguage(Language language) {
        for (PlanReason reason : everyKind()) {
            String sentence = reason.in(language);
            assertThat(sentence).isNotBlank().endsWith(".").doesNotContain("null", "{", "christian.");
            if (reason.kind() != PlanReason.Kind.LATE_THANK_YOU && reason.kind() != PlanReason.Kind.CHECK_AFTER_ANSWER
                    && !reason.kind().name().startsWith("MOVE_ON")) {
                assertThat(sentence).containsAnyOf("María López", "Sam Chen");
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} and {2}")
    @CsvSource({
            "ENGLISH,Good Friday,Easter Monday",
            "GERMAN,Karfreitag,Ostermontag",
            "FRENCH,Vendredi saint,Lundi de Pâques",
            "SPANISH,Viernes Santo,Lunes de Pascua",
    })
    void holidaysAreNamedInTheLanguage(Language language, String goodFriday, String easterMonday) {
        String sentence = PlanReason.checkAfterAWeek("María López", EASTER, null).in(language);
        assertThat(sentence).containsIgnoringCase(goodFriday).containsIgnoringCase(easterMonday);
        assertThat(PublicHolidays.nameOf("christian.GOOD_FRIDAY", language)).isEqualToIgnoringCase(goodFriday);
    }

    @Test
    void theProjectsCorrectionsComeBeforeJollydaysNames() {
        assertThat(PublicHolidays.nameOf("BOXING_DAY", Language.FRENCH)).isEqualTo("Saint-Étienne");
        assertThat(PublicHolidays.nameOf("UNIFICATION_GERMANY", Language.FRENCH))
                .isEqualTo("Jour de l'Unité allemande");
        assertThat(PublicHolidays.nameOf("BOXING_DAY", Language.GERMAN)).isEqualTo("Stephanstag");
        assertThat(PublicHolidays.nameOf("BOXING_DAY", Language.ENGLISH)).isEqualTo("Boxing Day");
    }

    @Test
    void anUnknownHolidayKeyIsShownAsItIs() {
        assertThat(PublicHolidays.nameOf("NOT_A_HOLIDAY", Language.GERMAN)).isEqualTo("NOT_A_HOLIDAY");
    }

    @Test
    void aReasonStoredInEnglishBeforeIsReadAsItIsInEveryLanguage() {
        String legacy = "Thank Maria Lopez by email within 24 hours of the interview, in a message of their own.";
        PlanReason reason = PlanReason.decode(legacy);
        assertThat(reason.kind()).isEqualTo(PlanReason.Kind.TEXT);
        assertThat(reason.in(Language.GERMAN)).isEqualTo(legacy);
        assertThat(reason.encode()).isEqualTo(legacy);
        assertThat(reason.languageIn(Language.GERMAN)).isEqualTo(Language.ENGLISH);
        assertThat(PlanReason.thankYouWithinADay("Maria").languageIn(Language.GERMAN)).isEqualTo(Language.GERMAN);
        // a stored reason with a value this version cannot read is shown as its values, never a failure
        assertThat(PlanReason.decode("\u001ELATE_THANK_YOU\u001Fnot-a-date").in(Language.FRENCH))
                .isEqualTo("not-a-date");
        assertThat(PlanReason.decode("\u001ETHANK_YOU_WITHIN_A_DAY").in(Language.FRENCH)).isEmpty();
        assertThat(PlanReason.decode(null).english()).isEmpty();
        // a stored kind this version does not know is shown as text rather than failing
        assertThat(PlanReason.decode("\u001EWHAT_IS_THIS\u001FMaria").english()).isEqualTo("WHAT_IS_THIS Maria");
    }

    @Test
    void theWordsAreTheEnglishWordingsForEnglish() {
        assertThat(PlanReason.thankYouWithinADay("Maria Lopez").english())
                .isEqualTo(PlanWording.ENGLISH.thankYouWithinADay("Maria Lopez"));
        assertThat(PlanReason.checkAfterThreeBusinessDays("Maria Lopez", EASTER, SAM).english())
                .isEqualTo(PlanWording.ENGLISH.checkAfterThreeBusinessDays("Maria Lopez",
                        List.of("Good Friday", "Easter Monday"), SAM));
    }
}
