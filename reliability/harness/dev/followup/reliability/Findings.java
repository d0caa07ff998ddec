package dev.followup.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The suite's verdicts and figures, written as Markdown and CSV. */
final class Findings {

    record Check(String phase, String what, String expected, String observed, boolean passed) {
    }

    private final List<Check> checks = new ArrayList<>();
    private final List<String> sections = new ArrayList<>();

    void check(String phase, String what, String expected, Object observed, boolean passed) {
        checks.add(new Check(phase, what, expected, String.valueOf(observed), passed));
        System.out.printf("%-5s %-12s %s: %s%n", passed ? "ok" : "FAIL", phase, what, observed);
    }

    /** A figure without a verdict. */
    void figure(String phase, String what, Object observed) {
        checks.add(new Check(phase, what, "", String.valueOf(observed), true));
    }

    void section(String markdown) {
        sections.add(markdown);
    }

    boolean allPassed() {
        return checks.stream().allMatch(Check::passed);
    }

    void write(Path base, String heading) throws IOException {
        Files.createDirectories(base.toAbsolutePath().getParent());
        StringBuilder csv = new StringBuilder("phase,check,expected,observed,verdict\n");
        StringBuilder md = new StringBuilder(heading).append("\n\n");
        md.append(allPassed() ? "**Every check passed.**" : "**Some checks failed: see FAIL below.**").append("\n\n");
        md.append("| phase | check | expected | observed | verdict |\n|---|---|---|---|---|\n");
        for (Check check : checks) {
            String verdict = check.expected().isEmpty() ? "" : check.passed() ? "pass" : "FAIL";
            csv.append(String.join(",", quoted(check.phase()), quoted(check.what()), quoted(check.expected()),
                    quoted(check.observed()), verdict)).append('\n');
            md.append("| ").append(check.phase()).append(" | ").append(check.what()).append(" | ")
                    .append(check.expected()).append(" | ").append(check.observed().replace("|", "\\|"))
                    .append(" | ").append(verdict).append(" |\n");
        }
        sections.forEach(section -> md.append('\n').append(section).append('\n'));
        Files.writeString(Path.of(base + ".md"), md);
        Files.writeString(Path.of(base + ".csv"), csv);
    }

    private static String quoted(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
