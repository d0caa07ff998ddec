package dev.followup.integration;

import dev.followup.problem.ProblemException;
import dev.followup.problem.ProblemType;

/** No connection of that vendor at this webhook address. */
public class WebhookAddressNotFoundException extends ProblemException {

    WebhookAddressNotFoundException() {
        super(ProblemType.NOT_FOUND, "No ATS connection receives webhooks at this address: copy the connection's "
                + "webhookUrl, and check that the vendor in it is the connection's.");
    }
}
