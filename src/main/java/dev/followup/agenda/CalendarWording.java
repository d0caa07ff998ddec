package dev.followup.agenda;

import java.time.format.DateTimeFormatter;

import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

/** What the calendar feed says around each item's reason, in one language. Pure. */
final class CalendarWording {

    private final Language language;
    /** When to act, as the language writes a weekday, date and time. */
    final DateTimeFormatter moment;

    private CalendarWording(Language language, String momentPattern) {
        this.language = language;
        this.moment = DateTimeFormatter.ofPattern(momentPattern, language.locale());
    }

    static CalendarWording of(Language language) {
        return switch (language) {
            case ENGLISH -> new CalendarWording(language, "EEEE d MMMM, HH:mm");
            case GERMAN -> new CalendarWording(language, "EEEE, d. MMMM, HH:mm 'Uhr'");
            case FRENCH -> new CalendarWording(language, "EEEE d MMMM, HH'h'mm");
            case SPANISH -> new CalendarWording(language, "EEEE d 'de' MMMM, HH:mm");
        };
    }

    private String say(String en, String de, String fr, String es) {
        return switch (language) {
            case ENGLISH -> en;
            case GERMAN -> de;
            case FRENCH -> fr;
            case SPANISH -> es;
        };
    }

    String calendarName() {
        return say("Interview follow-ups", "Nachfassen nach Vorstellungsgesprächen", "Relances après entretien",
                "Seguimiento de entrevistas");
    }

    /** The event's title: what to do and with whom ({@code who} may be empty). */
    String summary(FollowUpType type, String who) {
        String name = who.isEmpty() ? "" : " " + who;
        return switch (type) {
            case THANK_YOU -> say("Thank" + name, "Dank an" + name, "Remercier" + name, "Agradecer a" + name);
            case LINKEDIN_CONNECTION -> say("Connect on LinkedIn with" + name, "Auf LinkedIn vernetzen mit" + name,
                    "Se connecter sur LinkedIn avec" + name, "Conectar en LinkedIn con" + name);
            case STATUS_CHECK -> say("Ask" + name + " for an update", "Bei" + name + " nach dem Stand fragen",
                    "Demander des nouvelles à" + name, "Preguntar a" + name + " por novedades");
            case FINAL_FOLLOW_UP -> say("Last follow-up with" + name, "Letztes Nachfassen bei" + name,
                    "Dernière relance auprès de" + name, "Último seguimiento con" + name);
            case REJECTION_FEEDBACK -> say("Ask" + name + " for feedback", "Bei" + name + " um Feedback bitten",
                    "Demander un retour à" + name, "Pedir comentarios a" + name);
            case MOVE_ON -> say("Move on", "Abschließen und weitermachen", "Passer à la suite", "Pasar página");
        };
    }

    String window(String from, String until, String zone) {
        return say("Act between " + from + " and " + until + " (" + zone + ").",
                "Zu erledigen zwischen " + from + " und " + until + " (" + zone + ").",
                "À faire entre " + from + " et " + until + " (" + zone + ").",
                "Hágalo entre el " + from + " y el " + until + " (" + zone + ").");
    }

    String channel(Channel channel) {
        String name = switch (channel) {
            case EMAIL -> say("email", "E-Mail", "e-mail", "correo electrónico");
            case HANDWRITTEN_NOTE -> say("handwritten note", "handgeschriebene Karte", "carte manuscrite",
                    "nota manuscrita");
            case PHONE -> say("phone", "Telefon", "téléphone", "teléfono");
            case LINKEDIN -> "LinkedIn";
        };
        return say("Channel: ", "Kanal: ", "Canal\u00A0: ", "Canal: ") + name + ".";
    }

    String rules(String ids) {
        return say("Rules: ", "Regeln: ", "Règles\u00A0: ", "Reglas: ") + ids + ".";
    }

    String link(boolean draft) {
        return draft
                ? say("Draft: ", "Entwurf: ", "Brouillon\u00A0: ", "Borrador: ")
                : say("Details: ", "Details: ", "Détails\u00A0: ", "Detalles: ");
    }
}
