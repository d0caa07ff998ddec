package dev.followup.interview;

import java.time.Instant;
import java.util.List;

import dev.followup.paging.Cursor;

/** The filters, order and position of one request for a page of interviews. */
record InterviewQuery(
        List<InterviewStatus> statuses,
        String company,
        Instant startFrom,
        Instant startBefore,
        InterviewSource source,
        String remoteId,
        Instant modifiedAfter,
        boolean includeDeleted,
        InterviewOrder order,
        Cursor after,
        int pageSize) {
}
