package dev.followup.draft;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import dev.followup.interview.Channel;
import dev.followup.schedule.FollowUpType;

/**
 * Writes the first draft of a follow-up message (M1 to M8). Pure: it picks the template variant,
 * the topic and the wording from the facts alone, so the same request always gives the same draft,
 * and hands rendering to the given template renderer.
 */
public final class DraftWriter {

    /** How many differently worded templates each type and channel has (M4). */
    public static final int VARIANTS = 3;
    /**
     * Messages that go to every interviewer of one interview have as many wordings as an interview can
     * have interviewers, so that no two of them get the same copy (M4).
     */
    public static final int SIBLING_VARIANTS = 10;
    /** The last resort of a message that must fit its channel: shortened text ends with this. */
    static final String ELLIPSIS = "\u2026";
    // Compiled once: String.replaceAll compiles its pattern on every call, and a draft renders up to a few times.
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

    private final BiFunction<String, Map<String, Object>, String> renderer;

    /**
     * @param renderer renders a template by id (such as {@code drafts/en/thank_you/email-1}) with its data
     */
    public DraftWriter(BiFunction<String, Map<String, Object>, String> renderer) {
        this.renderer = renderer;
    }

    /** The channels a draft of this type can be written for (R3, R13). */
    public static Set<Channel> channelsFor(FollowUpType type) {
        return switch (type) {
            case THANK_YOU -> EnumSet.of(Channel.EMAIL, Channel.HANDWRITTEN_NOTE);
            case STATUS_CHECK, REJECTION_FEEDBACK -> EnumSet.of(Channel.EMAIL);
            case FINAL_FOLLOW_UP -> EnumSet.of(Channel.EMAIL, Channel.PHONE);
            case LINKEDIN_CONNECTION -> EnumSet.of(Channel.LINKEDIN);
            case MOVE_ON -> EnumSet.noneOf(Channel.class);
        };
    }

    /** How many wordings a type has on a channel: one per possible interviewer where each gets their own (M4). */
    public static int variantsOf(FollowUpType type, Channel channel) {
        return type == FollowUpType.THANK_YOU || type == FollowUpType.LINKEDIN_CONNECTION ? SIBLING_VARIANTS : VARIANTS;
    }

    /** M4: interviewers of one interview get different variants; interviews differ by their seed. */
    static int variantOf(DraftFacts facts) {
        int variants = variantsOf(facts.type(), facts.channel());
        // The seed first, so that a seed near Long.MAX_VALUE cannot overflow into another interviewer's variant.
        return Math.floorMod(Math.floorMod(facts.seed(), variants) + facts.interviewerIndex(), variants) + 1;
    }

    /** M2, M4: something specific, and a different topic for each interviewer where there are several. */
    static String topicOf(DraftFacts facts) {
        List<String> topics = facts.topics();
        return topics.isEmpty() ? null : topics.get(facts.interviewerIndex() % topics.size());
    }

    public Draft write(DraftFacts facts) {
        Draft draft = writeWithoutLink(facts);
        return facts.channel() == Channel.EMAIL
                ? new Draft(draft.type(), draft.channel(), draft.tone(), draft.variant(), draft.subject(), draft.body(),
                        Mailto.of(facts.interviewerEmail(), draft.subject(), draft.body()))
                : draft;
    }

    /** The draft's text only (M4: what another interviewer's draft is compared with), without its mailto link. */
    public String bodyOf(DraftFacts facts) {
        return writeWithoutLink(facts).body();
    }

    private Draft writeWithoutLink(DraftFacts facts) {
        int variant = variantOf(facts);
        String template = "drafts/" + facts.language().tag() + "/" + wire(facts.type().name()) + "/"
                + wire(facts.channel().name()) + "-" + variant;
        Map<String, Object> data = data(facts);
        int limit = QualityCheck.limitOf(facts.channel());
        Rendered text = render(template, data, facts.channel());
        // A channel's limit is kept, never stretched: leave details out, then shorten the names, until it fits.
        if (text.body().length() > limit && Boolean.TRUE.equals(data.get("hasTopic"))) {
            data.put("hasTopic", false);
            text = render(template, data, facts.channel());
        }
        if (text.body().length() > limit && Boolean.TRUE.equals(data.get("hasSkills"))) {
            data.put("hasSkills", false);
            text = render(template, data, facts.channel());
        }
        if (text.body().length() > limit) {
            shortenNames(data, facts, Integer.MAX_VALUE);
            text = render(template, data, facts.channel());
        }
        for (int cap = 60; text.body().length() > limit && cap >= 4; cap = cap * 2 / 3) {
            shortenNames(data, facts, cap);
            text = render(template, data, facts.channel());
        }
        String body = text.body();
        if (body.length() > limit && facts.channel() == Channel.LINKEDIN) {
            body = body.substring(0, limit - ELLIPSIS.length()).strip() + ELLIPSIS; // LinkedIn refuses longer notes
        }
        return new Draft(facts.type(), facts.channel(), facts.tone(), variant, text.subject(), body, null);
    }

    /** A rendered template: the subject line of an email (null for other channels) and the text. */
    private record Rendered(String subject, String body) {
    }

    private Rendered render(String template, Map<String, Object> data, Channel channel) {
        String text = renderer.apply(template, data).strip().replace("\r\n", "\n");
        String subject = null;
        String body = text;
        if (channel == Channel.EMAIL && text.startsWith("Subject:")) {
            int end = text.indexOf('\n');
            // A subject is one header line: nothing in it may start another.
            subject = CONTROL.matcher(text.substring("Subject:".length(), end)).replaceAll(" ").strip();
            body = text.substring(end + 1).strip();
        }
        return new Rendered(subject, body.contains("\n\n\n") ? BLANK_LINES.matcher(body).replaceAll("\n\n") : body);
    }

    /**
     * First names instead of full ones; with a {@code cap}, every name, the company and the role cut to
     * that many characters.
     */
    private static void shortenNames(Map<String, Object> data, DraftFacts facts, int cap) {
        boolean warm = facts.tone() == Tone.WARM;
        String first = shorten(firstWordOf(facts.interviewerName()), cap);
        String family = shorten(DraftConventions.familyNameOf(facts.interviewerName()), cap);
        data.put("name", first);
        data.put("first", first);
        // Formally, the family name alone stays where a form of address carries it; otherwise the first name.
        data.put("greeting", DraftConventions.of(facts.language()).greeting(facts.salutation(), warm, first, first,
                family));
        data.put("candidate", shorten(firstWordOf(facts.candidate().name()), cap));
        data.put("company", shorten(facts.company(), cap));
        data.put("role", shorten(facts.jobTitle(), cap));
        data.put("deRole", DraftConventions.deBefore(shorten(facts.jobTitle(), cap)));
    }

    static String firstWordOf(String name) {
        String stripped = name == null ? "" : name.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? stripped : stripped.substring(0, space);
    }

    static String shorten(String text, int cap) {
        String value = text == null ? "" : text.strip();
        return value.length() <= cap ? value : value.substring(0, Math.max(1, cap - 1)).strip() + ELLIPSIS;
    }

    static Map<String, Object> data(DraftFacts facts) {
        DraftConventions conventions = DraftConventions.of(facts.language());
        boolean warm = facts.tone() == Tone.WARM;
        String name = facts.interviewerName() == null ? "" : facts.interviewerName().strip();
        String first = firstWordOf(name);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("warm", warm);
        data.put("name", name);
        data.put("first", first);
        data.put("greeting", conventions.greeting(facts.salutation(), warm, name, first));
        data.put("company", facts.company());
        data.put("role", facts.jobTitle());
        data.put("deRole", DraftConventions.deBefore(facts.jobTitle()));
        String topic = topicOf(facts);
        data.put("hasTopic", topic != null);
        data.put("topic", topic == null ? "" : topic);
        data.put("hasSkills", !facts.skills().isEmpty());
        data.put("skills", conventions.joined(facts.skills().stream().limit(2).toList()));
        data.put("focus", conventions.focus(facts.round()));
        data.put("day", conventions.weekday(facts.interviewDay()));
        data.put("date", conventions.date(facts.interviewDay()));
        data.put("hasDecision", facts.decisionDate() != null);
        data.put("decision", conventions.date(facts.decisionDate()));
        data.put("candidate", facts.candidate().name());
        data.put("closing", closing(facts.candidate(), conventions.closing(warm)));
        data.put("shortClosing", shortClosing(facts.candidate(), conventions.cardClosing(warm)));
        data.put("contact", firstGiven(facts.candidate().phone(), facts.candidate().email()));
        return data;
    }

    /** M2: a polite close with the candidate's contact details; their own signature replaces the phrase and name. */
    static String closing(DraftFacts.Contact candidate, String phrase) {
        List<String> lines = new ArrayList<>();
        String signature = candidate.signature();
        if (signature != null && !signature.isBlank()) {
            lines.add(signature.strip());
        } else {
            lines.add(phrase);
            lines.add(candidate.name());
        }
        for (String contact : new String[]{candidate.email(), candidate.phone(), candidate.linkedInUrl()}) {
            if (contact != null && !contact.isBlank() && (signature == null || !signature.contains(contact))) {
                lines.add(contact.strip());
            }
        }
        return String.join("\n", lines);
    }

    /** A handwritten note closes with the name and an email address; the card has no room for more. */
    static String shortClosing(DraftFacts.Contact candidate, String phrase) {
        String email = candidate.email() == null || candidate.email().isBlank() ? "" : "\n" + candidate.email().strip();
        return phrase + "\n" + candidate.name() + email;
    }

    private static String firstGiven(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    private static String wire(String enumName) {
        return enumName.toLowerCase(Locale.ROOT);
    }
}
