package dev.followup.draft;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Predicate;

/** Cuts text into words, as the quality check reads them (slang, M4's trigrams). */
final class Words {

    /** 1,024 bits: a few dozen sought words leave most other words' hashes out. */
    private static final int SIEVE_LONGS = 16;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** {@link #lowerCaseOf} for the first 256 characters, where all of English, German, French and Spanish is. */
    private static final int[] LATIN_1 = new int[256];

    static {
        for (int c = 0; c < LATIN_1.length; c++) {
            LATIN_1[c] = c == '\'' ? c : Character.isLetter(c) ? Character.toLowerCase(c) : -1;
        }
    }

    private Words() {
    }

    /**
     * The hashes of the text's words in order: a word is a run of letters (any script) and apostrophes,
     * hashed as {@link #hashOf} hashes it in lower case. Nothing is allocated per word, which is what makes
     * M4's trigrams cost the same per character in every language.
     */
    static long[] hashesOf(String text) {
        long[] hashes = new long[text.length() / 4 + 1];
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length;) {
            int c = codePointAt(text, i);
            int lower = lowerCaseOf(c);
            if (lower < 0) { // between words
                i += Character.charCount(c);
                continue;
            }
            long hash = FNV_OFFSET;
            do {
                hash = (hash ^ lower) * FNV_PRIME;
                i += Character.charCount(c);
            } while (i < length && (lower = lowerCaseOf(c = codePointAt(text, i))) >= 0);
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * count);
            }
            hashes[count++] = hash;
        }
        return count == hashes.length ? hashes : Arrays.copyOf(hashes, count);
    }

    /** A word's 64-bit hash (FNV-1a over its characters in lower case): equal for equal words in any case. */
    static long hashOf(String word) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < word.length();) {
            int c = word.codePointAt(i);
            int lower = lowerCaseOf(c);
            hash = (hash ^ (lower < 0 ? c : lower)) * FNV_PRIME;
            i += Character.charCount(c);
        }
        return hash;
    }

    /**
     * The first word, cut as {@link #hashesOf} cuts them, whose lower-case form the test accepts, or null. Only
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
     * A character of a word in lower case (an apostrophe as it is), or -1 for one between words: a code
     * point, in any plane. Latin-1, the common case in every language served, is a table.
     */
    private static int lowerCaseOf(int c) {
        if (c < LATIN_1.length) {
            return LATIN_1[c];
        }
        return Character.isLetter(c) ? Character.toLowerCase(c) : -1;
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
