package dev.followup.draft;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.followup.interview.Channel;
import dev.followup.language.Language;

/**
 * What the quality check says and reads for in one language: its messages, the casual words it flags
 * (M6), and how a greeting opens and a sign-off closes a message (M2). Pure.
 */
final class QualityWording {

    /** Internet shorthand every language's professional messages avoid. */
    private static final Set<String> SHORTHAND = Set.of("lol", "omg", "thx", "btw", "pls", "plz", "tbh", "imo");

    /** M6: casual words, per language. */
    private static final Map<Language, Set<String>> SLANG = Map.of(
            Language.ENGLISH, Set.of("gonna", "wanna", "gotta", "thanx", "lol", "ya", "yeah", "yep", "nope", "cool",
                    "awesome", "super", "stoked", "dude", "hey", "cheers", "u", "ur", "cuz", "kinda", "sorta"),
            Language.GERMAN, Set.of("krass", "geil", "mega", "cool", "hey", "jo", "nö", "tschö", "ciao", "bussi",
                    "digga", "okidoki", "supi"),
            Language.FRENCH, Set.of("ouais", "bof", "mec", "kiffé", "kiffer", "mdr", "stp", "svp", "slt", "bisous",
                    "bises", "coucou", "salut", "cool", "ok"),
            Language.SPANISH, Set.of("guay", "mola", "chévere", "bacán", "porfa", "xfa", "xq", "tqm", "jaja", "jajaja",
                    "besos", "besitos", "chao", "cool", "ok"));
    /** The sieves of each language's casual words and the shorthand, for {@link Words#firstOf}. */
    private static final Map<Language, long[]> SLANG_SIEVES = SLANG.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Words.sieveOf(
                    Stream.concat(SHORTHAND.stream(), entry.getValue().stream()).toList())));
    private static final Map<Language, String[]> GREETINGS = Map.of(
            Language.ENGLISH, new String[]{"dear ", "hi ", "hello", "good morning", "good afternoon", "good evening"},
            Language.GERMAN, new String[]{"sehr geehrte", "liebe ", "lieber ", "hallo", "guten tag", "guten morgen",
                    "guten abend"},
            Language.FRENCH, new String[]{"madame", "monsieur", "bonjour", "bonsoir", "cher ", "chère "},
            Language.SPANISH, new String[]{"estimada", "estimado", "hola", "buenos días", "buenas tardes",
                    "buenas noches", "querida", "querido"});
    private static final Map<Language, String[]> SIGN_OFFS = Map.of(
            Language.ENGLISH, new String[]{"regards", "best wishes", "with thanks", "sincerely", "all the best",
                    "best,", "yours", "many thanks", "thank you,", "thanks,"},
            Language.GERMAN, new String[]{"grüße", "grüßen", "gruß", "mit herzlichem dank", "mit dank", "vielen dank,",
                    "herzlich"},
            Language.FRENCH, new String[]{"cordialement", "bien à vous", "salutations", "remerciements", "sentiments",
                    "bonne journée", "amicalement", "merci,"},
            Language.SPANISH, new String[]{"atentamente", "saludo", "un abrazo", "agradecimiento", "gracias,",
                    "cordialmente"});

    private final Language language;

    private QualityWording(Language language) {
        this.language = language;
    }

    static QualityWording of(Language language) {
        return new QualityWording(language);
    }

    /** A message in the language: the patterns take their arguments in the same order in every language. */
    private String say(String en, String de, String fr, String es, Object... arguments) {
        String pattern = switch (language) {
            case ENGLISH -> en;
            case GERMAN -> de;
            case FRENCH -> fr;
            case SPANISH -> es;
        };
        return String.format(Locale.ROOT, pattern, arguments);
    }

    String unfilledField(String field) {
        return say("\"%s\" looks like a field that was never filled in: replace it with the real text.",
                "„%s“ sieht nach einem nie ausgefüllten Feld aus: Ersetzen Sie es durch den echten Text.",
                "«\u00A0%s\u00A0» ressemble à un champ jamais rempli\u00A0: remplacez-le par le vrai texte.",
                "«%s» parece un campo que nunca se rellenó: sustitúyalo por el texto real.", field);
    }

    String notAddressedByName(String name) {
        return say("The message does not address %s by name: a greeting without a name reads like a mass mailing.",
                "Die Nachricht spricht %s nicht mit Namen an: Eine Anrede ohne Namen wirkt wie ein Serienbrief.",
                "Le message ne s'adresse pas à %s par son nom\u00A0: une formule d'appel sans nom fait penser à un envoi de masse.",
                "El mensaje no se dirige a %s por su nombre: un saludo sin nombre parece un envío masivo.", name);
    }

    String noTopicKnown() {
        return say("No topic of the interview is known, so the message mentions nothing specific: add the topics "
                + "you discussed to the interview.",
                "Es ist kein Thema des Gesprächs bekannt, deshalb nennt die Nachricht nichts Konkretes: Tragen Sie "
                        + "die besprochenen Themen in den Angaben zum Gespräch ein.",
                "Aucun sujet de l'entretien n'est connu, le message ne mentionne donc rien de précis\u00A0: ajoutez à "
                        + "l'entretien les sujets abordés.",
                "No se conoce ningún tema de la entrevista, así que el mensaje no menciona nada concreto: añada a la "
                        + "entrevista los temas que trataron.");
    }

    String noTopicMentioned() {
        return say("No topic of the interview is mentioned: add one detail you discussed, so the message could not "
                + "have been sent to anyone.",
                "Kein Thema des Gesprächs wird erwähnt: Nennen Sie ein besprochenes Detail, damit die Nachricht nicht "
                        + "an jeden hätte gehen können.",
                "Aucun sujet de l'entretien n'est mentionné\u00A0: citez un point abordé, pour que le message ne puisse "
                        + "pas avoir été envoyé à n'importe qui.",
                "No se menciona ningún tema de la entrevista: añada un detalle que trataron, para que el mensaje no "
                        + "pueda haberse enviado a cualquiera.");
    }

    String missingContact() {
        return say("The closing lacks your contact details: add your email address under your name.",
                "Im Schluss fehlen Ihre Kontaktdaten: Ergänzen Sie Ihre E-Mail-Adresse unter Ihrem Namen.",
                "La signature ne donne pas vos coordonnées\u00A0: ajoutez votre adresse e-mail sous votre nom.",
                "La despedida no incluye sus datos de contacto: añada su correo electrónico bajo su nombre.");
    }

    String missingGreeting() {
        return say("The message opens without a greeting: start with one, such as \"Dear Maria Lopez,\".",
                "Die Nachricht beginnt ohne Anrede: Beginnen Sie mit einer, etwa „Sehr geehrte Frau Lopez,“.",
                "Le message commence sans formule d'appel\u00A0: commencez par une, comme «\u00A0Madame,\u00A0» ou «\u00A0Bonjour Maria,\u00A0».",
                "El mensaje empieza sin saludo: comience con uno, como «Estimada Sra. López:».");
    }

    String missingClosing() {
        return say("The message ends without a sign-off: close with one, such as \"Kind regards,\", above your name.",
                "Die Nachricht endet ohne Grußformel: Schließen Sie mit einer, etwa „Mit freundlichen Grüßen“, über Ihrem Namen.",
                "Le message se termine sans formule de politesse\u00A0: terminez par une, comme «\u00A0Cordialement,\u00A0», au-dessus de votre nom.",
                "El mensaje termina sin despedida: cierre con una, como «Atentamente,», sobre su nombre.");
    }

    String tooLong(int length, Channel channel, int limit) {
        return say("The text is %d characters; %s allows %d. Shorten it.",
                "Der Text hat %d Zeichen; %s erlaubt %d. Kürzen Sie ihn.",
                "Le texte compte %d caractères\u00A0; %s en permet %d. Raccourcissez-le.",
                "El texto tiene %d caracteres; %s admite %d. Acórtelo.", length, channelName(channel), limit);
    }

    String subjectTooLong(int length, int limit) {
        return say("The subject is %d characters; keep it under %d so that it shows in full.",
                "Der Betreff hat %d Zeichen; bleiben Sie unter %d, damit er vollständig angezeigt wird.",
                "L'objet compte %d caractères\u00A0; restez sous %d pour qu'il s'affiche en entier.",
                "El asunto tiene %d caracteres; no pase de %d para que se vea completo.", length, limit);
    }

    String emoji(String source) {
        return say("\"%s\" contains an emoji: leave emojis out of a professional message.",
                "„%s“ enthält ein Emoji: Lassen Sie Emojis in einer beruflichen Nachricht weg.",
                "«\u00A0%s\u00A0» contient un emoji\u00A0: n'en mettez pas dans un message professionnel.",
                "«%s» contiene un emoji: no los use en un mensaje profesional.", source);
    }

    String slang(String word) {
        return say("\"%s\" is casual: prefer plain, professional wording.",
                "„%s“ ist umgangssprachlich: Wählen Sie eine schlichte, berufliche Formulierung.",
                "«\u00A0%s\u00A0» est familier\u00A0: préférez une formulation simple et professionnelle.",
                "«%s» es coloquial: prefiera una expresión sencilla y profesional.", word);
    }

    String exclamations(long count) {
        return say("%d exclamation marks: keep at most one, or none.",
                "%d Ausrufezeichen: Behalten Sie höchstens eines, besser keines.",
                "%d points d'exclamation\u00A0: gardez-en un au plus, ou aucun.",
                "%d signos de exclamación: deje uno como mucho, o ninguno.", count);
    }

    String questionInThankYou() {
        return say("A thank-you asks no new questions about the job: save them for a status check.",
                "Ein Dankschreiben stellt keine neuen Fragen zur Stelle: Heben Sie sie für die Nachfrage zum Stand auf.",
                "Un remerciement ne pose pas de nouvelles questions sur le poste\u00A0: gardez-les pour la relance.",
                "Un agradecimiento no plantea preguntas nuevas sobre el puesto: resérvelas para el seguimiento.");
    }

    String tooSimilar(double overlap) {
        return say("%.0f%% of this text repeats the draft for another interviewer of the same interview: word each "
                + "message differently.",
                "%.0f %% dieses Textes wiederholen den Entwurf für eine andere Person aus demselben Gespräch: "
                        + "Formulieren Sie jede Nachricht anders.",
                "%.0f %% de ce texte reprend le brouillon destiné à une autre personne du même entretien\u00A0: "
                        + "formulez chaque message différemment.",
                "El %.0f %% de este texto repite el borrador para otra persona de la misma entrevista: redacte "
                        + "cada mensaje de forma distinta.",
                overlap * 100);
    }

    private String channelName(Channel channel) {
        return switch (channel) {
            case LINKEDIN -> say("a LinkedIn connection note", "eine LinkedIn-Kontaktanfrage",
                    "une note d'invitation LinkedIn", "una nota de invitación de LinkedIn");
            case HANDWRITTEN_NOTE -> say("a handwritten card", "eine handgeschriebene Karte", "une carte manuscrite",
                    "una tarjeta manuscrita");
            case EMAIL -> say("a short email", "eine kurze E-Mail", "un e-mail court", "un correo breve");
            case PHONE -> say("a phone call's talking points", "der Gesprächsleitfaden eines Anrufs",
                    "l'aide-mémoire d'un appel", "el guion de una llamada");
        };
    }

    /** M6: whether a lower-case word is casual in this language (or internet shorthand in any). */
    boolean isSlang(String word) {
        return SHORTHAND.contains(word) || slang().contains(word);
    }

    private Set<String> slang() {
        return SLANG.get(language);
    }

    /** M6: the text's first casual word in this language (or internet shorthand), in lower case, or null. */
    String slangIn(String text) {
        return Words.firstOf(text, SLANG_SIEVES.get(language), this::isSlang);
    }

    /** M2: whether a message's first line opens with a greeting of this language, in any case. */
    boolean opensWithGreeting(String body) {
        for (String greeting : greetings()) {
            if (Words.startsWithIgnoringCase(body, greeting)) {
                return true;
            }
        }
        return false;
    }

    /** French formal letters greet by form of address alone ("Madame,"), which names the recipient enough. */
    boolean greetsByFormOfAddressAlone(String body) {
        return language == Language.FRENCH
                && (Words.startsWithIgnoringCase(body, "madame,") || Words.startsWithIgnoringCase(body, "monsieur,"));
    }

    private String[] greetings() {
        return GREETINGS.get(language);
    }

    /** M2: whether the end of a message holds a sign-off of this language. */
    boolean hasSignOff(String ending) {
        for (String signOff : signOffs()) {
            if (Words.containsIgnoringCase(ending, signOff)) {
                return true;
            }
        }
        return false;
    }

    private String[] signOffs() {
        return SIGN_OFFS.get(language);
    }
}
