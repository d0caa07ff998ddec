package dev.followup.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finds where values are stored: every text and uuid column of the schema, listed at run time from
 * information_schema (standard, on H2 and PostgreSQL alike), so a table added later is searched too.
 */
final class SchemaScan {

    /** Text types as information_schema names them: H2 says CHARACTER VARYING, PostgreSQL character varying. */
    private static final Set<String> TEXT_TYPES = Set.of("character varying", "varchar", "text", "clob",
            "character large object", "character", "char");

    private SchemaScan() {
    }

    /**
     * Per value, every column (table.column) holding it and in how many rows. Text columns are searched for
     * every value, in any letter case (an id can sit inside an event's JSON or a stored response); uuid
     * columns for the ids, whole. With a {@code tenant}, only that tenant's rows.
     */
    static Map<String, Map<String, Long>> whereStored(DataSource dataSource, String tenant, Collection<String> texts,
            Collection<String> ids) {
        Map<String, Map<String, Long>> found = new LinkedHashMap<>();
        texts.forEach(value -> found.put(value, new TreeMap<>()));
        ids.forEach(value -> found.put(value, new TreeMap<>()));
        try (Connection connection = dataSource.getConnection()) {
            for (Column column : columns(connection)) {
                Collection<String> values = column.uuid() ? ids : found.keySet();
                try (PreparedStatement count = connection.prepareStatement(column.countQuery(tenant))) {
                    for (String value : values) {
                        // Values are letters, digits, dots, @ and hyphens: no LIKE wildcard to escape.
                        count.setObject(1, column.uuid()
                                ? UUID.fromString(value)
                                : "%" + value.toLowerCase(Locale.ROOT) + "%");
                        if (tenant != null) {
                            count.setString(2, tenant);
                        }
                        long rows = single(count);
                        if (rows > 0) {
                            found.get(value).put(column.toString(), rows);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the scan failed", e);
        }
        return found;
    }

    /** The values found somewhere, each with where ({table.column=rows}). */
    static List<String> left(Map<String, Map<String, Long>> found) {
        return found.entrySet().stream().filter(value -> !value.getValue().isEmpty())
                .map(value -> value.getKey() + " in " + value.getValue()).toList();
    }

    static long single(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A column that can hold a copy of a value: text (anywhere inside it) or uuid (an id, whole). */
    private record Column(String table, String name, boolean uuid) {

        String countQuery(String tenant) {
            return "select count(*) from " + quoted(table) + " where "
                    + (uuid ? quoted(name) + " = ?" : "lower(" + quoted(name) + ") like ?")
                    + (tenant == null ? "" : " and " + quoted(tenantColumn()) + " = ?");
        }

        /** Every table carries the tenant; the column's name as information_schema spells it. */
        private String tenantColumn() {
            return name.equals(name.toUpperCase(Locale.ROOT)) ? "TENANT_ID" : "tenant_id";
        }

        @Override
        public String toString() {
            return table + "." + name;
        }
    }

    private static List<Column> columns(Connection connection) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select table_name, column_name, data_type "
                + "from information_schema.columns where lower(table_schema) = 'public' "
                + "order by table_name, column_name");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                String type = rows.getString(3).toLowerCase(Locale.ROOT);
                boolean uuid = type.equals("uuid");
                if (!table.equalsIgnoreCase("flyway_schema_history") && (uuid || TEXT_TYPES.contains(type))) {
                    columns.add(new Column(table, rows.getString(2), uuid));
                }
            }
        }
        assertThat(columns).as("the schema's text and uuid columns")
                .extracting(column -> column.table().toLowerCase(Locale.ROOT)).contains("interview", "event");
        return columns;
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
