package dev.followup.personaldata;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;

/** Writes a candidate's rows as a JSON array field, one page at a time in key order, so memory holds one page. */
public final class Pages {

    /** Rows read per statement. */
    public static final int SIZE = 200;

    private Pages() {
    }

    /** Reads the rows after a key (null: from the first), at most {@link #SIZE}, in key order. */
    @FunctionalInterface
    public interface Reader<K, T> {
        List<T> after(K key);
    }

    /**
     * @param keyOf   the key the next page starts after
     * @param view    what a row is written as
     * @param release called after each page is written (to let go of what the persistence context holds)
     */
    public static <K, T> void writeArray(JsonGenerator json, String field, Reader<K, T> reader, Function<T, K> keyOf,
            Function<T, ?> view, Runnable release) throws IOException {
        json.writeArrayFieldStart(field);
        K after = null;
        while (true) {
            List<T> page = reader.after(after);
            for (T row : page) {
                json.writeObject(view.apply(row));
            }
            json.flush();
            release.run();
            if (page.size() < SIZE) {
                break;
            }
            after = keyOf.apply(page.get(page.size() - 1));
        }
        json.writeEndArray();
    }
}
