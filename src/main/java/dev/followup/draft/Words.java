package dev.followup.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Cuts text into words, as the quality check reads them (slang, M4's trigrams). */
final class Words {

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
}
