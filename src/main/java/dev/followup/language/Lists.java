package dev.followup.language;

import java.util.List;

/** A list read as a sentence in one language: "A, B and C", "A, B und C", "A, B et C", "A, B y C". Pure. */
public final class Lists {

    private Lists() {
    }

    /** No comma before the conjunction in any of the four; Spanish "y" becomes "e" before the sound /i/. */
    public static String joined(List<String> items, Language language) {
        if (items.isEmpty()) {
            return "";
        }
        int last = items.size() - 1;
        if (last == 0) {
            return items.get(0);
        }
        String next = items.get(last);
        return String.join(", ", items.subList(0, last)) + " " + and(language, next) + " " + next;
    }

    private static String and(Language language, String next) {
        return switch (language) {
            case ENGLISH -> "and";
            case GERMAN -> "und";
            case FRENCH -> "et";
            case SPANISH -> startsWithSoundI(next, language) ? "e" : "y";
        };
    }

    /** i-, í-, hi-, hí-, but not hi- before a vowel (hielo, hiato: a glide, so "y") (RAE). */
    static boolean startsWithSoundI(String word, Language language) {
        String lower = word.strip().toLowerCase(language.locale());
        if (lower.startsWith("i") || lower.startsWith("í") || lower.startsWith("hí")) {
            return true;
        }
        return lower.startsWith("hi") && (lower.length() == 2 || "aeiouáéóú".indexOf(lower.charAt(2)) < 0);
    }
}
