package dev.followup.reliability;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Valid request bodies, in the shape integrators send them. */
final class Bodies {

    private Bodies() {
    }

    /** An interview that ended yesterday, with three interviewers and a remote id unique to the caller. */
    static String interview(String remoteId, String jobTitle) {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        return """
                {"company":{"name":"Fabrikam","culture":"tech"},"jobTitle":"%s","round":"technical",
                "format":"video","startAt":"%sT09:00:00Z","endAt":"%sT10:00:00Z","timeZone":"Europe/Berlin",
                "countryCode":"DE","source":"greenhouse","remoteId":"%s",
                "interviewers":[{"name":"Maria Lopez","title":"Engineering Manager","email":"maria@fabrikam.example"},
                {"name":"Sam Chen","title":"Staff Engineer","email":"sam@fabrikam.example"},
                {"name":"Priya Nair","title":"Recruiter","email":"priya@fabrikam.example"}],
                "candidate":{"name":"Jane Doe","email":"jane.doe@example.com"},
                "topics":["event sourcing for billing"],"skills":["Kafka"],"expectedDecisionDate":"%s",
                "linkedInConnectionAllowed":true}
                """.formatted(jobTitle, yesterday, yesterday, remoteId, yesterday.plusDays(8));
    }
}
