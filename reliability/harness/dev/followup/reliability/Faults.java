package dev.followup.reliability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Injects database faults with the host's PostgreSQL tools, and watches the service's readiness while
 * they last.
 */
final class Faults {

    /** One injected fault: what was done and when, in seconds since the phase began. */
    record Injected(String action, double at, double endedAt, boolean succeeded) {

        String what() {
            return "PostgreSQL " + action;
        }
    }

    /** A change of readiness seen by the watcher. */
    record Readiness(double at, int status) {
    }

    private final String pgVersion;
    final List<Injected> injected = Collections.synchronizedList(new ArrayList<>());
    final List<Readiness> readiness = Collections.synchronizedList(new ArrayList<>());

    Faults(String pgVersion) {
        this.pgVersion = pgVersion;
    }

    /** pg_ctlcluster ACTION (restart, stop, start) with a fast shutdown, timed against the tally's clock. */
    void postgres(String action, Tally tally) {
        double at = tally.elapsed();
        boolean ok;
        try {
            Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", pgVersion, "main",
                    action, "-m", "fast").redirectErrorStream(true).start();
            ok = process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        injected.add(new Injected(action, at, tally.elapsed(), ok));
    }

    /** Polls readiness every 250 ms until stopped, recording each change of status. */
    Thread watchReadiness(Http http, Tally tally) {
        Thread watcher = new Thread(() -> {
            int last = -1;
            while (!Thread.currentThread().isInterrupted()) {
                int status = http.get("/q/health/ready").send().status();
                if (status != last) {
                    readiness.add(new Readiness(tally.elapsed(), status));
                    last = status;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "readiness-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }
}
