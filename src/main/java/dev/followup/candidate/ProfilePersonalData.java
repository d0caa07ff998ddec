package dev.followup.candidate;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;

/** The candidate profile: exported as GET /candidate-profile shows it, erased with its row. */
@ApplicationScoped
class ProfilePersonalData implements PersonalData {

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public int erasureOrder() {
        return INDEPENDENT;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        CandidateProfileResponse profile = Pages.readApart(() -> {
            CandidateProfile stored = CandidateProfile.<CandidateProfile>find("tenantId = ?1 and ownerId = ?2",
                    subject.tenantId(), subject.ownerId()).firstResult();
            return stored == null ? null : CandidateProfileResponse.from(stored);
        });
        if (profile != null) {
            json.writeObjectField(section(), profile);
        }
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return Map.of("candidate_profile", (int) CandidateProfile.delete("tenantId = ?1 and ownerId = ?2",
                subject.tenantId(), subject.ownerId()));
    }
}
