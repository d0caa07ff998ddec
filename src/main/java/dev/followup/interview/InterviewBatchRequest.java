package dev.followup.interview;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A batch of upserts. Its items are read one by one, so that an item the service cannot read fails on
 * its own while the others are written; a body that is no well-formed JSON is refused whole.
 */
@Schema(name = "InterviewBatchRequest", description = "Up to 100 interviews to create or replace, each on its own.")
public record InterviewBatchRequest(
        @Schema(description = "The interviews, 1 to 100; each succeeds or fails on its own.", required = true, type = SchemaType.ARRAY, implementation = InterviewBatchItem.class, minItems = 1, maxItems = InterviewBatchRequest.MAX_ITEMS) @NotNull @Size(min = 1, max = InterviewBatchRequest.MAX_ITEMS) List<JsonNode> items) {

    static final int MAX_ITEMS = 100;
}
