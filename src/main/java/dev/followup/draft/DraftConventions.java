package dev.followup.draft;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import dev.followup.interview.InterviewRound;
import dev.followup.interview.Salutation;
import dev.followup.language.Language;
import dev.followup.language.Lists;

/**
 * How a message is written in one language: the greeting for each tone and form of address, the
 * sign-offs, dates and weekdays, how a list is joined, and what to stress after a round (M2, M5).
 * docs/languages/ lists each convention with its source. Pure.
 */
final class DraftConventions {

    private static final DraftConventions ENGLISH = new DraftConventions(Language.ENGLISH, "d MMMM",
            new String[]{"Kind regards,", "Best wishes,", "With thanks,", "Best wishes,"},
            new String[]{"how I approach and solve problems", "how my values match the team's culture",
                    "why this role fits my experience", "how I would work with the team day to day",
                    "what I would deliver in my first months", "what I would bring to the role"});
    // German closings take no comma (DIN 5008).
    private static final DraftConventions GERMAN = new DraftConventions(Language.GERMAN, "d. MMMM",
            new String[]{"Mit freundlichen Grüßen", "Viele Grüße", "Mit freundlichen Grüßen", "Herzliche Grüße"},
            new String[]{"wie ich Probleme angehe und löse", "wie gut meine Werte zur Kultur des Teams passen",
                    "warum diese Stelle zu meiner Erfahrung passt",
                    "wie ich im Alltag mit dem Team zusammenarbeiten würde",
                    "was ich in meinen ersten Monaten erreichen möchte", "was ich in die Stelle einbringen kann"});
    private static final DraftConventions FRENCH = new DraftConventions(Language.FRENCH, "d MMMM",
            new String[]{"Cordialement,", "Bien à vous,", "Avec mes remerciements,", "Bien à vous,"},
            new String[]{"comment j'aborde et résous les problèmes",
                    "en quoi mes valeurs rejoignent la culture de l'équipe",
                    "pourquoi ce poste correspond à mon parcours",
                    "comment je travaillerais au quotidien avec l'équipe",
                    "ce que je pourrais accomplir dans mes premiers mois", "ce que je peux apporter au poste"});
    private static final DraftConventions SPANISH = new DraftConventions(Language.SPANISH, "d 'de' MMMM",
            new String[]{"Atentamente,", "Un saludo,", "Con mi agradecimiento,", "Un afectuoso saludo,"},
            new String[]{"cómo abordo y resuelvo los problemas", "cómo encajan mis valores con la cultura del equipo",
                    "por qué este puesto encaja con mi experiencia", "cómo trabajaría con el equipo en el día a día",
                    "qué podría lograr en mis primeros meses", "qué puedo aportar al puesto"});

    private static final DateTimeFormatter FRENCH_FIRST = DateTimeFormatter.ofPattern("d'er' MMMM",
            Language.FRENCH.locale());

    private final Language language;
    private final DateTimeFormatter date;
    private final DateTimeFormatter weekday;
    /** Formal, warm, formal on a card, warm on a card. */
    private final String[] closings;
    /** After a technical, HR, screening, on-site or panel, final round, and any other. */
    private final String[] focus;

    private DraftConventions(Language language, String datePattern, String[] closings, String[] focus) {
        this.language = language;
        this.date = DateTimeFormatter.ofPattern(datePattern, language.locale());
        this.weekday = DateTimeFormatter.ofPattern("EEEE", language.locale());
        this.closings = closings;
        this.focus = focus;
    }

    static DraftConventions of(Language language) {
        return switch (language) {
            case ENGLISH -> ENGLISH;
            case GERMAN -> GERMAN;
            case FRENCH -> FRENCH;
            case SPANISH -> SPANISH;
        };
    }

    Language language() {
        return language;
    }

    /**
     * M2: the greeting line with its punctuation. Formal with a form of address uses the family name
     * (every word after the first: "López García"); formal without one, the full name; warm, the first name.
     */
    String greeting(Salutation salutation, boolean warm, String fullName, String firstName) {
        return greeting(salutation, warm, fullName, firstName, familyNameOf(fullName));
    }

    /** The same with the family name given (a shortened one keeps all its words). */
    String greeting(Salutation salutation, boolean warm, String fullName, String firstName, String family) {
        return switch (language) {
            case ENGLISH -> warm
                    ? "Hi " + firstName + ","
                    : salutation == null
                            ? "Dear " + fullName + ","
                            : "Dear " + (salutation == Salutation.MS ? "Ms " : "Mr ") + family + ",";
            case GERMAN -> warm
                    ? salutation == null
                            ? "Hallo " + firstName + ","
                            : (salutation == Salutation.MS ? "Liebe " : "Lieber ") + firstName + ","
                    : salutation == null
                            ? "Guten Tag, " + fullName + ","
                            : (salutation == Salutation.MS ? "Sehr geehrte Frau " : "Sehr geehrter Herr ") + family
                                    + ",";
            // A formal French letter names no one in its greeting: "Madame," alone is the polite form.
            case FRENCH -> warm
                    ? "Bonjour " + firstName + ","
                    : salutation == null
                            ? "Bonjour " + fullName + ","
                            : salutation == Salutation.MS ? "Madame," : "Monsieur,";
            // A Spanish letter's greeting ends with a colon.
            case SPANISH -> warm
                    ? "Hola, " + firstName + ":"
                    : salutation == null
                            ? "Buenos días, " + fullName + ":"
                            : (salutation == Salutation.MS ? "Estimada Sra. " : "Estimado Sr. ") + family + ":";
        };
    }

    String closing(boolean warm) {
        return closings[warm ? 1 : 0];
    }

    /** The shorter sign-off of a handwritten card. */
    String cardClosing(boolean warm) {
        return closings[warm ? 3 : 2];
    }

    String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        // French writes the first of a month as an ordinal: "le 1er avril".
        return language == Language.FRENCH && day.getDayOfMonth() == 1 ? FRENCH_FIRST.format(day) : date.format(day);
    }

    String weekday(LocalDate day) {
        return day == null ? "" : weekday.format(day);
    }

    /** "a, b and c" in the language. */
    String joined(List<String> items) {
        return Lists.joined(items, language);
    }

    /** M5: what to stress after this kind of round. */
    String focus(InterviewRound round) {
        if (round == null) {
            return focus[5];
        }
        return switch (round) {
            case TECHNICAL -> focus[0];
            case HR -> focus[1];
            case SCREENING -> focus[2];
            case ONSITE, PANEL -> focus[3];
            case FINAL -> focus[4];
            case OTHER -> focus[5];
        };
    }

    /**
     * French "de" before a job title, elided before a vowel ("le poste d'Ingénieur"); an "h" keeps "de",
     * as titles borrowed from English ("Head of Data") are aspirated.
     */
    static String deBefore(String role) {
        String title = role == null ? "" : role.strip();
        boolean vowel = !title.isEmpty() && "aeiouàâäéèêëîïôöùûüAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜ".indexOf(title.charAt(0)) >= 0;
        return (vowel ? "d'" : "de ") + title;
    }

    static String familyNameOf(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(space + 1).strip();
    }
}
