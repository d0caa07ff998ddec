package dev.followup.personaldata;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * An interviewer just erased from a tenant's interviews, as the other features need to find what still
 * names them: the names they were registered under, the rows they were, and the interviews and candidates
 * those rows belonged to.
 *
 * @param email        the address asked for, in lower case (how {@code interviewer.email_key} holds it)
 * @param names        every name the removed rows gave them
 * @param interviewers the ids of the removed interviewer rows (plan items and drafts were addressed by them)
 * @param interviews   the interviews they were removed from
 * @param candidates   the owners of those interviews
 * @param remoteIds    the interviews' ids in their source systems, as {@code source + ':' + remote id}
 */
public record ErasedInterviewer(String tenantId, String email, Set<String> names, Set<UUID> interviewers,
        Set<UUID> interviews, Set<String> candidates, Set<String> remoteIds) {

    /** Parts of names that are also common words, never redacted on their own. */
    private static final Set<String> PARTICLES = Set.of("van", "von", "der", "den", "del", "della", "das", "dos",
            "les", "los", "las", "bin", "ben", "ibn", "mac", "the", "and", "jr.", "sr.");

    public ErasedInterviewer {
        names = Set.copyOf(names);
        interviewers = Set.copyOf(interviewers);
        interviews = Set.copyOf(interviews);
        candidates = Set.copyOf(candidates);
        remoteIds = Set.copyOf(remoteIds);
    }

    /** What stored text may still hold: the email and every name, whole. */
    public Redaction redaction() {
        Set<String> needles = new HashSet<>(names);
        needles.add(email);
        return new Redaction(needles);
    }

    /**
     * {@link #redaction()} and each word of their names too: a letter greets "Maria" or "Ms Lopez", a note
     * says "spoke to Maria", a vendor sends first and last names apart. Only for text about their interviews,
     * where another person of the same name is unlikely.
     */
    public Redaction redactionWordByWord() {
        Set<String> needles = new HashSet<>(names);
        needles.add(email);
        for (String name : names) {
            for (String word : name.split("[\\s,]+")) {
                // Short words and particles ("de", "van", "Li") are too common: they would cut other text.
                if (word.codePoints().filter(Character::isLetter).count() >= 3
                        && !PARTICLES.contains(word.toLowerCase(Locale.ROOT))) {
                    needles.add(word);
                }
            }
        }
        return new Redaction(needles);
    }
}
