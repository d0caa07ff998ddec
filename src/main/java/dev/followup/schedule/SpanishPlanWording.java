package dev.followup.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;
import dev.followup.language.Lists;

/**
 * The plan's reasons in Spanish, written for the candidate with "usted", neutral between Spain and Latin America.
 * Same facts as {@link PlanWording}; the sentences are Spanish ones, not translations. No adjective agrees with a
 * person and no "lo/la" stands for one (genders are unknown); with "usted", a bare "vuelva" could mean the
 * candidate, so the interviewer's return is said with them as the subject.
 */
final class SpanishPlanWording implements ReasonWording {

    static final SpanishPlanWording INSTANCE = new SpanishPlanWording();

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d 'de' MMMM", SPANISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d 'de' MMMM", SPANISH);

    private SpanishPlanWording() {
    }

    @Override
    public String moveOnAfterSilence() {
        return "Su último seguimiento no ha tenido respuesta: deje de escribir y dedique su energía al resto de sus "
                + "candidaturas.";
    }

    @Override
    public String moveOnAfterAnswer() {
        return "No ha habido noticias desde la respuesta de la empresa: pase página y céntrese en sus otras "
                + "candidaturas.";
    }

    @Override
    public String moveOnUnchased() {
        return "La empresa pidió que no se hicieran consultas de seguimiento: no pregunte por el estado del proceso "
                + "y, si a estas alturas no ha recibido respuesta, siga adelante.";
    }

    @Override
    public String moveOnRegisteredLate() {
        return "La entrevista se registró cuando ya había pasado el plazo para hacer seguimiento, y sigue sin "
                + "respuesta: ya es tarde para insistir; pase página y ponga su energía en sus otras candidaturas.";
    }

    // --- thank-yous ---

    @Override
    public String thankYouWhenBack(Away away, boolean handwritten, List<String> holidaysSkipped) {
        return away.name() + " está fuera hasta el " + DATE.format(away.until()) + " y vuelve el "
                + DAY.format(away.back()) + ": " + (handwritten
                        ? "envíe por correo postal su nota manuscrita"
                        : "envíe su agradecimiento")
                + " ese día" + notCounted(holidaysSkipped) + ".";
    }

    @Override
    public String handwrittenThankYou(CompanyCulture culture, String name, LocalDate lastDay,
            List<String> holidaysSkipped) {
        String why = culture == CompanyCulture.TRADITIONAL
                ? "Una empresa tradicional valora una nota escrita a mano."
                : "La empresa le escribió por correo postal, así que responda por la misma vía.";
        return why + " Envíe a " + name + " una nota de agradecimiento manuscrita a más tardar el "
                + DAY.format(lastDay) + ", es decir, dentro de dos días hábiles" + notCounted(holidaysSkipped) + ".";
    }

    @Override
    public String thankYouWithinADay(String name) {
        return "Dé las gracias a " + name + " por correo electrónico en las 24 horas siguientes a la entrevista, "
                + "en un mensaje individual.";
    }

    @Override
    public String thankYouBeforeWorkEnds(String name, LocalDate day) {
        return "Dé las gracias a " + name + " por correo electrónico antes de que termine la jornada laboral del "
                + DAY.format(day) + ": el siguiente día laborable empieza cuando ya han pasado las 24 horas para "
                + "agradecer.";
    }

    @Override
    public String thankYouOutOfHours(String name) {
        return "Dé las gracias a " + name + " por correo electrónico unas horas después de la entrevista, aunque "
                + "sea fuera del horario laboral: en las 24 horas para agradecer no cae ninguna hora de trabajo.";
    }

    @Override
    public String lateThankYou(LocalDate lastDay) {
        return "La entrevista se registró pasadas las 24 horas para agradecer, pero un agradecimiento todavía "
                + "cuenta unos días después: envíelo a más tardar el " + DAY.format(lastDay) + ".";
    }

    // --- status checks ---

    @Override
    public String checkAfterDecisionDate(LocalDate decision, LocalDate day, List<String> holidaysSkipped,
            Away away) {
        return "Ya ha pasado la fecha anunciada para la decisión, el " + DATE.format(decision) + ": pida novedades "
                + "el siguiente día hábil, el " + DAY.format(day) + notCounted(holidaysSkipped) + awayClause(away)
                + ".";
    }

    @Override
    public String checkAfterThreeBusinessDays(String name, List<String> holidaysSkipped, Away away) {
        return "Sin respuesta tres días hábiles después de la entrevista: pregunte a " + name + " si hay novedades"
                + notCounted(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String checkAfterAWeek(String name, List<String> holidaysSkipped, Away away) {
        return "Sin respuesta una semana después de la entrevista: pida a " + name + " noticias sobre el proceso"
                + notCounted(holidaysSkipped) + awayClause(away) + ".";
    }

    @Override
    public String laterCheck(boolean isFinal, boolean byPhone, String name, LocalDate day) {
        String what = isFinal ? "un último seguimiento cordial" : "un breve seguimiento semanal";
        String how = isFinal && byPhone ? ", por teléfono, ya que " + name + " propuso una llamada" : "";
        return "Sigue sin haber respuesta: " + what + " el " + DAY.format(day) + how + ".";
    }

    @Override
    public String checkAfterAnswer(LocalDate nextDecision, LocalDate day) {
        return "La empresa ha respondido y espera decidir para el " + DATE.format(nextDecision) + ": si no recibe "
                + "noticias, pregunte el " + DAY.format(day) + ".";
    }

    @Override
    public String linkedInConnection(String name, boolean profileKnown) {
        return "Su consulta sobre el proceso no ha tenido respuesta: envíe a " + name + " una solicitud de "
                + "contacto en LinkedIn con una breve nota personal." + (profileKnown
                        ? ""
                        : " No hay ninguna dirección de LinkedIn registrada para esta persona: busque el perfil "
                                + "por el nombre o añádalo a la entrevista como linkedInUrl.");
    }

    @Override
    public String rejectionFeedback(String name, LocalDate lastDay) {
        // "comunicárselo", not "avisarle": "le" as a direct object for "usted" would be leísmo.
        return "La empresa ha decidido no seguir adelante con su candidatura: dé las gracias a " + name
                + " por comunicárselo y pídale brevemente algún comentario, a más tardar el " + DAY.format(lastDay)
                + ".";
    }

    // --- clauses ---

    /** "; Sam Chen está fuera hasta el 20 de marzo, así que el lunes 23 de marzo", or nothing. */
    private static String awayClause(Away away) {
        return away == null
                ? ""
                : "; " + away.name() + " está fuera hasta el " + DATE.format(away.until()) + ", así que el "
                        + DAY.format(away.back());
    }

    /** " (sin contar los festivos: Viernes Santo y Lunes de Pascua)", or nothing. */
    private static String notCounted(List<String> holidays) {
        return holidays.isEmpty()
                ? ""
                : " (sin contar " + (holidays.size() == 1 ? "el festivo" : "los festivos") + ": " + join(holidays)
                        + ")";
    }

    private static String join(List<String> names) {
        return Lists.joined(names, Language.SPANISH);
    }
}
