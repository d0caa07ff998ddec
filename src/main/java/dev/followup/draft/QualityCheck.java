package dev.followup.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.followup.interview.Channel;
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

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{[^}]*}|\\[[A-Za-z ]{2,30}]|<[A-Za-z ]{2,30}>|\\bNOT_FOUND\\b|\\bTODO\\b|\\bXXX\\b|\\bTBD\\b|\\bLorem ipsum\\b");
    private static final Pattern EMOJI = Pattern.compile("[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{FE0F}]");
    private static final Set<String> SLANG = Set.of("gonna", "wanna", "gotta", "thx", "thanx", "pls", "plz", "lol",
            "omg", "btw", "tbh", "imo", "ya", "yeah", "yep", "nope", "cool", "awesome", "super", "stoked", "dude",
            "hey", "cheers", "u", "ur", "cuz", "kinda", "sorta");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private QualityCheck() {
    }

    /**
     * @param interviewerName who it is addressed to, if anyone (M2, M9)
     * @param topics          what was discussed; a draft should mention one (M9)
     * @param candidateEmail  contact details the closing should carry (M2); null when unknown
     * @param userSupplied    text the candidate or ATS typed (topics, skills, signature): checked for emojis and slang
     * @param siblings        the bodies of the other interviewers' drafts of the same item type (M4)
     */
    public static QualityReport check(FollowUpType type, Channel channel, String subject, String body,
            String interviewerName, List<String> topics, String candidateEmail, List<String> userSupplied,
            List<String> siblings) {
        List<QualityIssue> issues = new ArrayList<>();
        String text = (subject == null ? "" : subject + "\n") + body;
        var placeholder = PLACEHOLDER.matcher(text);
        if (placeholder.find()) {
            issues.add(QualityIssue.error("unfilled_field", "M6", "\"" + placeholder.group()
                    + "\" looks like a field that was never filled in: replace it with the real text."));
        }
        if (interviewerName != null && !interviewerName.isBlank() && type != FollowUpType.MOVE_ON
                && channel != Channel.PHONE && !mentionsName(body, interviewerName)) {
            issues.add(QualityIssue.error("generic", "M9", "The message does not address " + interviewerName
                    + " by name: a greeting without a name reads like a mass mailing."));
        }
        boolean topicExpected = type == FollowUpType.THANK_YOU;
        if (topicExpected && (topics.isEmpty() || topics.stream().noneMatch(t -> containsIgnoringCase(body, t)))) {
            issues.add(QualityIssue.warning("generic", "M9", topics.isEmpty()
                    ? "No topic of the interview is known, so the message mentions nothing specific: add the "
                            + "topics you discussed to the interview."
                    : "No topic of the interview is mentioned: add one detail you discussed, so the message "
                            + "could not have been sent to anyone."));
        }
        if ((channel == Channel.EMAIL) && candidateEmail != null && !containsIgnoringCase(body, candidateEmail)) {
            issues.add(QualityIssue.warning("missing_contact", "M2",
                    "The closing lacks your contact details: add your email address under your name."));
        }
        Integer limit = limitOf(channel);
        if (limit != null && body.length() > limit) {
            issues.add(QualityIssue.error("too_long", "M6", "The text is " + body.length() + " characters; "
                    + channelName(channel) + " allows " + limit + ". Shorten it."));
        }
        if (subject != null && subject.length() > SUBJECT_LIMIT) {
            issues.add(QualityIssue.warning("too_long", "M6", "The subject is " + subject.length()
                    + " characters; keep it under " + SUBJECT_LIMIT + " so that it shows in full."));
        }
        List<String> sources = new ArrayList<>(userSupplied);
        sources.add(text);
        for (String source : sources) {
            if (source != null && EMOJI.matcher(source).find()) {
                issues.add(QualityIssue.error("emoji", "M6", "\"" + shorten(source)
                        + "\" contains an emoji: leave emojis out of a professional message."));
                break;
            }
        }
        for (String source : sources) {
            String slang = slangIn(source);
            if (slang != null) {
                issues.add(QualityIssue.warning("slang", "M6", "\"" + slang + "\" is casual: prefer plain, "
                        + "professional wording."));
                break;
            }
        }
        long exclamations = text.chars().filter(c -> c == '!').count();
        if (exclamations > 1) {
            issues.add(QualityIssue.warning("exclamation", "M6", exclamations
                    + " exclamation marks: keep at most one, or none."));
        }
        if (type == FollowUpType.THANK_YOU && body.contains("?")) {
            issues.add(QualityIssue.warning("question_in_thank_you", "M3",
                    "A thank-you asks no new questions about the job: save them for a status check."));
        }
        for (String sibling : siblings) {
            double overlap = similarity(body, sibling);
            if (overlap > TOO_SIMILAR) {
                issues.add(QualityIssue.error("too_similar", "M4", String.format(Locale.ROOT,
                        "%.0f%% of this text repeats the draft for another interviewer of the same interview: "
                                + "word each message differently.",
                        overlap * 100)));
                break;
            }
        }
        issues.sort(Comparator.comparing(QualityIssue::severity));
        boolean ready = issues.stream().noneMatch(i -> i.severity().equals("error"));
        return new QualityReport(ready, body.length(), limit, List.copyOf(issues));
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
        Set<String> left = trigrams(a);
        Set<String> right = trigrams(b);
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(left);
        common.retainAll(right);
        Set<String> all = new HashSet<>(left);
        all.addAll(right);
        return (double) common.size() / all.size();
    }

    private static Set<String> trigrams(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 < words.size(); i++) {
            grams.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
        }
        return grams;
    }

    private static boolean mentionsName(String body, String name) {
        for (String part : name.strip().split("\\s+")) {
            if (part.length() > 1 && containsIgnoringCase(body, part)) {
                return true;
            }
        }
        return false;
    }

    private static String slangIn(String text) {
        if (text == null) {
            return null;
        }
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            if (SLANG.contains(matcher.group())) {
                return matcher.group();
            }
        }
        return null;
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.strip().toLowerCase(Locale.ROOT));
    }

    private static String channelName(Channel channel) {
        return switch (channel) {
            case LINKEDIN -> "a LinkedIn connection note";
            case HANDWRITTEN_NOTE -> "a handwritten card";
            case EMAIL -> "a short email";
            case PHONE -> "a phone call's talking points";
        };
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
