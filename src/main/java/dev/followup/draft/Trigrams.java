package dev.followup.draft;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word trigrams of texts compared with one another, each as a number: the texts' words get ids in
 * order of first sight, shared by every text read through the same instance, and a trigram packs its
 * three ids, so equal trigrams are equal numbers and unequal ones unequal (exact, unlike a hash).
 */
final class Trigrams {

    private static final int ID_BITS = 21;
    private final Map<String, Integer> ids = new HashMap<>();

    /** The text's distinct trigrams, sorted. */
    long[] of(String text) {
        List<String> words = Words.of(text);
        if (words.size() < 3) {
            return new long[0];
        }
        long[] grams = new long[words.size() - 2];
        long first = idOf(words.get(0));
        long second = idOf(words.get(1));
        for (int i = 2; i < words.size(); i++) {
            long third = idOf(words.get(i));
            grams[i - 2] = first << (2 * ID_BITS) | second << ID_BITS | third;
            first = second;
            second = third;
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

    private long idOf(String word) {
        Integer id = ids.putIfAbsent(word, ids.size());
        if (id == null && ids.size() > 1 << ID_BITS) { // texts are capped far below two million words
            throw new IllegalArgumentException("Too many distinct words to compare");
        }
        return id == null ? ids.size() - 1 : id;
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
