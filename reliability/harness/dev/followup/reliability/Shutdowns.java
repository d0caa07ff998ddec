package dev.followup.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * SIGTERM under load: one instance alone (in-flight requests finish, readiness goes down first, the
 * process exits in time), and one of two instances behind the load balancer, stopped and started
 * again while the load goes on (no request fails at all).
 */
final class Shutdowns {

    /** What one shutdown looked like, in seconds since the phase began. */
    record Observed(double signalledAt, double readinessDownAt, double exitedAt, double backUpAt) {
    }

    private Shutdowns() {
    }

    /** Sends SIGTERM to a process at {@code at} seconds into the tally's phase, then waits for it to exit. */
    static Thread stopAt(ProcessHandle process, Tally tally, int at, double[] signalledAt, double[] exitedAt) {
        Thread stopper = new Thread(() -> {
            sleepUntil(tally, at);
            signalledAt[0] = tally.elapsed();
            process.destroy(); // SIGTERM
            try {
                process.onExit().get(60, TimeUnit.SECONDS);
                exitedAt[0] = tally.elapsed();
            } catch (Exception e) {
                exitedAt[0] = Double.NaN;
            }
        }, "sigterm");
        stopper.setDaemon(true);
        stopper.start();
        return stopper;
    }

    /** The process whose id is in the file (the run script's pid file of an instance). */
    static Optional<ProcessHandle> fromPidFile(Path pidFile) throws IOException {
        return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).strip()));
    }

    /** Runs the script that starts an instance again (written by reliability/run), waiting for it to return. */
    static boolean start(Path script) {
        try {
            Process process = new ProcessBuilder("bash", script.toString()).inheritIO().start();
            return process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first readiness answer other than 200 at or after {@code from}, or NaN. */
    static double firstDown(List<Faults.Readiness> readiness, double from) {
        return readiness.stream().filter(r -> r.at() >= from && r.status() != 200).mapToDouble(Faults.Readiness::at)
                .findFirst().orElse(Double.NaN);
    }

    /** The first readiness 200 at or after {@code from}, or NaN. */
    static double firstUp(List<Faults.Readiness> readiness, double from) {
        return readiness.stream().filter(r -> r.at() >= from && r.status() == 200).mapToDouble(Faults.Readiness::at)
                .findFirst().orElse(Double.NaN);
    }

    static void sleepUntil(Tally tally, double second) {
        try {
            long wait = (long) ((second - tally.elapsed()) * 1000);
            if (wait > 0) {
                Thread.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Duration seconds(double seconds) {
        return Duration.ofMillis((long) (seconds * 1000));
    }
}
