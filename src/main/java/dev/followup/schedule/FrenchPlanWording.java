package dev.followup.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;
import dev.followup.language.Lists;

/**
 * The plan's reasons in French, written for the candidate with "vous". Same facts as {@link PlanWording}; the
 * sentences are French ones, not translations. No participle or adjective agrees with a person (genders are
 * unknown), and no name follows "de" or "que", which would have to elide before a vowel.
 */
final class FrenchPlanWording implements ReasonWording {

    static final FrenchPlanWording INSTANCE = new FrenchPlanWording();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH);
    // French writes the first of the month as an ordinal: "1er avril".
    private static final DateTimeFormatter FIRST_DAY = DateTimeFormatter.ofPattern("EEEE d'er' MMMM", Locale.FRENCH);
    private static final DateTimeFormatter FIRST_DATE = DateTimeFormatter.ofPattern("d'er' MMMM", Locale.FRENCH);

    /** No-break space before ":" (the sentences avoid ";"). */
    private static final String COLON = "\u00A0:";

    private FrenchPlanWording() {
    }

    @Override
    public String moveOnAfterSilence() {
        return "Votre dernière relance est restée sans réponse" + COLON + " cessez d'écrire et misez sur vos "
                + "autres candidatures.";
    }

    @Override
    public String moveOnAfterAnswer() {
        return "Plus aucune nouvelle depuis la réponse de l'employeur" + COLON + " tournez la page et "
                + "concentrez-vous sur vos autres candidatures.";
    }

    @Override
    public String moveOnUnchased() {
        return "L'employeur a demandé à ne pas être relancé" + COLON + " n'envoyez aucune demande de nouvelles "
                + "et, si aucune réponse n'est arrivée à ce jour, passez à autre chose.";
    }

    @Override
    public String moveOnRegisteredLate() {
        return "L'entretien a été enregistré une fois le délai de relance passé, et aucune réponse n'est arrivée "
                + "depuis" + COLON + " il est trop tard pour relancer. Tournez la page et consacrez votre énergie "
                + "à vos autres candidatures.";
    }

    // --- thank-yous ---

    @Override
    public String thankYouWhenBack(Away away, boolean handwritten, List<String> holidaysSkipped) {
        return away.name() + " est indisponible jusqu'au " + date(away.until()) + COLON + " "
                + (handwritten ? "postez votre carte manuscrite" : "envoyez vos remerciements") + " à son retour, le "
                + day(away.back()) + notCounted(holidaysSkipped) + ".";
    }

    @Override
    public String handwrittenThankYou(CompanyCulture culture, String name, LocalDate lastDay,
            List<String> holidaysSkipped) {
        String why = culture == CompanyCulture.TRADITIONAL
                ? "Une entreprise traditionnelle apprécie les mots écrits à la main."
                : "L'employeur vous a écrit par courrier" + COLON + " répondez de la même façon.";
        return why + " Envoyez par la poste à " + name + " une carte de remerciement manuscrite, au plus tard le "
                + day(lastDay) + ", soit dans les deux jours ouvrés" + notCounted(holidaysSkipped) + ".";
    }

    @Override
    public String thankYouWithinADay(String name) {
        return "Remerciez " + name + " par e-mail dans les 24 heures qui suivent l'entretien, par un message "
                + "individuel.";
    }

    @Override
    public String thankYouBeforeWorkEnds(String name, LocalDate day) {
        return "Remerciez " + name + " par e-mail avant la fin de la journée de travail, le " + day(day) + COLON
                + " le jour ouvré suivant commence une fois passé le délai de 24 heures prévu pour les "
                + "remerciements.";
    }

    @Override
    public String thankYouOutOfHours(String name) {
        return "Remerciez " + name + " par e-mail quelques heures après l'entretien, même en dehors des heures de "
                + "travail" + COLON + " le délai de 24 heures prévu pour les remerciements n'en comprend aucune.";
    }

    @Override
    public String lateThankYou(LocalDate lastDay) {
        return "L'entretien a été enregistré après le délai de 24 heures prévu pour les remerciements, mais un "
                + "remerciement reste bienvenu dans les jours qui suivent" + COLON + " envoyez-le au plus tard le "
                + day(lastDay) + ".";
    }

    // --- status checks ---

    @Override
    public String checkAfterDecisionDate(LocalDate decision, LocalDate day, List<String> holidaysSkipped,
            Away away) {
        return "La date annoncée pour la décision, le " + date(decision) + ", est passée" + COLON + " prenez des "
                + "nouvelles le jour ouvré suivant, le " + day(day) + notCounted(holidaysSkipped) + awayClause(away)
                + ".";
    }

    @Override
    public String checkAfterThreeBusinessDays(String name, List<String> holidaysSkipped, Away away) {
        return "Pas de réponse trois jours ouvrés après l'entretien" + COLON + " demandez à " + name + " où en est "
                + "votre candidature" + notCounted(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String checkAfterAWeek(String name, List<String> holidaysSkipped, Away away) {
        return "Toujours rien une semaine après l'entretien" + COLON + " demandez des nouvelles à " + name
                + notCounted(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String laterCheck(boolean isFinal, boolean byPhone, String name, LocalDate day) {
        String what = isFinal ? "une dernière relance courtoise" : "une courte relance hebdomadaire";
        // "car", not "puisque": no elision to get wrong before a name starting with a vowel.
        String how = isFinal && byPhone ? ", par téléphone, car " + name + " a proposé un appel" : "";
        return "Toujours pas de réponse" + COLON + " " + what + " le " + day(day) + how + ".";
    }

    @Override
    public String checkAfterAnswer(LocalDate nextDecision, LocalDate day) {
        return "L'employeur a répondu et compte se décider d'ici le " + date(nextDecision) + COLON + " sans "
                + "nouvelles d'ici là, relancez le " + day(day) + ".";
    }

    @Override
    public String linkedInConnection(String name, boolean profileKnown) {
        return "Votre demande de nouvelles est restée sans réponse" + COLON + " invitez " + name + " à rejoindre "
                + "votre réseau LinkedIn, avec un court message personnel." + (profileKnown
                        ? ""
                        : " Aucune adresse LinkedIn n'est connue pour cette personne" + COLON + " cherchez son "
                                + "profil par son nom, ou ajoutez-le à l'entretien dans le champ linkedInUrl.");
    }

    @Override
    public String rejectionFeedback(String name, LocalDate lastDay) {
        return "L'employeur ne retient pas votre candidature" + COLON + " au plus tard le " + day(lastDay)
                + ", remerciez " + name + " pour cette réponse et demandez brièvement un avis sur votre profil.";
    }

    // --- clauses ---

    /** ". Sam Chen est indisponible jusqu'au 20 mars : ce sera donc le lundi 23 mars", or nothing. */
    private static String awayClause(Away away) {
        // A sentence of its own: French would want a narrow no-break space before ";", which this avoids.
        return away == null
                ? ""
                : ". " + away.name() + " est indisponible jusqu'au " + date(away.until()) + COLON
                        + " ce sera donc le " + day(away.back());
    }

    /** " (jours fériés non comptés : Vendredi saint et lundi de Pâques)", or nothing. */
    private static String notCounted(List<String> holidays) {
        return holidays.isEmpty()
                ? ""
                : " (" + (holidays.size() == 1 ? "jour férié non compté" : "jours fériés non comptés") + COLON
                        + " " + join(holidays) + ")";
    }

    private static String join(List<String> names) {
        return Lists.joined(names, Language.FRENCH);
    }

    private static String day(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? FIRST_DAY : DAY).format(date);
    }

    private static String date(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? FIRST_DATE : DATE).format(date);
    }
}
