package dev.followup.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Cuts text into words, as the quality check reads them (slang, M4's trigrams). */
final class Words {

    /** 1,024 bits: a few dozen sought words leave most other words' hashes out. */
    private static final int SIEVE_LONGS = 16;

    private Words() {
    }

    /** The text's words in lower case: runs of letters (any script) and apostrophes. */
    static List<String> of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lower.length();) {
            int c = lower.codePointAt(i);
            boolean inWord = Character.isLetter(c) || c == '\'';
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(lower.substring(start));
        }
        return words;
    }

    /**
     * The first word, cut as {@link #of} does, whose lower-case form the test accepts, or null. Only
     * words whose lower-case hash ({@link String#hashCode}) falls into the {@code sieve} are cut out,
     * lower-cased and tested: looking for a few words in a text allocates nothing for the others.
     */
    static String firstOf(String text, long[] sieve, Predicate<String> test) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = codePointAt(text, i);
            if (lowerCaseOf(c) < 0) { // between words
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int hash = 0;
            for (int lower; i < length && (lower = lowerCaseOf(c = codePointAt(text, i))) >= 0;) {
                hash = 31 * hash + lower;
                i += Character.charCount(c);
            }
            if (inSieve(sieve, hash)) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (test.test(word)) {
                    return word;
                }
            }
        }
        return null;
    }

    /**
     * Whether the text holds the needle, ignoring case as {@link String#regionMatches(boolean, int, String,
     * int, int)} does: tried only where the needle's first character stands, found by {@link String#indexOf(int)}
     * in either case, so the text is never copied in lower case.
     */
    static boolean containsIgnoringCase(String text, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        char lower = Character.toLowerCase(needle.charAt(0));
        char upper = Character.toUpperCase(needle.charAt(0));
        int last = text.length() - needle.length();
        int nextLower = text.indexOf(lower);
        int nextUpper = lower == upper ? -1 : text.indexOf(upper);
        while (nextLower >= 0 || nextUpper >= 0) {
            int at;
            if (nextUpper < 0 || nextLower >= 0 && nextLower < nextUpper) {
                at = nextLower;
                nextLower = text.indexOf(lower, at + 1);
            } else {
                at = nextUpper;
                nextUpper = text.indexOf(upper, at + 1);
            }
            if (at > last) {
                return false;
            }
            if (text.regionMatches(true, at, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text starts with the prefix, ignoring case. */
    static boolean startsWithIgnoringCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** {@link String#codePointAt}, with the surrogate checks only for characters that can be surrogates. */
    private static int codePointAt(String text, int i) {
        char c = text.charAt(i);
        return c < Character.MIN_SURROGATE ? c : text.codePointAt(i);
    }

    /**
     * A character of a word in lower case (an apostrophe as it is), or -1 for one between words. Letters
     * outside the Basic Multilingual Plane are kept as they are: no sought word holds one, and the test
     * decides. ASCII, the common case, needs no table.
     */
    private static int lowerCaseOf(int c) {
        if (c < 0x80) {
            int lower = c | 0x20;
            return lower >= 'a' && lower <= 'z' ? lower : c == '\'' ? c : -1;
        }
        return !Character.isLetter(c) ? -1 : c > 0xFFFF ? c : Character.toLowerCase(c);
    }

    /** The sieve {@link #firstOf} looks for these lower-case words with: a bit per hash, modulo its size. */
    static long[] sieveOf(Collection<String> lowerCaseWords) {
        long[] sieve = new long[SIEVE_LONGS];
        for (String word : lowerCaseWords) {
            int bit = word.hashCode() & (SIEVE_LONGS * Long.SIZE - 1);
            sieve[bit >>> 6] |= 1L << bit;
        }
        return sieve;
    }

    private static boolean inSieve(long[] sieve, int hash) {
        int bit = hash & (sieve.length * Long.SIZE - 1);
        return (sieve[bit >>> 6] & 1L << bit) != 0;
    }
}
