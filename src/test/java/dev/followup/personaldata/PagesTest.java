package dev.followup.personaldata;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages of rows written as one array: every row once, in order, one page read (in its own transaction) at a time. */
class PagesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, Pages.SIZE - 1, Pages.SIZE, Pages.SIZE + 1, 2 * Pages.SIZE, 2 * Pages.SIZE + 7})
    void everyRowIsWrittenOnceInKeyOrderAPageAtATime(int rows) throws IOException {
        List<Integer> stored = IntStream.range(0, rows).boxed().toList();
        List<Integer> readAfter = new ArrayList<>();
        int[] transactions = {0};
        // Each page in a "transaction" of its own, and the page's rows turned into views inside it.
        Pages.Reading counted = new Pages.Reading() {
            @Override
            public <R> R read(Supplier<R> work) {
                transactions[0]++;
                return work.get();
            }
        };
        StringWriter out = new StringWriter();
        ObjectMapper mapper = new ObjectMapper();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            Pages.<Integer, Integer>writeArray(json, "rows", after -> {
                readAfter.add(after);
                int from = after == null ? 0 : after + 1;
                return stored.subList(Math.min(from, rows), Math.min(from + Pages.SIZE, rows));
            }, row -> row, row -> "row " + row, counted);
            json.writeEndObject();
        }
        List<String> written = new ArrayList<>();
        mapper.readTree(out.toString()).get("rows").forEach(row -> written.add(row.asText()));
        assertThat(written).containsExactlyElementsOf(stored.stream().map(row -> "row " + row).toList());
        int pages = rows / Pages.SIZE + 1; // a full last page is followed by an empty one
        assertThat(readAfter).hasSize(pages).first().isNull();
        assertThat(readAfter.subList(1, pages)).containsExactlyElementsOf(
                IntStream.range(1, pages).mapToObj(page -> page * Pages.SIZE - 1).toList());
        assertThat(transactions[0]).isEqualTo(pages);
    }
}
