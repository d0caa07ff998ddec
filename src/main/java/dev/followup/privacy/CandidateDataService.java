package dev.followup.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.PersonalData;

/**
 * Exports and erases everything stored about the calling candidate (or the candidate an integration acts
 * for), through every feature's {@link PersonalData}: a feature added later is covered once it provides one.
 */
@ApplicationScoped
class CandidateDataService {

    /** The export's sections in the order the contract lists them; a section it does not list comes last. */
    private static final List<String> SECTIONS = List.of("profile", "interviews", "followUps", "savedDrafts",
            "tombstones", "calendarFeeds", "webhookSubscriptions", "events", "inboundWebhooks");
    private static final Logger LOG = Logger.getLogger(CandidateDataService.class);

    private final List<PersonalData> holders;
    private final CurrentCaller currentCaller;
    private final Clock clock;
    private final ObjectMapper mapper;

    CandidateDataService(@Any Instance<PersonalData> holders, CurrentCaller currentCaller, Clock clock,
            ObjectMapper mapper) {
        this.holders = holders.stream().toList();
        this.currentCaller = currentCaller;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Who the request is about, read while the request is being handled (the export writes later). */
    DataSubject subject() {
        Caller caller = currentCaller.get();
        return new DataSubject(caller.tenantId(), caller.ownerId());
    }

    /**
     * Writes the export to {@code out}, section by section, page by page; no transaction stays open while the
     * client reads, so the sections are each as of their own reading (a change made meanwhile may show in one).
     */
    void export(DataSubject subject, OutputStream out) throws IOException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // Never closed on a failure: Jackson would close the open arrays and the answer would look whole. The
        // exception aborts the response instead, so a client can tell an export cut short.
        JsonGenerator json = mapper.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        writeExport(subject, now, json); // each section reads in short transactions of its own (Pages)
        json.close();
    }

    private void writeExport(DataSubject subject, Instant now, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("candidate", subject.ownerId());
        json.writeObjectField("exportedAt", now.atOffset(ZoneOffset.UTC));
        List<PersonalData> exported = holders.stream().filter(holder -> holder.section() != null)
                .sorted(Comparator.comparingInt((PersonalData holder) -> rank(holder.section()))
                        .thenComparing(PersonalData::section))
                .toList();
        for (PersonalData holder : exported) {
            holder.export(subject, json);
        }
        json.writeEndObject();
    }

    private static int rank(String section) {
        int rank = SECTIONS.indexOf(section);
        return rank < 0 ? SECTIONS.size() : rank;
    }

    /** Erases the candidate in every table, in one transaction, and keeps its audit record. */
    @Transactional
    CandidateErasureResponse erase() {
        Caller caller = currentCaller.get();
        DataSubject subject = subject();
        Map<String, Integer> rows = new TreeMap<>();
        holders.forEach(holder -> holder.lockForErasure(subject));
        holders.stream().sorted(Comparator.comparingInt(PersonalData::erasureOrder)
                .thenComparing(holder -> holder.getClass().getName()))
                .forEach(holder -> holder.erase(subject).forEach((table, count) -> rows.merge(table, count,
                        Integer::sum)));
        boolean byIntegration = currentCaller.subject().map(CurrentCaller.Subject::integration).orElse(false);
        ErasureRecord record = ErasureRecord.keep(caller.tenantId(), "candidate",
                byIntegration ? caller.actorId() : CandidateErasureResponse.BY_CANDIDATE, rows,
                clock.instant().truncatedTo(ChronoUnit.MICROS), mapper);
        LOG.infof("Erasure %s removed %d rows", record.id, record.totalRows); // no one named: the record is audit
        return new CandidateErasureResponse(record.id, record.erasedAt.atOffset(ZoneOffset.UTC), record.erasedBy,
                rows, record.totalRows);
    }
}
