package dev.followup.draft;

/**
 * A template's text for one tone: every {@code {#if warm}…{#else}…{/if}} section replaced by the branch
 * the tone takes, other sections kept. Done once when a template is loaded, so rendering does not
 * evaluate the tone at every pronoun (German and Spanish change them with it). Pure.
 */
final class ToneVariants {

    private static final String IF_WARM = "{#if warm}";
    private static final String IF = "{#if ";
    private static final String ELSE = "{#else}";
    private static final String END = "{/if}";

    private ToneVariants() {
    }

    /** The text with the tone's branches taken; a section that is not closed is left as it is. */
    static String resolve(String template, boolean warm) {
        StringBuilder out = new StringBuilder(template.length());
        int at = 0;
        while (true) {
            int start = template.indexOf(IF_WARM, at);
            if (start < 0) {
                return out.append(template, at, template.length()).toString();
            }
            int[] parts = sectionAt(template, start + IF_WARM.length());
            if (parts == null) {
                return out.append(template, at, template.length()).toString();
            }
            out.append(template, at, start);
            int elseAt = parts[0];
            int end = parts[1];
            String branch = warm
                    ? template.substring(start + IF_WARM.length(), elseAt < 0 ? end : elseAt)
                    : elseAt < 0 ? "" : template.substring(elseAt + ELSE.length(), end);
            out.append(resolve(branch, warm)); // a branch may hold a tone section of its own
            at = end + END.length();
        }
    }

    /** The {@code {#else}} at this section's depth (or -1) and its {@code {/if}}, from {@code from}; null if unclosed. */
    private static int[] sectionAt(String template, int from) {
        int depth = 0;
        int elseAt = -1;
        for (int i = from; i < template.length(); i++) {
            if (template.startsWith(IF, i)) {
                depth++;
            } else if (template.startsWith(END, i)) {
                if (depth == 0) {
                    return new int[]{elseAt, i};
                }
                depth--;
            } else if (depth == 0 && elseAt < 0 && template.startsWith(ELSE, i)) {
                elseAt = i;
            }
        }
        return null;
    }
}
