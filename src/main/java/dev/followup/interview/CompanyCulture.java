package dev.followup.interview;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How formal the company is: it decides, among other things, whether a thank-you goes out as a handwritten note (R3). */
@Schema(description = "How formal the company is: it decides, among other things, whether a thank-you goes out as a handwritten note (R3).")
public enum CompanyCulture {
    @JsonProperty("traditional")
    TRADITIONAL,
    @JsonProperty("tech")
    TECH,
    @JsonProperty("media_communications")
    MEDIA_COMMUNICATIONS,
    @JsonProperty("other")
    OTHER;
}
