package dev.followup.candidate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import dev.followup.etag.StaleVersionException;
import dev.followup.etag.VersionTag;
import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.system.Ids;

/**
 * Reads and saves the one candidate profile of the caller.
 * Reads run without a transaction: the request's session then only reads and is never flushed.
 */
@ApplicationScoped
public class CandidateProfileService {

    private final Clock clock;
    private final CurrentCaller currentCaller;

    CandidateProfileService(Clock clock, CurrentCaller currentCaller) {
        this.clock = clock;
        this.currentCaller = currentCaller;
    }

    /** The record of a save: the profile and whether this save created it. */
    public record Saved(CandidateProfile profile, boolean created) {
    }

    public CandidateProfile get() {
        CandidateProfile profile = find(currentCaller.get());
        if (profile == null) {
            throw new CandidateProfileNotFoundException();
        }
        return profile;
    }

    /** The saved contact details, if the candidate saved a profile. */
    public Optional<CandidateContact> contact() {
        return Optional.ofNullable(find(currentCaller.get())).map(CandidateProfile::contact);
    }

    /** Creates or replaces the profile; {@code If-Match} is honoured when sent. */
    @Transactional
    public Saved save(String ifMatch, CandidateContact contact) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CandidateProfile profile = find(caller);
        boolean created = profile == null;
        if (created) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new StaleVersionException();
            }
            profile = new CandidateProfile();
            profile.id = Ids.newId();
            profile.tenantId = caller.tenantId();
            profile.ownerId = caller.ownerId();
            profile.createdAt = now;
            profile.createdBy = caller.actorId();
        } else {
            VersionTag.check(ifMatch, profile.version, false);
        }
        profile.apply(contact);
        profile.modifiedAt = now;
        profile.modifiedBy = caller.actorId();
        try {
            profile.persistAndFlush();
        } catch (ConstraintViolationException e) {
            // Two first saves raced: the other one created the profile; this one is stale.
            throw new StaleVersionException();
        }
        return new Saved(profile, created);
    }

    private static CandidateProfile find(Caller caller) {
        return CandidateProfile
                .<CandidateProfile>find("tenantId = ?1 and ownerId = ?2", caller.tenantId(), caller.ownerId())
                .firstResult();
    }
}
