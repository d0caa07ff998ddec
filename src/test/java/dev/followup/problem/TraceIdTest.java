package dev.followup.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static dev.followup.contract.Api.api;
import static org.assertj.core.api.Assertions.assertThat;

/** Support finds a failed request's log lines by the trace id its problem document carries. */
@QuarkusTest
class TraceIdTest {

    @Test
    void aProblemsTraceIdIsTheTraceIdOfTheLogLineOfTheSameRequest() {
        List<ExtLogRecord> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord ext) {
                    ext.copyMdc();
                    lines.add(ext);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(Problems.class.getName());
        Level before = logger.getLevel();
        logger.setLevel(Level.FINE);
        logger.addHandler(capture);
        String traceId;
        try {
            traceId = api().get("/interviews/0194f1a2-7c3e-7d4b-9a10-2b3c4d5e6f70").then().statusCode(404)
                    .extract().path("traceId");
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(before);
        }
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.getMessage()).contains("404");
            assertThat(line.getMdc("traceId")).isEqualTo(traceId);
        });
    }
}
