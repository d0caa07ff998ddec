package dev.followup.agenda;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.jpa.HibernateHints;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.interview.Channel;
import dev.followup.language.Language;
import dev.followup.paging.Cursor;
import dev.followup.paging.Keyset;
import dev.followup.schedule.FollowUp;
import dev.followup.schedule.FollowUpResponse;
import dev.followup.schedule.FollowUpStatus;
import dev.followup.schedule.FollowUpType;
import dev.followup.schedule.ReaderLanguage;

/**
 * What the candidate should do now and soon, across all their interviews, from one indexed query,
 * run without a transaction (nothing to flush).
 */
@ApplicationScoped
public class AgendaService {

    private final Clock clock;
    private final CurrentCaller currentCaller;
    private final EntityManager em;

    private final ReaderLanguage readerLanguage;

    AgendaService(Clock clock, CurrentCaller currentCaller, EntityManager em, ReaderLanguage readerLanguage) {
        this.clock = clock;
        this.currentCaller = currentCaller;
        this.em = em;
        this.readerLanguage = readerLanguage;
    }

    /** The query the agenda runs for these filters, at this moment. */
    AgendaQuery query(int days, Set<FollowUpStatus> statuses, Set<FollowUpType> types, Set<Channel> channels,
            Cursor after, int pageSize) {
        Caller caller = currentCaller.get();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new AgendaQuery(caller.tenantId(), caller.ownerId(), now, now.plus(Duration.ofDays(days)), statuses,
                types, channels, after, pageSize);
    }

    /** A page of the agenda, its reasons in the language asked for, else the profile's. */
    public AgendaPage page(AgendaQuery query, Optional<Language> requested) {
        Language language = readerLanguage.of(currentCaller.get(), requested);
        Query sql = em.createNativeQuery(query.sql(), FollowUp.class)
                // Read to answer, never changed here: no snapshot per row for a dirty check that never comes.
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        query.parameters().forEach(sql::setParameter);
        Keyset.Page<FollowUp> page = Keyset.read(sql, query.pageSize(), query::cursorAfter);
        return new AgendaPage(page.rows().stream().map(f -> FollowUpResponse.from(f, query.now(), language)).toList(),
                page.next(), language);
    }
}
