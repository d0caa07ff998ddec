package dev.followup.privacy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.interview.InterviewerErasure;
import dev.followup.personaldata.ErasedInterviewer;
import dev.followup.personaldata.PersonalData;
import dev.followup.validation.InvalidParameterException;

/**
 * Erases an interviewer from a tenant: removed from its interviews (whose plans follow), then every feature's
 * {@link PersonalData} stops naming them in the rows that stay. One transaction, with its audit record.
 */
@ApplicationScoped
class InterviewerDataService {

    private static final Logger LOG = Logger.getLogger(InterviewerDataService.class);

    private final List<PersonalData> holders;
    private final InterviewerErasure interviewers;
    private final CurrentCaller currentCaller;
    private final Clock clock;
    private final ObjectMapper mapper;

    InterviewerDataService(@Any Instance<PersonalData> holders, InterviewerErasure interviewers,
            CurrentCaller currentCaller, Clock clock, ObjectMapper mapper) {
        this.holders = holders.stream().sorted(Comparator.comparingInt(PersonalData::erasureOrder)
                .thenComparing(holder -> holder.getClass().getName())).toList();
        this.interviewers = interviewers;
        this.currentCaller = currentCaller;
        this.clock = clock;
        this.mapper = mapper;
    }

    @Transactional
    InterviewerErasureResponse erase(InterviewerErasureRequest request) {
        Caller caller = currentCaller.forListing();
        if (caller.actsForOneCandidate()) {
            throw new InvalidParameterException(Caller.ON_BEHALF_OF,
                    "is not used here: an interviewer is erased from every candidate's interviews");
        }
        ErasedInterviewer erased = interviewers.remove(caller.tenantId(), caller.actorId(), request.email());
        Map<String, Integer> rows = new TreeMap<>();
        rows.put("interviewer", erased.interviewers().size());
        // Even when no interview lists them any more: kept responses are searched tenant-wide.
        holders.forEach(holder -> holder.eraseInterviewer(erased)
                .forEach((table, count) -> rows.merge(table, count, Integer::sum)));
        ErasureRecord record = ErasureRecord.keep(caller.tenantId(), "interviewer", caller.actorId(), rows,
                clock.instant().truncatedTo(ChronoUnit.MICROS), mapper);
        LOG.infof("Erasure %s changed %d rows", record.id, record.totalRows); // no one named: the record is audit
        return new InterviewerErasureResponse(record.id, record.erasedAt.atOffset(ZoneOffset.UTC), record.erasedBy,
                erased.interviews().size(), rows, record.totalRows);
    }
}
