package dev.followup.etag;

import java.util.Arrays;

/**
 * Entity tags for optimistic concurrency: the ETag of a resource is its row version, and a write
 * carrying {@code If-Match} only goes through when one of the listed tags is the current version.
 */
public final class VersionTag {

    private VersionTag() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an {@code If-Match} header against the current version.
     *
     * @param required whether a missing header is refused (428) rather than read as "any version"
     */
    public static void check(String ifMatch, long currentVersion, boolean required) {
        if (ifMatch == null || ifMatch.isBlank()) {
            if (required) {
                throw new VersionRequiredException();
            }
            return;
        }
        String current = of(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new StaleVersionException(current);
        }
    }
}
