package dev.followup.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's reasons in German, French and Spanish, word for word: same facts as the English ones. */
class PlanWordingLanguagesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 23);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 20);
    private static final ReasonWording.Away SAM_AWAY = new ReasonWording.Away("Sam Chen", FRIDAY, MONDAY);

    private static final ReasonWording DE = GermanPlanWording.INSTANCE;
    private static final ReasonWording FR = FrenchPlanWording.INSTANCE;
    private static final ReasonWording ES = SpanishPlanWording.INSTANCE;

    @Test
    void theLanguagesHaveTheirWording() {
        assertThat(ReasonWording.of(Language.GERMAN)).isSameAs(DE);
        assertThat(ReasonWording.of(Language.FRENCH)).isSameAs(FR);
        assertThat(ReasonWording.of(Language.SPANISH)).isSameAs(ES);
    }

    @Test
    void german() {
        assertThat(DE.thankYouWhenBack(SAM_AWAY, false, List.of())).isEqualTo("Sam Chen ist bis zum 20. März "
                + "abwesend: Warten Sie die Rückkehr ab, und senden Sie Ihr Dankeschön am Montag, 23. März.");
        assertThat(DE.thankYouWhenBack(SAM_AWAY, true, List.of("Ostermontag"))).isEqualTo("Sam Chen ist bis zum "
                + "20. März abwesend: Warten Sie die Rückkehr ab, und schicken Sie Ihre handschriftliche Karte am "
                + "Montag, 23. März (Feiertag nicht mitgezählt: Ostermontag).");
        assertThat(DE.handwrittenThankYou(CompanyCulture.TRADITIONAL, "Maria Lopez", MONDAY, List.of()))
                .isEqualTo("Ein traditionelles Unternehmen schätzt handgeschriebene Post. Schicken Sie Maria Lopez "
                        + "spätestens am Montag, 23. März, eine handschriftliche Dankeskarte, also innerhalb von zwei "
                        + "Arbeitstagen.");
        assertThat(DE.handwrittenThankYou(CompanyCulture.OTHER, "Maria Lopez", MONDAY,
                List.of("Karfreitag", "Ostermontag"))).isEqualTo("Das Unternehmen hat Ihnen per Post geschrieben, "
                        + "also antworten Sie auf demselben Weg. Schicken Sie Maria Lopez spätestens am Montag, "
                        + "23. März, eine handschriftliche Dankeskarte, also innerhalb von zwei Arbeitstagen "
                        + "(Feiertage nicht mitgezählt: Karfreitag und Ostermontag).");
        assertThat(DE.thankYouWithinADay("Maria Lopez")).isEqualTo("Danken Sie Maria Lopez innerhalb von 24 "
                + "Stunden nach dem Gespräch per E-Mail, in einer eigenen Nachricht.");
        assertThat(DE.checkAfterDecisionDate(FRIDAY, MONDAY, List.of(), SAM_AWAY)).isEqualTo("Die Entscheidung "
                + "war für den 20. März angekündigt: Fragen Sie am nächsten Arbeitstag nach, am Montag, 23. März; "
                + "Sam Chen ist bis zum 20. März abwesend, daher erst am Montag, 23. März.");
        assertThat(DE.checkAfterThreeBusinessDays("Maria Lopez", List.of("Karfreitag", "Ostermontag"), null))
                .isEqualTo("Drei Arbeitstage nach dem Gespräch noch keine Antwort: Fragen Sie bei Maria Lopez nach "
                        + "dem Stand (Feiertage nicht mitgezählt: Karfreitag und Ostermontag).");
        assertThat(DE.laterCheck(true, true, "Maria Lopez", MONDAY)).isEqualTo("Noch immer keine Antwort: eine "
                + "letzte freundliche Nachfrage am Montag, 23. März, per Telefon, da Maria Lopez Sie zu einem Anruf "
                + "eingeladen hat.");
        assertThat(DE.linkedInConnection("Maria Lopez", true)).isEqualTo("Ihre Nachfrage blieb unbeantwortet: "
                + "Senden Sie Maria Lopez auf LinkedIn eine Kontaktanfrage mit einer kurzen persönlichen Notiz.");
        assertThat(DE.linkedInConnection("Maria Lopez", false)).isEqualTo("Ihre Nachfrage blieb unbeantwortet: "
                + "Senden Sie Maria Lopez auf LinkedIn eine Kontaktanfrage mit einer kurzen persönlichen Notiz. "
                + "Für Maria Lopez ist keine LinkedIn-Adresse bekannt: Suchen Sie das Profil über den Namen, oder "
                + "tragen Sie es in den Angaben zum Gespräch als linkedInUrl ein.");
        assertThat(DE.rejectionFeedback("Maria Lopez", MONDAY)).isEqualTo("Das Unternehmen hat sich gegen Sie "
                + "entschieden: Danken Sie Maria Lopez spätestens am Montag, 23. März, für die Nachricht, und bitten "
                + "Sie kurz um eine Rückmeldung.");
    }

    @Test
    void french() {
        assertThat(FR.thankYouWhenBack(SAM_AWAY, false, List.of())).isEqualTo("Sam Chen est indisponible "
                + "jusqu'au 20 mars\u00A0: envoyez vos remerciements à son retour, le lundi 23 mars.");
        assertThat(FR.thankYouWhenBack(SAM_AWAY, true, List.of("lundi de Pâques"))).isEqualTo("Sam Chen est "
                + "indisponible jusqu'au 20 mars\u00A0: postez votre carte manuscrite à son retour, le lundi 23 mars "
                + "(jour férié non compté\u00A0: lundi de Pâques).");
        assertThat(FR.handwrittenThankYou(CompanyCulture.TRADITIONAL, "Maria Lopez", MONDAY, List.of()))
                .isEqualTo("Une entreprise traditionnelle apprécie les mots écrits à la main. Envoyez par la poste "
                        + "à Maria Lopez une carte de remerciement manuscrite, au plus tard le lundi 23 mars, soit "
                        + "dans les deux jours ouvrés.");
        assertThat(FR.handwrittenThankYou(CompanyCulture.OTHER, "Maria Lopez", MONDAY,
                List.of("Vendredi saint", "lundi de Pâques"))).isEqualTo("L'employeur vous a écrit par "
                        + "courrier\u00A0: répondez de la même façon. Envoyez par la poste à Maria Lopez une carte "
                        + "de remerciement manuscrite, au plus tard le lundi 23 mars, soit dans les deux jours ouvrés "
                        + "(jours fériés non comptés\u00A0: Vendredi saint et lundi de Pâques).");
        assertThat(FR.thankYouWithinADay("Maria Lopez")).isEqualTo("Remerciez Maria Lopez par e-mail dans les 24 "
                + "heures qui suivent l'entretien, par un message individuel.");
        assertThat(FR.checkAfterDecisionDate(FRIDAY, MONDAY, List.of(), SAM_AWAY)).isEqualTo("La date annoncée "
                + "pour la décision, le 20 mars, est passée\u00A0: prenez des nouvelles le jour ouvré suivant, le "
                + "lundi 23 mars. Sam Chen est indisponible jusqu'au 20 mars\u00A0: ce sera donc le lundi 23 mars.");
        assertThat(FR.checkAfterThreeBusinessDays("Maria Lopez", List.of("Vendredi saint", "lundi de Pâques"),
                null)).isEqualTo("Pas de réponse trois jours ouvrés après l'entretien\u00A0: demandez à Maria Lopez "
                        + "où en est votre candidature (jours fériés non comptés\u00A0: Vendredi saint et lundi de "
                        + "Pâques).");
        assertThat(FR.laterCheck(true, true, "Maria Lopez", MONDAY)).isEqualTo("Toujours pas de réponse\u00A0: "
                + "une dernière relance courtoise le lundi 23 mars, par téléphone, car Maria Lopez a proposé un "
                + "appel.");
        assertThat(FR.linkedInConnection("Maria Lopez", true)).isEqualTo("Votre demande de nouvelles est restée "
                + "sans réponse\u00A0: invitez Maria Lopez à rejoindre votre réseau LinkedIn, avec un court message "
                + "personnel.");
        assertThat(FR.linkedInConnection("Maria Lopez", false)).isEqualTo("Votre demande de nouvelles est restée "
                + "sans réponse\u00A0: invitez Maria Lopez à rejoindre votre réseau LinkedIn, avec un court message "
                + "personnel. Aucune adresse LinkedIn n'est connue pour cette personne\u00A0: cherchez son profil "
                + "par son nom, ou ajoutez-le à l'entretien dans le champ linkedInUrl.");
        assertThat(FR.rejectionFeedback("Maria Lopez", MONDAY)).isEqualTo("L'employeur ne retient pas votre "
                + "candidature\u00A0: au plus tard le lundi 23 mars, remerciez Maria Lopez pour cette réponse et "
                + "demandez brièvement un avis sur votre profil.");
    }

    @Test
    void frenchWritesTheFirstOfTheMonthAsAnOrdinal() {
        assertThat(FR.laterCheck(false, false, "Maria Lopez", LocalDate.of(2026, 4, 1)))
                .isEqualTo("Toujours pas de réponse\u00A0: une courte relance hebdomadaire le mercredi 1er avril.");
        assertThat(FR.checkAfterAnswer(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 2))).isEqualTo("L'employeur "
                + "a répondu et compte se décider d'ici le 1er avril\u00A0: sans nouvelles d'ici là, relancez le "
                + "jeudi 2 avril.");
    }

    @Test
    void spanish() {
        assertThat(ES.thankYouWhenBack(SAM_AWAY, false, List.of())).isEqualTo("Sam Chen está fuera hasta el 20 "
                + "de marzo y vuelve el lunes 23 de marzo: envíe su agradecimiento ese día.");
        assertThat(ES.thankYouWhenBack(SAM_AWAY, true, List.of("Lunes de Pascua"))).isEqualTo("Sam Chen está "
                + "fuera hasta el 20 de marzo y vuelve el lunes 23 de marzo: envíe por correo postal su nota "
                + "manuscrita ese día (sin contar el festivo: Lunes de Pascua).");
        assertThat(ES.handwrittenThankYou(CompanyCulture.TRADITIONAL, "Maria Lopez", MONDAY, List.of()))
                .isEqualTo("Una empresa tradicional valora una nota escrita a mano. Envíe a Maria Lopez una nota de "
                        + "agradecimiento manuscrita a más tardar el lunes 23 de marzo, es decir, dentro de dos días "
                        + "hábiles.");
        assertThat(ES.handwrittenThankYou(CompanyCulture.OTHER, "Maria Lopez", MONDAY,
                List.of("Viernes Santo", "Lunes de Pascua"))).isEqualTo("La empresa le escribió por correo postal, "
                        + "así que responda por la misma vía. Envíe a Maria Lopez una nota de agradecimiento "
                        + "manuscrita a más tardar el lunes 23 de marzo, es decir, dentro de dos días hábiles (sin "
                        + "contar los festivos: Viernes Santo y Lunes de Pascua).");
        assertThat(ES.thankYouWithinADay("Maria Lopez")).isEqualTo("Dé las gracias a Maria Lopez por correo "
                + "electrónico en las 24 horas siguientes a la entrevista, en un mensaje individual.");
        assertThat(ES.checkAfterDecisionDate(FRIDAY, MONDAY, List.of(), SAM_AWAY)).isEqualTo("Ya ha pasado la "
                + "fecha anunciada para la decisión, el 20 de marzo: pida novedades el siguiente día hábil, el lunes "
                + "23 de marzo; Sam Chen está fuera hasta el 20 de marzo, así que el lunes 23 de marzo.");
        assertThat(ES.checkAfterThreeBusinessDays("Maria Lopez", List.of("Viernes Santo", "Lunes de Pascua"), null))
                .isEqualTo("Sin respuesta tres días hábiles después de la entrevista: pregunte a Maria Lopez si hay "
                        + "novedades (sin contar los festivos: Viernes Santo y Lunes de Pascua).");
        assertThat(ES.laterCheck(true, true, "Maria Lopez", MONDAY)).isEqualTo("Sigue sin haber respuesta: un "
                + "último seguimiento cordial el lunes 23 de marzo, por teléfono, ya que Maria Lopez propuso una "
                + "llamada.");
        assertThat(ES.linkedInConnection("Maria Lopez", true)).isEqualTo("Su consulta sobre el proceso no ha "
                + "tenido respuesta: envíe a Maria Lopez una solicitud de contacto en LinkedIn con una breve nota "
                + "personal.");
        assertThat(ES.linkedInConnection("Maria Lopez", false)).isEqualTo("Su consulta sobre el proceso no ha "
                + "tenido respuesta: envíe a Maria Lopez una solicitud de contacto en LinkedIn con una breve nota "
                + "personal. No hay ninguna dirección de LinkedIn registrada para esta persona: busque el perfil por "
                + "el nombre o añádalo a la entrevista como linkedInUrl.");
        assertThat(ES.rejectionFeedback("Maria Lopez", MONDAY)).isEqualTo("La empresa ha decidido no seguir "
                + "adelante con su candidatura: dé las gracias a Maria Lopez por comunicárselo y pídale brevemente "
                + "algún comentario, a más tardar el lunes 23 de marzo.");
    }

    @Test
    void spanishSaysEBeforeTheSoundI() {
        assertThat(ES.checkAfterAWeek("Maria Lopez", List.of("Día de la Constitución", "Inmaculada Concepción"),
                null)).endsWith("(sin contar los festivos: Día de la Constitución e Inmaculada Concepción).");
        assertThat(ES.checkAfterAWeek("Maria Lopez", List.of("Año Nuevo", "Epifanía", "Hispanidad"), null))
                .endsWith("(sin contar los festivos: Año Nuevo, Epifanía e Hispanidad).");
        assertThat(ES.checkAfterAWeek("Maria Lopez", List.of("Año Nuevo", "Hierbas"), null))
                .endsWith("(sin contar los festivos: Año Nuevo y Hierbas).");
    }

    @Test
    void threeHolidaysTakeCommasThenTheConjunction() {
        List<String> three = List.of("A", "B", "C");
        assertThat(DE.checkAfterAWeek("Maria Lopez", three, null))
                .endsWith("(Feiertage nicht mitgezählt: A, B und C).");
        assertThat(FR.checkAfterAWeek("Maria Lopez", three, null))
                .endsWith("(jours fériés non comptés\u00A0: A, B et C).");
        assertThat(ES.checkAfterAWeek("Maria Lopez", three, null)).endsWith("(sin contar los festivos: A, B y C).");
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"GERMAN", "FRENCH", "SPANISH"})
    void theFourMoveOnsAreDistinctSentences(Language language) {
        ReasonWording wording = ReasonWording.of(language);
        List<String> moveOns = List.of(wording.moveOnAfterSilence(), wording.moveOnAfterAnswer(),
                wording.moveOnUnchased(), wording.moveOnRegisteredLate());
        assertThat(moveOns).allSatisfy(sentence -> assertThat(sentence).isNotBlank().endsWith("."));
        assertThat(moveOns).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everySentenceIsCompleteAndNamesWhoItIsAbout(Language language) {
        ReasonWording w = ReasonWording.of(language);
        String maria = "Maria Lopez";
        String sam = SAM_AWAY.name();
        List<String> holiday = List.of("Holiday");
        List<Said> said = new ArrayList<>(List.of(
                new Said(w.moveOnAfterSilence(), null),
                new Said(w.moveOnAfterAnswer(), null),
                new Said(w.moveOnUnchased(), null),
                new Said(w.moveOnRegisteredLate(), null),
                new Said(w.thankYouWhenBack(SAM_AWAY, false, List.of()), sam),
                new Said(w.thankYouWhenBack(SAM_AWAY, true, holiday), sam),
                new Said(w.thankYouWithinADay(maria), maria),
                new Said(w.thankYouBeforeWorkEnds(maria, FRIDAY), maria),
                new Said(w.thankYouOutOfHours(maria), maria),
                new Said(w.lateThankYou(MONDAY), null),
                new Said(w.checkAfterDecisionDate(FRIDAY, MONDAY, List.of(), null), null),
                new Said(w.checkAfterDecisionDate(FRIDAY, MONDAY, holiday, SAM_AWAY), sam),
                new Said(w.checkAfterThreeBusinessDays(maria, holiday, null), maria),
                new Said(w.checkAfterThreeBusinessDays(maria, List.of(), SAM_AWAY), sam),
                new Said(w.checkAfterAWeek(maria, List.of(), null), maria),
                new Said(w.checkAfterAWeek(maria, holiday, SAM_AWAY), sam),
                new Said(w.laterCheck(false, false, maria, MONDAY), null),
                new Said(w.laterCheck(true, false, maria, MONDAY), null),
                new Said(w.laterCheck(true, true, maria, MONDAY), maria),
                new Said(w.checkAfterAnswer(FRIDAY, MONDAY), null),
                new Said(w.linkedInConnection(maria, true), maria),
                new Said(w.linkedInConnection(maria, false), maria),
                new Said(w.rejectionFeedback(maria, MONDAY), maria)));
        for (CompanyCulture culture : CompanyCulture.values()) {
            said.add(new Said(w.handwrittenThankYou(culture, maria, MONDAY, holiday), maria));
        }
        assertThat(said).allSatisfy(s -> {
            assertThat(s.sentence()).isNotBlank().endsWith(".").doesNotContain("{", "null");
            if (s.name() != null) {
                assertThat(s.sentence()).contains(s.name());
            }
        });
    }

    /** A sentence, and the name it must contain (null when no name was passed in). */
    private record Said(String sentence, String name) {
    }
}
