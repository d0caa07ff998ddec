package dev.followup.events;

import io.restassured.path.json.JsonPath;

import static dev.followup.contract.Api.api;

/** The default candidate's event feed, read over HTTP. */
final class Feed {

    private Feed() {
    }

    /** Up to 100 events after {@code after} ("" for the start). */
    static JsonPath after(String after) {
        return api().get("/events?pageSize=100" + (after.isEmpty() ? "" : "&after=" + after)).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The position after the last event now in the feed. */
    static String end() {
        String position = "";
        boolean more = true;
        while (more) {
            JsonPath page = after(position);
            position = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return position;
    }
}
