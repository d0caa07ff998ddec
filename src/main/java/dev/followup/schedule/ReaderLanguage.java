package dev.followup.schedule;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import dev.followup.identity.Caller;
import dev.followup.language.Language;
import dev.followup.language.LanguageChoice;

/**
 * The language a plan is worded in when the request names none: the candidate's setting on the
 * interview, else on their profile, else English. Asked only then, each row sought by its key.
 */
@ApplicationScoped
public class ReaderLanguage {

    private final EntityManager entityManager;

    ReaderLanguage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** For one interview's items: its own setting, else the profile's (two key seeks, one table each). */
    public Language of(Caller caller, UUID interviewId, Optional<Language> requested) {
        if (requested.isPresent()) {
            return requested.get();
        }
        List<Language> own = entityManager.createQuery("select i.candidateLanguage from Interview i "
                + "where i.tenantId = ?1 and i.id = ?2 and i.ownerId = ?3", Language.class)
                .setParameter(1, caller.tenantId()).setParameter(2, interviewId).setParameter(3, caller.ownerId())
                .getResultList();
        return own.isEmpty() || own.get(0) == null ? profileLanguage(caller) : own.get(0);
    }

    /** For items of many interviews (the agenda, the calendar): the profile's setting. */
    public Language of(Caller caller, Optional<Language> requested) {
        return requested.orElseGet(() -> profileLanguage(caller));
    }

    private Language profileLanguage(Caller caller) {
        return ofOwner(caller.tenantId(), caller.ownerId());
    }

    /** The profile's setting of one candidate, else English. */
    public Language ofOwner(String tenantId, String ownerId) {
        List<Language> languages = entityManager.createQuery("select p.language from CandidateProfile p "
                + "where p.tenantId = ?1 and p.ownerId = ?2", Language.class)
                .setParameter(1, tenantId).setParameter(2, ownerId).getResultList();
        return LanguageChoice.orDefault(languages.isEmpty() ? null : languages.get(0));
    }
}
