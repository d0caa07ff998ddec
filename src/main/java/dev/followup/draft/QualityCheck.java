package dev.followup.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.schedule.FollowUpType;

/**
 * Reads a draft, generated or edited by the candidate, as a careful recipient would: M3, M4, M6 and
 * M9. Pure: the text and the facts in, a report out.
 */
public final class QualityCheck {

    /** LinkedIn's limit for a connection note. */
    static final int LINKEDIN_NOTE_LIMIT = 300;
    /** A handwritten card holds a few lines. */
    static final int HANDWRITTEN_LIMIT = 600;
    /** M6: short, which for an email means it fits on one screen. */
    static final int EMAIL_LIMIT = 1500;
    static final int PHONE_LIMIT = 900;
    static final int SUBJECT_LIMIT = 78;
    /** M4: word-trigram overlap above which two drafts read as the same copy. */
    static final double TOO_SIMILAR = 0.5;
    /** How many last lines a sign-off is looked for in: the closing block with name and contact lines. */
    static final int SIGN_OFF_LINES = 8;

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{[^}]*}|\\[[\\p{L} ]{2,30}]|<[\\p{L} ]{2,30}>|\\bNOT_FOUND\\b|\\bTODO\\b|\\bXXX\\b|\\bTBD\\b|\\bLorem ipsum\\b");
    private static final Pattern EMOJI = Pattern.compile("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}]");
    /**
     * What a placeholder must contain: a text without any of these cannot match {@link #PLACEHOLDER}, and
     * finding that out by {@code indexOf} spares a regex trying every alternative at every position.
     */
    private static final List<String> PLACEHOLDER_MARKS = List.of("{", "[", "<", "NOT_FOUND", "TODO", "XXX", "TBD",
            "Lorem ipsum");

    private QualityCheck() {
    }

    /** How much an issue matters; in the order a report lists them. */
    enum Severity {
        /** Fix before sending: the draft is not ready. */
        ERROR,
        /** Worth a second look. */
        WARNING;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What kind of issue, and the message rule it comes from. */
    enum IssueCode {
        UNFILLED_FIELD("M6"), GENERIC("M9"), MISSING_GREETING("M2"), MISSING_CLOSING("M2"), MISSING_CONTACT("M2"),
        TOO_LONG("M6"), EMOJI("M6"), SLANG("M6"),
        EXCLAMATION("M6"), QUESTION_IN_THANK_YOU("M3"), TOO_SIMILAR("M4");

        final String rule;

        IssueCode(String rule) {
            this.rule = rule;
        }

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The text to read: what kind of message it is, where it goes, and its words. */
    record Text(FollowUpType type, Channel channel, String subject, String body, Language language) {

        /** An English text. */
        Text(FollowUpType type, Channel channel, String subject, String body) {
            this(type, channel, subject, body, Language.ENGLISH);
        }

        static Text of(Draft draft, Language language) {
            return new Text(draft.type(), draft.channel(), draft.subject(), draft.body(), language);
        }
    }

    private record Finding(IssueCode code, Severity severity, String message) {

        QualityIssue toIssue() {
            return new QualityIssue(code.wireName(), code.rule, severity.wireName(), message);
        }
    }

    /** Reads a text on its own, knowing nothing of the interview it may be about. */
    static QualityReport check(Text text) {
        return check(text, null, List.of());
    }

    /**
     * @param facts    what the text is about (recipient, topics, the candidate's contact details and
     *                 what they typed), or null when it is read on its own
     * @param siblings the bodies of the other interviewers' drafts of the same item type (M4)
     */
    static QualityReport check(Text text, DraftFacts facts, List<String> siblings) {
        List<Finding> findings = new ArrayList<>();
        FollowUpType type = text.type();
        Channel channel = text.channel();
        String subject = text.subject();
        String body = text.body();
        String interviewerName = facts == null ? null : facts.interviewerName();
        List<String> topics = facts == null ? List.of() : facts.topics();
        String candidateEmail = facts == null ? null : facts.candidate().email();
        QualityWording wording = QualityWording.of(text.language());
        String stripped = body.strip(); // read ignoring case where it matters, never copied in lower case
        String whole = (subject == null ? "" : subject + "\n") + body;
        var placeholder = PLACEHOLDER.matcher(whole);
        if (PLACEHOLDER_MARKS.stream().anyMatch(whole::contains) && placeholder.find()) {
            findings.add(
                    new Finding(IssueCode.UNFILLED_FIELD, Severity.ERROR, wording.unfilledField(placeholder.group())));
        }
        if (interviewerName != null && !interviewerName.isBlank() && type != FollowUpType.MOVE_ON
                && channel != Channel.PHONE && !mentionsName(stripped, interviewerName)
                && !wording.greetsByFormOfAddressAlone(stripped)) {
            findings.add(new Finding(IssueCode.GENERIC, Severity.ERROR, wording.notAddressedByName(interviewerName)));
        }
        boolean letter = type != FollowUpType.MOVE_ON && channel != Channel.PHONE;
        if (letter && !wording.opensWithGreeting(stripped)) {
            findings.add(new Finding(IssueCode.MISSING_GREETING, Severity.WARNING, wording.missingGreeting()));
        }
        if (letter && channel != Channel.LINKEDIN && !signsOff(wording, stripped, facts)) {
            findings.add(new Finding(IssueCode.MISSING_CLOSING, Severity.WARNING, wording.missingClosing()));
        }
        boolean topicExpected = type == FollowUpType.THANK_YOU;
        if (topicExpected
                && (topics.isEmpty()
                        || topics.stream().noneMatch(t -> Words.containsIgnoringCase(stripped, t.strip())))) {
            findings.add(new Finding(IssueCode.GENERIC, Severity.WARNING,
                    topics.isEmpty() ? wording.noTopicKnown() : wording.noTopicMentioned()));
        }
        if (channel == Channel.EMAIL && candidateEmail != null
                && !Words.containsIgnoringCase(stripped, candidateEmail.strip())) {
            findings.add(new Finding(IssueCode.MISSING_CONTACT, Severity.WARNING, wording.missingContact()));
        }
        Integer limit = limitOf(channel);
        if (limit != null && body.length() > limit) {
            findings.add(
                    new Finding(IssueCode.TOO_LONG, Severity.ERROR, wording.tooLong(body.length(), channel, limit)));
        }
        if (subject != null && subject.length() > SUBJECT_LIMIT) {
            findings.add(new Finding(IssueCode.TOO_LONG, Severity.WARNING,
                    wording.subjectTooLong(subject.length(), SUBJECT_LIMIT)));
        }
        List<String> sources = new ArrayList<>(userSupplied(facts));
        sources.add(whole);
        for (String source : sources) {
            if (mayHoldEmoji(source) && EMOJI.matcher(source).find()) {
                findings.add(new Finding(IssueCode.EMOJI, Severity.ERROR, wording.emoji(shorten(source))));
                break;
            }
        }
        for (String source : sources) {
            String slang = wording.slangIn(source);
            if (slang != null) {
                findings.add(new Finding(IssueCode.SLANG, Severity.WARNING, wording.slang(slang)));
                break;
            }
        }
        int exclamations = count(whole, '!');
        if (exclamations > 1) {
            findings.add(new Finding(IssueCode.EXCLAMATION, Severity.WARNING, wording.exclamations(exclamations)));
        }
        if (type == FollowUpType.THANK_YOU && body.contains("?")) {
            findings.add(new Finding(IssueCode.QUESTION_IN_THANK_YOU, Severity.WARNING, wording.questionInThankYou()));
        }
        long[] own = siblings.isEmpty() ? null : Trigrams.of(body); // read once, whatever the siblings
        for (String sibling : siblings) {
            double overlap = Trigrams.similarity(own, Trigrams.of(sibling));
            if (overlap > TOO_SIMILAR) {
                findings.add(new Finding(IssueCode.TOO_SIMILAR, Severity.ERROR, wording.tooSimilar(overlap)));
                break;
            }
        }
        findings.sort(Comparator.comparing(Finding::severity)); // stable: errors first, each in reading order
        boolean ready = findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
        return new QualityReport(ready, body.length(), limit, findings.stream().map(Finding::toIssue).toList(),
                text.language());
    }

    /** M6: what the candidate or the ATS typed (topics, skills, signature) is read for emojis and slang too. */
    private static List<String> userSupplied(DraftFacts facts) {
        if (facts == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(facts.topics());
        texts.addAll(facts.skills());
        if (facts.candidate().signature() != null) {
            texts.add(facts.candidate().signature());
        }
        return texts;
    }

    /** Whether a character could start an emoji ({@link #EMOJI} begins at U+2600): most texts have none. */
    private static boolean mayHoldEmoji(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u2600') {
                return true;
            }
        }
        return false;
    }

    static Integer limitOf(Channel channel) {
        return switch (channel) {
            case LINKEDIN -> LINKEDIN_NOTE_LIMIT;
            case HANDWRITTEN_NOTE -> HANDWRITTEN_LIMIT;
            case EMAIL -> EMAIL_LIMIT;
            case PHONE -> PHONE_LIMIT;
        };
    }

    /** Share of word trigrams two texts have in common (Jaccard), from 0 to 1. */
    static double similarity(String a, String b) {
        return Trigrams.similarity(Trigrams.of(a), Trigrams.of(b));
    }

    private static boolean mentionsName(String text, String name) {
        for (int start = 0, end; start < name.length(); start = end + 1) {
            end = endOfWord(name, start);
            if (end - start > 1 && Words.containsIgnoringCase(text, name.substring(start, end))) {
                return true;
            }
        }
        return false;
    }

    /** Where the run of characters other than {@code \s} (ASCII white space) from {@code start} ends. */
    private static int endOfWord(String text, int start) {
        int end = start;
        while (end < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    private static int count(String text, char c) {
        int count = 0;
        for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
            count++;
        }
        return count;
    }

    /**
     * M2: a letter ends with a sign-off (or the candidate's own signature) above the name; read in its last
     * lines, so that a "thank you" in the text does not count.
     */
    private static boolean signsOff(QualityWording wording, String text, DraftFacts facts) {
        int start = text.length();
        for (int line = 0; line < SIGN_OFF_LINES && start > 0; line++) {
            start = text.lastIndexOf('\n', start - 1);
        }
        String ending = text.substring(Math.max(0, start));
        String signature = facts == null ? null : facts.candidate().signature();
        return wording.hasSignOff(ending) || signature != null && !signature.isBlank()
                && Words.containsIgnoringCase(text, signature.strip());
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
