package dev.followup.system;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static dev.followup.contract.Api.rawAnonymous;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs and metrics never carry personal data: a {@link RecognisableCandidate} goes through the service while every
 * log record of every logger is captured, ours down to DEBUG (the build's minimum level). None may hold any of the
 * candidate's strings, in its message, its parameters or its exception chain.
 */
@QuarkusTest
class PersonalDataInLogsAndMetricsTest {

    @jakarta.inject.Inject
    dev.followup.integration.InboundApplier applier;

    private final List<LogRecord> captured = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            captured.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level ownLevel;

    @BeforeEach
    void captureEveryLogRecord() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        Logger own = Logger.getLogger("dev.followup");
        ownLevel = own.getLevel();
        own.setLevel(Level.ALL);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("dev.followup").setLevel(ownLevel);
    }

    @Test
    void noLogRecordOrMetricHoldsACandidatesOrInterviewersData() {
        new RecognisableCandidate("tenant-logs").goesThroughTheService(applier);

        Logger.getLogger("dev.followup.system").fine("capture check");
        assertThat(captured).as("the capture sees our loggers' debug records")
                .anyMatch(r -> "capture check".equals(r.getMessage()));
        List<String> leaks = new ArrayList<>();
        for (LogRecord record : captured) {
            String text = rendered(record).toLowerCase(Locale.ROOT);
            for (String value : RecognisableCandidate.PERSONAL) {
                if (text.contains(value.toLowerCase(Locale.ROOT))) {
                    leaks.add(record.getLoggerName() + " " + record.getLevel() + ": " + rendered(record));
                    break;
                }
            }
        }
        assertThat(leaks).as("log records holding personal data").isEmpty();

        // The metrics the same requests left (their tags: paths, statuses) hold none either.
        String metrics = rawAnonymous().get("/q/metrics").then().statusCode(200).extract().asString()
                .toLowerCase(Locale.ROOT);
        assertThat(metrics).contains("http_server_requests");
        assertThat(RecognisableCandidate.PERSONAL).noneMatch(value -> metrics.contains(value.toLowerCase(Locale.ROOT)));
    }

    /** The record as a log line would show it: the message with its parameters, and the whole exception chain. */
    private static String rendered(LogRecord record) {
        StringBuilder text = new StringBuilder(new SimpleFormatter().formatMessage(record));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                text.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append(' ').append(trace);
        }
        return text.toString();
    }
}
