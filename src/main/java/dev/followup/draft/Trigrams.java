package dev.followup.draft;

import java.util.Arrays;

/**
 * The word trigrams of a text (M4), each as a 64-bit number made of its three words' hashes in order
 * ({@link Words#hashesOf}). Two different trigrams get the same number with a chance of about 2^-61:
 * never, for texts of a few hundred words, and no word is cut out of the text to get there.
 */
final class Trigrams {

    /** Odd, with well-spread bits: it keeps the three words' places apart ("a b c" is not "c b a"). */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private Trigrams() {
    }

    /** The text's distinct trigrams, sorted. */
    static long[] of(String text) {
        long[] words = Words.hashesOf(text);
        if (words.length < 3) {
            return new long[0];
        }
        long[] grams = new long[words.length - 2];
        for (int i = 0; i < grams.length; i++) {
            grams[i] = (words[i] * MIX + words[i + 1]) * MIX + words[i + 2];
        }
        Arrays.sort(grams);
        int distinct = 0;
        for (long gram : grams) {
            if (distinct == 0 || grams[distinct - 1] != gram) {
                grams[distinct++] = gram;
            }
        }
        return Arrays.copyOf(grams, distinct);
    }

    /** Jaccard of two sorted sets of trigrams: a merge, no hashing of strings. */
    static double similarity(long[] left, long[] right) {
        if (left.length == 0 || right.length == 0) {
            return 0;
        }
        int common = 0;
        for (int l = 0, r = 0; l < left.length && r < right.length;) {
            if (left[l] == right[r]) {
                common++;
                l++;
                r++;
            } else if (left[l] < right[r]) {
                l++;
            } else {
                r++;
            }
        }
        return (double) common / (left.length + right.length - common);
    }
}
