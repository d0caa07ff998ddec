package dev.followup.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;
import dev.followup.language.Lists;

/**
 * The plan's reasons in German, written for the candidate with "Sie". Same facts as {@link PlanWording}; the
 * sentences are German ones, not translations. "Arbeitstag", not "Werktag": a Werktag includes Saturday.
 */
final class GermanPlanWording implements ReasonWording {

    static final GermanPlanWording INSTANCE = new GermanPlanWording();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM", Locale.GERMAN);

    private GermanPlanWording() {
    }

    @Override
    public String moveOnAfterSilence() {
        return "Auch auf Ihre letzte Nachfrage kam keine Antwort: Schreiben Sie nicht weiter, und stecken Sie Ihre "
                + "Energie in Ihre anderen Bewerbungen.";
    }

    @Override
    public String moveOnAfterAnswer() {
        return "Seit der Antwort des Unternehmens ist nichts mehr gekommen: Warten Sie nicht länger, und "
                + "konzentrieren Sie sich auf Ihre übrigen Bewerbungen.";
    }

    @Override
    public String moveOnUnchased() {
        return "Das Unternehmen hat gebeten, von Nachfragen abzusehen: Erkundigen Sie sich nicht nach dem Stand, "
                + "und warten Sie nicht länger, wenn bis jetzt keine Antwort gekommen ist.";
    }

    @Override
    public String moveOnRegisteredLate() {
        return "Eingetragen wurde das Gespräch erst nach Ablauf der Zeit für Nachfragen, und eine Antwort kam bis "
                + "heute nicht: Für eine Nachfrage ist es zu spät; schließen Sie das Kapitel ab, und stecken Sie "
                + "Ihre Energie in Ihre anderen Bewerbungen.";
    }

    // --- thank-yous ---

    @Override
    public String thankYouWhenBack(Away away, boolean handwritten, List<String> holidaysSkipped) {
        return away.name() + " ist bis zum " + DATE.format(away.until()) + " abwesend: Warten Sie die Rückkehr ab, "
                + "und " + (handwritten ? "schicken Sie Ihre handschriftliche Karte" : "senden Sie Ihr Dankeschön")
                + " am " + DAY.format(away.back()) + notCounted(holidaysSkipped) + ".";
    }

    @Override
    public String handwrittenThankYou(CompanyCulture culture, String name, LocalDate lastDay,
            List<String> holidaysSkipped) {
        String why = culture == CompanyCulture.TRADITIONAL
                ? "Ein traditionelles Unternehmen schätzt handgeschriebene Post."
                : "Das Unternehmen hat Ihnen per Post geschrieben, also antworten Sie auf demselben Weg.";
        return why + " Schicken Sie " + name + " spätestens am " + DAY.format(lastDay)
                + ", eine handschriftliche Dankeskarte, also innerhalb von zwei Arbeitstagen"
                + notCounted(holidaysSkipped) + ".";
    }

    @Override
    public String thankYouWithinADay(String name) {
        return "Danken Sie " + name + " innerhalb von 24 Stunden nach dem Gespräch per E-Mail, in einer eigenen "
                + "Nachricht.";
    }

    @Override
    public String thankYouBeforeWorkEnds(String name, LocalDate day) {
        return "Danken Sie " + name + " per E-Mail vor Feierabend am " + DAY.format(day) + ": Der nächste "
                + "Arbeitstag beginnt erst, wenn die 24 Stunden für ein Dankeschön schon vorbei sind.";
    }

    @Override
    public String thankYouOutOfHours(String name) {
        return "Danken Sie " + name + " einige Stunden nach dem Gespräch per E-Mail, auch außerhalb der "
                + "Arbeitszeit: In die 24 Stunden für ein Dankeschön fällt keine Arbeitszeit.";
    }

    @Override
    public String lateThankYou(LocalDate lastDay) {
        return "Eingetragen wurde das Gespräch erst nach Ablauf der 24 Stunden für ein Dankeschön, doch ein Dank "
                + "kommt auch einige Tage später noch gut an: Schicken Sie ihn spätestens am " + DAY.format(lastDay)
                + ".";
    }

    // --- status checks ---

    @Override
    public String checkAfterDecisionDate(LocalDate decision, LocalDate day, List<String> holidaysSkipped,
            Away away) {
        return "Die Entscheidung war für den " + DATE.format(decision) + " angekündigt: Fragen Sie am nächsten "
                + "Arbeitstag nach, am " + DAY.format(day) + notCounted(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String checkAfterThreeBusinessDays(String name, List<String> holidaysSkipped, Away away) {
        return "Drei Arbeitstage nach dem Gespräch noch keine Antwort: Fragen Sie bei " + name + " nach dem Stand"
                + notCounted(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String checkAfterAWeek(String name, List<String> holidaysSkipped, Away away) {
        return "Eine Woche nach dem Gespräch noch keine Antwort: Erkundigen Sie sich bei " + name
                + " nach dem Stand" + notCounted(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String laterCheck(boolean isFinal, boolean byPhone, String name, LocalDate day) {
        // "letzte freundliche" takes no comma: the two adjectives are not coordinate in German.
        String what = isFinal ? "eine letzte freundliche Nachfrage" : "eine kurze wöchentliche Nachfrage";
        String how = isFinal && byPhone ? ", per Telefon, da " + name + " Sie zu einem Anruf eingeladen hat" : "";
        return "Noch immer keine Antwort: " + what + " am " + DAY.format(day) + how + ".";
    }

    @Override
    public String checkAfterAnswer(LocalDate nextDecision, LocalDate day) {
        return "Das Unternehmen hat geantwortet und will bis zum " + DATE.format(nextDecision) + " entscheiden: "
                + "Wenn Sie bis dahin nichts hören, fragen Sie am " + DAY.format(day) + ", nach.";
    }

    @Override
    public String linkedInConnection(String name, boolean profileKnown) {
        return "Ihre Nachfrage blieb unbeantwortet: Senden Sie " + name + " auf LinkedIn eine Kontaktanfrage mit "
                + "einer kurzen persönlichen Notiz." + (profileKnown
                        ? ""
                        : " Für " + name + " ist keine LinkedIn-Adresse bekannt: Suchen Sie das Profil über den "
                                + "Namen, oder tragen Sie es in den Angaben zum Gespräch als linkedInUrl ein.");
    }

    @Override
    public String rejectionFeedback(String name, LocalDate lastDay) {
        return "Das Unternehmen hat sich gegen Sie entschieden: Danken Sie " + name + " spätestens am "
                + DAY.format(lastDay) + ", für die Nachricht, und bitten Sie kurz um eine Rückmeldung.";
    }

    // --- clauses ---

    /** "; Sam Chen ist bis zum 20. März abwesend, daher erst am Montag, 23. März", or nothing. */
    private static String awayClause(Away away) {
        return away == null
                ? ""
                : "; " + away.name() + " ist bis zum " + DATE.format(away.until()) + " abwesend, daher erst am "
                        + DAY.format(away.back());
    }

    /** " (Feiertage nicht mitgezählt: Karfreitag und Ostermontag)", or nothing. */
    private static String notCounted(List<String> holidays) {
        return holidays.isEmpty()
                ? ""
                : " (" + (holidays.size() == 1 ? "Feiertag" : "Feiertage") + " nicht mitgezählt: "
                        + join(holidays) + ")";
    }

    private static String join(List<String> names) {
        return Lists.joined(names, Language.GERMAN);
    }
}
