package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When the first status check comes if the employer named no decision date (R4). */
@Schema(description = "When the first status check comes if the employer named no decision date (R4): about a week after the interview (`one_week`, most guides), or after three business days (`three_business_days`, as one guide advises).")
public enum FirstCheck {
    @JsonProperty("one_week")
    ONE_WEEK,
    @JsonProperty("three_business_days")
    THREE_BUSINESS_DAYS;
}
