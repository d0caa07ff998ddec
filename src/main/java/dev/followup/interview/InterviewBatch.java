package dev.followup.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.followup.identity.Caller;
import dev.followup.identity.CurrentCaller;
import dev.followup.problem.PartProblems;
import dev.followup.problem.Problem;
import dev.followup.problem.ProblemException;
import dev.followup.validation.InvalidParameterException;

/**
 * Upserts the items of a batch one after the other in one transaction, each succeeding or failing on
 * its own. An item is checked whole before it writes anything (read, validated, its caller, version and
 * process checked), so a refused item leaves nothing behind and the transaction stays usable for the
 * next. Only a failure of the database itself (a concurrent writer taking the same remote id between
 * check and write) ends the batch, and then nothing of it is written: the client retries it whole.
 */
@ApplicationScoped
public class InterviewBatch {

    private final ObjectMapper json;
    private final Validator validator;
    private final CurrentCaller currentCaller;
    private final InterviewService interviews;
    private final TransactionSynchronizationRegistry transaction;

    InterviewBatch(ObjectMapper json, Validator validator, CurrentCaller currentCaller, InterviewService interviews,
            TransactionSynchronizationRegistry transaction) {
        this.json = json;
        this.validator = validator;
        this.currentCaller = currentCaller;
        this.interviews = interviews;
        this.transaction = transaction;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public InterviewBatchResponse run(List<JsonNode> items, String instance) {
        List<InterviewBatchResponse.ItemResult> results = new ArrayList<>(items.size());
        for (int index = 0; index < items.size(); index++) {
            results.add(write(index, items.get(index), instance));
            if (transaction.getRollbackOnly()) {
                throw new BatchConflictException(index);
            }
        }
        return InterviewBatchResponse.of(results);
    }

    private InterviewBatchResponse.ItemResult write(int index, JsonNode node, String instance) {
        String at = "items[" + index + "]";
        InterviewBatchItem item;
        try {
            item = node == null || node.isNull() ? null : json.treeToValue(node, InterviewBatchItem.class);
        } catch (JsonMappingException e) {
            return InterviewBatchResponse.ItemResult.refused(index, PartProblems.unreadable(e, at, instance));
        } catch (JsonProcessingException e) {
            return refused(index, new InvalidParameterException(at, "must be an object"), "", instance);
        }
        if (item == null) {
            return refused(index, new InvalidParameterException(at, "must be an object"), "", instance);
        }
        Set<ConstraintViolation<InterviewBatchItem>> violations = validator.validate(item);
        if (!violations.isEmpty()) {
            return InterviewBatchResponse.ItemResult.refused(index, PartProblems.invalid(violations, at, instance));
        }
        ProblemException mismatch = mismatchedIdentity(item);
        if (mismatch != null) {
            return refused(index, mismatch, at + ".interview", instance);
        }
        Caller caller;
        try {
            caller = currentCaller.forCandidate(item.candidateId());
        } catch (InvalidParameterException e) {
            String reason = item.candidateId() == null
                    ? "is required for an integration: name the candidate the interview belongs to"
                    : "must be the candidate's user id (the sub of their tokens)";
            return refused(index, new InvalidParameterException("candidateId", reason), at, instance);
        } catch (ProblemException e) {
            return refused(index, e, at, instance);
        }
        try {
            InterviewRequest request = item.interview().withRemoteIdentity(item.source(), item.remoteId());
            return InterviewBatchResponse.ItemResult.written(index,
                    interviews.upsert(caller, item.source(), item.remoteId(), item.ifMatch(), null, request));
        } catch (ProblemException e) {
            return refused(index, e, at + ".interview", instance);
        }
    }

    /** The interview's own source and remoteId, when given, must be the item's: which one was meant? */
    private static ProblemException mismatchedIdentity(InterviewBatchItem item) {
        InterviewRequest interview = item.interview();
        if (interview.source() != null && interview.source() != item.source()) {
            return new InvalidParameterException("source", "must equal the item's source or be left out");
        }
        if (interview.remoteId() != null && !interview.remoteId().equals(item.remoteId())) {
            return new InvalidParameterException("remoteId", "must equal the item's remoteId or be left out");
        }
        return null;
    }

    private static InterviewBatchResponse.ItemResult refused(int index, ProblemException e, String prefix,
            String instance) {
        Problem problem = PartProblems.of(e, prefix, instance);
        return InterviewBatchResponse.ItemResult.refused(index, problem);
    }
}
