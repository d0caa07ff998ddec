package dev.followup.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.followup.interview.CompanyCulture;
import dev.followup.language.Language;
import dev.followup.personaldata.Redaction;

/**
 * Why an item is planned, as data: what kind of reason, with the names, dates and holidays it cites.
 * Stored with the item in a compact form and worded in the reader's language when read, so that one
 * plan reads in English, German, French or Spanish. Pure.
 *
 * @param arguments names and ISO dates as given, flags as "1" or "0", holidays as Jollyday keys
 */
public record PlanReason(Kind kind, List<String> arguments) {

    /** Starts a stored reason: a control character, which no sentence stored before issue 18 starts with. */
    private static final char MARK = '\u001E';
    private static final String FIELD = "\u001F";
    private static final String ITEM = "\u001D";

    /** The sentences a plan can give; {@link #TEXT} holds one worded in English before issue 18. */
    enum Kind {
        MOVE_ON_AFTER_SILENCE, MOVE_ON_AFTER_ANSWER, MOVE_ON_UNCHASED, MOVE_ON_REGISTERED_LATE, THANK_YOU_WHEN_BACK,
        HANDWRITTEN_THANK_YOU, THANK_YOU_WITHIN_A_DAY, THANK_YOU_BEFORE_WORK_ENDS, THANK_YOU_OUT_OF_HOURS,
        LATE_THANK_YOU, CHECK_AFTER_DECISION_DATE, CHECK_AFTER_THREE_BUSINESS_DAYS, CHECK_AFTER_A_WEEK, LATER_CHECK,
        CHECK_AFTER_ANSWER, LINKEDIN_CONNECTION, REJECTION_FEEDBACK, TEXT
    }

    public PlanReason {
        arguments = List.copyOf(arguments);
    }

    private static PlanReason of(Kind kind, Object... arguments) {
        List<String> values = new ArrayList<>();
        for (Object argument : arguments) {
            if (argument instanceof ReasonWording.Away away) {
                values.add(away.name());
                values.add(away.until().toString());
                values.add(away.back().toString());
            } else if (argument == null) {
                values.addAll(List.of("", "", "")); // no one away: the three fields of an Away, empty
            } else if (argument instanceof Boolean flag) {
                values.add(flag ? "1" : "0");
            } else if (argument instanceof List<?> holidays) {
                values.add(String.join(ITEM, holidays.stream().map(String::valueOf).toList()));
            } else {
                values.add(argument.toString());
            }
        }
        return new PlanReason(kind, values);
    }

    static final PlanReason MOVE_ON_AFTER_SILENCE = of(Kind.MOVE_ON_AFTER_SILENCE);
    static final PlanReason MOVE_ON_AFTER_ANSWER = of(Kind.MOVE_ON_AFTER_ANSWER);
    static final PlanReason MOVE_ON_UNCHASED = of(Kind.MOVE_ON_UNCHASED);
    static final PlanReason MOVE_ON_REGISTERED_LATE = of(Kind.MOVE_ON_REGISTERED_LATE);

    /** @param holidays Jollyday keys of the holidays skipped, as {@link BusinessCalendar#holidaysBetween} gives them */
    static PlanReason thankYouWhenBack(ReasonWording.Away away, boolean handwritten, List<String> holidays) {
        return of(Kind.THANK_YOU_WHEN_BACK, away, handwritten, holidays);
    }

    static PlanReason handwrittenThankYou(CompanyCulture culture, String name, LocalDate lastDay,
            List<String> holidays) {
        return of(Kind.HANDWRITTEN_THANK_YOU, culture.name(), name, lastDay, holidays);
    }

    static PlanReason thankYouWithinADay(String name) {
        return of(Kind.THANK_YOU_WITHIN_A_DAY, name);
    }

    static PlanReason thankYouBeforeWorkEnds(String name, LocalDate day) {
        return of(Kind.THANK_YOU_BEFORE_WORK_ENDS, name, day);
    }

    static PlanReason thankYouOutOfHours(String name) {
        return of(Kind.THANK_YOU_OUT_OF_HOURS, name);
    }

    static PlanReason lateThankYou(LocalDate lastDay) {
        return of(Kind.LATE_THANK_YOU, lastDay);
    }

    static PlanReason checkAfterDecisionDate(LocalDate decision, LocalDate day, List<String> holidays,
            ReasonWording.Away away) {
        return of(Kind.CHECK_AFTER_DECISION_DATE, decision, day, holidays, away);
    }

    static PlanReason checkAfterThreeBusinessDays(String name, List<String> holidays, ReasonWording.Away away) {
        return of(Kind.CHECK_AFTER_THREE_BUSINESS_DAYS, name, holidays, away);
    }

    static PlanReason checkAfterAWeek(String name, List<String> holidays, ReasonWording.Away away) {
        return of(Kind.CHECK_AFTER_A_WEEK, name, holidays, away);
    }

    static PlanReason laterCheck(boolean isFinal, boolean byPhone, String name, LocalDate day) {
        return of(Kind.LATER_CHECK, isFinal, byPhone, name, day);
    }

    static PlanReason checkAfterAnswer(LocalDate nextDecision, LocalDate day) {
        return of(Kind.CHECK_AFTER_ANSWER, nextDecision, day);
    }

    static PlanReason linkedInConnection(String name, boolean profileKnown) {
        return of(Kind.LINKEDIN_CONNECTION, name, profileKnown);
    }

    static PlanReason rejectionFeedback(String name, LocalDate lastDay) {
        return of(Kind.REJECTION_FEEDBACK, name, lastDay);
    }

    /** The stored form: the kind and the arguments, separated by control characters no argument can hold. */
    String encode() {
        if (kind == Kind.TEXT) {
            return arguments.get(0);
        }
        return MARK + kind.name() + (arguments.isEmpty() ? "" : FIELD + String.join(FIELD, arguments));
    }

    /** A stored reason; one stored before issue 18 (or unreadable) is kept as its English text. */
    static PlanReason decode(String stored) {
        if (stored == null || stored.isEmpty() || stored.charAt(0) != MARK) {
            return new PlanReason(Kind.TEXT, List.of(stored == null ? "" : stored));
        }
        String[] parts = stored.substring(1).split(FIELD, -1);
        try {
            return new PlanReason(Kind.valueOf(parts[0]), Arrays.asList(parts).subList(1, parts.length));
        } catch (IllegalArgumentException e) {
            return new PlanReason(Kind.TEXT, List.of(stored.substring(1).replace(FIELD, " ")));
        }
    }

    /** Stands where an erased interviewer's name was (issue 19); worded in the reader's language. */
    static final String ERASED_NAME = "\u0018";

    /** This reason with every argument that holds an erased name replaced: the plan stops naming them. */
    PlanReason without(Redaction redaction) {
        if (kind == Kind.TEXT) {
            return new PlanReason(kind, List.of(redaction.text(arguments.get(0))));
        }
        return new PlanReason(kind, arguments.stream().map(a -> redaction.appearsIn(a) ? ERASED_NAME : a).toList());
    }

    /** The sentence in {@code language}, holiday names included. */
    public String in(Language language) {
        if (arguments.contains(ERASED_NAME)) {
            String erased = switch (language) {
                case GERMAN -> "[Name gelöscht]";
                case FRENCH -> "[nom effacé]";
                case SPANISH -> "[nombre borrado]";
                case ENGLISH -> "[name erased]";
            };
            return new PlanReason(kind, arguments.stream().map(a -> a.equals(ERASED_NAME) ? erased : a).toList())
                    .in(language);
        }
        try {
            return wordedIn(language);
        } catch (RuntimeException e) {
            // A stored reason this version cannot read (hand-edited, say): its values rather than a failure.
            return String.join(" ", arguments);
        }
    }

    private String wordedIn(Language language) {
        ReasonWording words = ReasonWording.of(language);
        return switch (kind) {
            case MOVE_ON_AFTER_SILENCE -> words.moveOnAfterSilence();
            case MOVE_ON_AFTER_ANSWER -> words.moveOnAfterAnswer();
            case MOVE_ON_UNCHASED -> words.moveOnUnchased();
            case MOVE_ON_REGISTERED_LATE -> words.moveOnRegisteredLate();
            case THANK_YOU_WHEN_BACK -> words.thankYouWhenBack(away(0), flag(3), holidays(4, language));
            case HANDWRITTEN_THANK_YOU -> words.handwrittenThankYou(CompanyCulture.valueOf(arguments.get(0)),
                    arguments.get(1), date(2), holidays(3, language));
            case THANK_YOU_WITHIN_A_DAY -> words.thankYouWithinADay(arguments.get(0));
            case THANK_YOU_BEFORE_WORK_ENDS -> words.thankYouBeforeWorkEnds(arguments.get(0), date(1));
            case THANK_YOU_OUT_OF_HOURS -> words.thankYouOutOfHours(arguments.get(0));
            case LATE_THANK_YOU -> words.lateThankYou(date(0));
            case CHECK_AFTER_DECISION_DATE -> words.checkAfterDecisionDate(date(0), date(1), holidays(2, language),
                    away(3));
            case CHECK_AFTER_THREE_BUSINESS_DAYS -> words.checkAfterThreeBusinessDays(arguments.get(0),
                    holidays(1, language), away(2));
            case CHECK_AFTER_A_WEEK -> words.checkAfterAWeek(arguments.get(0), holidays(1, language), away(2));
            case LATER_CHECK -> words.laterCheck(flag(0), flag(1), arguments.get(2), date(3));
            case CHECK_AFTER_ANSWER -> words.checkAfterAnswer(date(0), date(1));
            case LINKEDIN_CONNECTION -> words.linkedInConnection(arguments.get(0), flag(1));
            case REJECTION_FEEDBACK -> words.rejectionFeedback(arguments.get(0), date(1));
            case TEXT -> arguments.get(0);
        };
    }

    /** The language {@link #in} words this reason in: English for one stored in English before issue 18. */
    public Language languageIn(Language asked) {
        return kind == Kind.TEXT ? Language.ENGLISH : asked;
    }

    /** The English sentence: what events and older readers see. */
    public String english() {
        return in(Language.ENGLISH);
    }

    private LocalDate date(int index) {
        return LocalDate.parse(arguments.get(index));
    }

    private boolean flag(int index) {
        return "1".equals(arguments.get(index));
    }

    private ReasonWording.Away away(int index) {
        return arguments.get(index).isEmpty()
                ? null
                : new ReasonWording.Away(arguments.get(index), date(index + 1), date(index + 2));
    }

    private List<String> holidays(int index, Language language) {
        String keys = arguments.get(index);
        return keys.isEmpty()
                ? List.of()
                : Arrays.stream(keys.split(ITEM)).map(key -> PublicHolidays.nameOf(key, language)).toList();
    }
}
