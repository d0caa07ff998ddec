package dev.followup.personaldata;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonGenerator;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes a candidate's rows as a JSON array field, one page at a time in key order, so memory holds one page.
 * Each page is read, and turned into what it is written as, in a short transaction of its own, and written
 * after it has committed: a slow client holds no transaction and no pooled connection while it reads.
 */
public final class Pages {

    /** Rows read per statement. */
    public static final int SIZE = 200;

    /** How a page is read: in a new transaction, ended before the page is written. */
    public static final Reading OWN_TRANSACTION = new Reading() {
        @Override
        public <R> R read(Supplier<R> work) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }
    };

    private Pages() {
    }

    /** Runs the reads of one page (or of one object). */
    public interface Reading {
        <R> R read(Supplier<R> work);
    }

    /** Reads the rows after a key (null: from the first), at most {@link #SIZE}, in key order. */
    @FunctionalInterface
    public interface Reader<K, T> {
        List<T> after(K key);
    }

    /** A page as read: what to write, how many rows, and the key the next page starts after. */
    private record Page<K>(List<Object> views, int rows, K last) {
    }

    /** {@link #writeArray(JsonGenerator, String, Reader, Function, Function, Reading)} in own transactions. */
    public static <K, T> void writeArray(JsonGenerator json, String field, Reader<K, T> reader, Function<T, K> keyOf,
            Function<T, ?> view) throws IOException {
        writeArray(json, field, reader, keyOf, view, OWN_TRANSACTION);
    }

    /**
     * @param keyOf   the key the next page starts after
     * @param view    what a row is written as (made while its page's transaction is open)
     * @param reading how each page is read
     */
    public static <K, T> void writeArray(JsonGenerator json, String field, Reader<K, T> reader, Function<T, K> keyOf,
            Function<T, ?> view, Reading reading) throws IOException {
        json.writeArrayFieldStart(field);
        K after = null;
        while (true) {
            K from = after;
            Page<K> page = reading.read(() -> {
                List<T> rows = reader.after(from);
                List<Object> views = new ArrayList<>(rows.size());
                rows.forEach(row -> views.add(view.apply(row)));
                return new Page<>(views, rows.size(), rows.isEmpty() ? null : keyOf.apply(rows.get(rows.size() - 1)));
            });
            for (Object written : page.views()) {
                json.writeObject(written);
            }
            json.flush();
            if (page.rows() < SIZE) {
                break;
            }
            after = page.last();
        }
        json.writeEndArray();
    }

    /** Reads one value (a profile, say) in a transaction of its own. */
    public static <R> R readApart(Supplier<R> work) {
        return OWN_TRANSACTION.read(work);
    }
}
