package dev.followup.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.Query;

/**
 * Keyset pagination, the one way every list pages: rows in the order of (an instant, id), each page
 * read as one row more than it holds (that row only tells that another page follows), and the
 * position of its last row handed out as an opaque cursor. A page costs the same however deep it is.
 */
public final class Keyset {

    private Keyset() {
    }

    /** One page of rows, and the cursor of the next one (null on the last page). */
    public record Page<T>(List<T> rows, String next) {
    }

    /**
     * The condition that continues after a cursor, the same in JPQL and SQL; nothing on the first page.
     * Its parameters are bound by {@link #bind}.
     */
    public static String continuing(String key, String id, Cursor after) {
        return after == null
                ? ""
                : " and (" + key + " > :afterAt or (" + key + " = :afterAt and " + id + " > :afterId))";
    }

    public static void bind(Map<String, Object> parameters, Cursor after) {
        if (after != null) {
            parameters.put("afterAt", after.instant());
            parameters.put("afterId", after.id());
        }
    }

    /** The order a keyset page needs: the key, then the id, which breaks ties. */
    public static String orderBy(String key, String id) {
        return " order by " + key + ", " + id;
    }

    /**
     * Reads one page of a query that holds {@link #continuing} and {@link #orderBy}.
     *
     * @param position the cursor that continues after a row
     */
    public static <T> Page<T> read(Query query, int pageSize, Function<T, Cursor> position) {
        @SuppressWarnings("unchecked")
        List<T> rows = new ArrayList<>(query.setMaxResults(pageSize + 1).getResultList());
        if (rows.size() <= pageSize) {
            return new Page<>(rows, null);
        }
        List<T> page = rows.subList(0, pageSize);
        return new Page<>(page, position.apply(page.get(pageSize - 1)).encode());
    }
}
