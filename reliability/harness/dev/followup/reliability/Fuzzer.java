package dev.followup.reliability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Bad input for every operation of the committed OpenAPI document: each path and query parameter,
 * each header it declares and each field of its body broken in the ways clients break them, plus
 * whole bodies that are not JSON, too deep, too large or not UTF-8. Every answer must be below 500,
 * carry no stack trace and conform to the document (the tally counts what does not).
 */
final class Fuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BAD_PATH_VALUES = List.of("not-a-uuid", "0", "-1", "%00", "%2e%2e%2fetc",
            "x".repeat(3000), "%F0%9F%98%80", "null", "%27%20or%201%3D1", "%C3%28");
    private static final List<String> BAD_QUERY_VALUES = List.of("", "abc", "-1", "0", "99999999999999999999", "1.5",
            "%00", "x".repeat(3000), "2026-02-30", "true", "%FF%FE");
    private static final List<String> BAD_DATES = List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "2026-02-30T10:00:00Z", "2026-03-06T25:00:00Z", "2026-13-01", "1970-01-01", "+999999999-12-31");
    /** Instants outside the years 2000 to 2100, in every form a date field or parameter may take. */
    private static final List<String> OUT_OF_RANGE_INSTANTS = List.of("1999-12-31T23:59:59Z",
            "2101-01-01T00:00:00+01:00", "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z", "1999-12-31", "2101-01-01", "+999999999-12-31");
    /** Text no field accepts: line breaks and other controls, zero-width-only text, bidi overrides. */
    private static final List<String> CONTROL_TEXTS = List.of("a\rb", "a\nBcc: x@example.com", "a\u0007b",
            "a\u0085b", "a\u001b[31mb", "\u200b\u200b", "a\u202eb", "a\u2028b", "a\u007fb");
    /** The same, percent-encoded for a path or query parameter. */
    private static final List<String> CONTROL_PARAMETERS = List.of("a%0Db", "a%0Ab", "a%07b", "a%C2%85b",
            "%E2%80%8B", "a%E2%80%AEb", "a%E2%80%A8b", "a%7Fb");
    /** Calendar feed addresses whose parts are no tenant and secret of this service. */
    private static final List<String> MALFORMED_FEED_ADDRESSES = List.of(
            "AA.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", "_w.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
            "dGVuYW50LWEK.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", "dGVuYW50LWE.short",
            "dGVuYW50LWE.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ.x",
            "dGVuYW50LWE=.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ", "%00.%00", "a.b.c", "x.",
            "dGVuYW50LWE." + "A".repeat(150));

    private final Http http;
    private final OpenAPI document;
    private final Map<String, String> pathValues;
    private final String token;
    final Map<String, Integer> tried = new LinkedHashMap<>();
    /** What each operation's valid request got: a 2xx shows the bad inputs reached past validation. */
    final List<String> validAnswers = new ArrayList<>();

    /**
     * @param pathValues real values for path parameters, keyed by "{template prefix}:{name}"
     */
    Fuzzer(Http http, Path document, Map<String, String> pathValues, String token) {
        this.http = http;
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        this.document = new OpenAPIV3Parser().read(document.toString(), null, options);
        this.pathValues = pathValues;
        this.token = token;
    }

    int total() {
        return tried.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every operation, deletions last so that the others keep their resources. */
    void run() {
        record Op(String template, PathItem.HttpMethod method, Operation operation) {
        }
        List<Op> operations = new ArrayList<>();
        document.getPaths().forEach((template, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(new Op(template, method, operation))));
        operations.sort(Comparator.comparing((Op op) -> op.method() == PathItem.HttpMethod.DELETE));
        for (Op op : operations) {
            if (!streams(op.operation())) {
                fuzz(op.template(), op.method().name(), op.operation());
            }
        }
    }

    /** A live stream never ends, so a client waiting for its whole answer waits an hour: its tests see to it. */
    private static boolean streams(Operation operation) {
        return operation.getResponses() != null && operation.getResponses().values().stream()
                .anyMatch(r -> r.getContent() != null && r.getContent().containsKey("text/event-stream"));
    }

    private void fuzz(String template, String method, Operation operation) {
        boolean isPublic = operation.getExtensions() != null && operation.getExtensions().containsKey("x-public");
        String caller = isPublic ? null : token;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        JsonNode body = bodyOf(operation);
        Request baseline = new Request(method, template, caller, body == null ? null : body.toString());
        for (Parameter parameter : parameters) {
            if ("path".equals(parameter.getIn())) {
                baseline.pathValues.put(parameter.getName(), pathValue(template, parameter.getName()));
            }
        }
        String[] etag = {method.equals("PUT") ? currentEtag(baseline) : null};
        Function<Request, Http.Reply> send = request -> {
            if (etag[0] != null && !request.headers.containsKey("If-Match")) {
                request.headers.put("If-Match", etag[0]);
            }
            Http.Reply reply = request.send(http);
            if (method.equals("PUT") && reply.status() / 100 == 2) {
                etag[0] = reply.header("ETag").orElse(etag[0]);
            } else if (reply.status() == 412) {
                etag[0] = currentEtag(baseline);
            }
            return reply;
        };

        tried.merge("valid request", 1, Integer::sum);
        Http.Reply valid = send.apply(baseline.copy());
        validAnswers.add(method + " " + template + " " + valid.status());
        if (!isPublic) {
            attempt("authentication", send, baseline.copy().without("Authorization"));
            attempt("authentication", send, baseline.copy().with("Authorization", "Bearer not.a.jwt"));
            attempt("authentication", send, baseline.copy().with("Authorization", "Basic dXNlcjpwYXNz"));
        }
        attempt("headers", send, baseline.copy().with("Accept", "application/xml"));
        attempt("headers", send, baseline.copy().with("Accept", "text/html;q=0.9, */*;q=0.1"));
        for (Parameter parameter : parameters) {
            switch (parameter.getIn()) {
                case "path" -> {
                    BAD_PATH_VALUES.forEach(value -> {
                        Request request = baseline.copy();
                        request.pathValues.put(parameter.getName(), value);
                        attempt("path parameters", send, request);
                    });
                    CONTROL_PARAMETERS.forEach(value -> {
                        Request request = baseline.copy();
                        request.pathValues.put(parameter.getName(), value);
                        attempt("control characters", send, request);
                    });
                    if (parameter.getName().equals("token")) {
                        MALFORMED_FEED_ADDRESSES.forEach(value -> {
                            Request request = baseline.copy();
                            request.pathValues.put(parameter.getName(), value);
                            attempt("malformed feed addresses", send, request);
                        });
                    }
                }
                case "query" -> {
                    for (String value : BAD_QUERY_VALUES) {
                        attempt("query parameters", send, baseline.copy().query(parameter.getName(), value));
                    }
                    attempt("query parameters", send,
                            baseline.copy().query(parameter.getName(), "1").query(parameter.getName(), "2"));
                    for (String value : CONTROL_PARAMETERS) {
                        attempt("control characters", send, baseline.copy().query(parameter.getName(), value));
                    }
                    for (String value : OUT_OF_RANGE_INSTANTS) {
                        attempt("out-of-range instants", send, baseline.copy().query(parameter.getName(),
                                value.replace("+", "%2B")));
                    }
                    if (parameter.getName().equals("cursor")) {
                        for (String order : List.of("s", "m", "a")) {
                            for (String position : List.of("99999999999|0", "-99999999999|0", "946684799|0",
                                    "4133980800|0", "9223372036854775807|999999999")) {
                                attempt("out-of-range instants", send, baseline.copy().query("cursor",
                                        java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                                                (order + "|" + position + "|" + UUID.randomUUID())
                                                        .getBytes(StandardCharsets.UTF_8))));
                            }
                        }
                    }
                }
                case "header" -> {
                    for (String value : List.of("", "garbage", "\"", "*", "x".repeat(300), "W/\"1\"",
                            "%C3%A9t%C3%A9")) {
                        attempt("headers", send, baseline.copy().with(parameter.getName(), value));
                    }
                }
                default -> {
                }
            }
        }
        if (body != null) {
            fuzzBody(baseline, body, send);
        }
    }

    private void fuzzBody(Request baseline, JsonNode body, Function<Request, Http.Reply> send) {
        attempt("content types", send,
                baseline.copy().body(baseline.body.getBytes(StandardCharsets.UTF_8), "text/plain"));
        attempt("content types", send,
                baseline.copy().body(baseline.body.getBytes(StandardCharsets.UTF_8), "application/xml"));
        attempt("content types", send, baseline.copy().body(baseline.body.getBytes(StandardCharsets.UTF_8), null));
        for (String whole : List.of("", "null", "[]", "{", "\"text\"", "123", "{\"a\":1e999999}",
                "{\"jobTitle\":\"a\",\"jobTitle\":\"b\"}", "[".repeat(100_000), "{\"a\":".repeat(20_000))) {
            attempt("whole bodies", send, baseline.copy().json(whole));
        }
        byte[] notUtf8 = {'{', '"', 'j', 'o', 'b', 'T', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe,
                (byte) 0xc3, (byte) 0x28, '"', '}'};
        attempt("whole bodies", send, baseline.copy().body(notUtf8, "application/json"));
        ObjectNode large = JSON.createObjectNode();
        large.put("padding", "x".repeat(300 * 1024));
        attempt("whole bodies", send, baseline.copy().json(large.toString()));
        if (body.isObject()) {
            ObjectNode extra = body.deepCopy();
            extra.put("ownerId", "someone-else");
            extra.put("tenantId", "another-tenant");
            attempt("unknown fields", send, baseline.copy().json(extra.toString()));
            ObjectNode misspelt = body.deepCopy();
            misspelt.put("noFollowupRequested", true);
            attempt("unknown fields", send, baseline.copy().json(misspelt.toString()));
            body.fieldNames().forEachRemaining(name -> attempt("duplicate keys", send, baseline.copy()
                    .json("{\"" + name + "\":" + body.get(name) + "," + body.toString().substring(1))));
            for (String after : List.of(" {}", " x", "[]", " null", "\u0000")) {
                attempt("trailing content", send, baseline.copy().json(body.toString() + after));
            }
        }
        for (String pointer : pointers(body, "")) {
            List<JsonNode> replacements = new ArrayList<>(List.of(JSON.nullNode(), JSON.valueToTree(12345),
                    JSON.valueToTree("text"), JSON.valueToTree(true), JSON.createArrayNode(), JSON.createObjectNode(),
                    JSON.valueToTree(""), JSON.valueToTree("x".repeat(5000)), JSON.valueToTree(-1),
                    JSON.valueToTree(1e308), JSON.valueToTree("\u0000\ud83d\ude00\u202e")));
            JsonNode original = body.at(pointer);
            if (original.isTextual() && original.asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                BAD_DATES.forEach(date -> replacements.add(JSON.valueToTree(date)));
            }
            if (original.isArray() && !original.isEmpty()) {
                ArrayNode many = JSON.createArrayNode();
                for (int n = 0; n < 1000; n++) {
                    many.add(original.get(0).deepCopy());
                }
                replacements.add(many);
            }
            for (JsonNode replacement : replacements) {
                attempt("body fields", send, baseline.copy().json(replaced(body, pointer, replacement).toString()));
            }
            for (JsonNode coerced : List.<JsonNode>of(JSON.valueToTree("true"), JSON.valueToTree(1),
                    JSON.valueToTree(0),
                    JSON.valueToTree(42.5), JSON.valueToTree(false), JSON.valueToTree("1"))) {
                attempt("coercions", send, baseline.copy().json(replaced(body, pointer, coerced).toString()));
            }
            if (original.isTextual()) {
                for (String text : CONTROL_TEXTS) {
                    attempt("control characters", send,
                            baseline.copy().json(replaced(body, pointer, JSON.valueToTree(text)).toString()));
                }
                for (String escape : List.of("a\\ud800b", "\\udc00", "a\\udc00\\ud800b", "\\ud83d")) {
                    attempt("surrogates", send, baseline.copy().json(replaced(body, pointer,
                            JSON.valueToTree("SURROGATE-MARK")).toString().replace("SURROGATE-MARK", escape)));
                }
                if (original.asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    for (String instant : OUT_OF_RANGE_INSTANTS) {
                        attempt("out-of-range instants", send,
                                baseline.copy().json(replaced(body, pointer, JSON.valueToTree(instant)).toString()));
                    }
                }
            }
            attempt("body fields", send, baseline.copy().json(replaced(body, pointer, null).toString()));
        }
    }

    private void attempt(String family, Function<Request, Http.Reply> send, Request request) {
        tried.merge(family, 1, Integer::sum);
        send.apply(request);
    }

    private String currentEtag(Request baseline) {
        Request read = baseline.copy();
        read.method = "GET";
        read.body = null;
        read.headers.remove("Content-Type");
        return read.send(http).header("ETag").orElse(null);
    }

    /** The fixture's value: keys are "{template prefix}:{name}", the longest matching prefix wins. */
    private String pathValue(String template, String name) {
        String best = null;
        int bestLength = -1;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            int colon = value.getKey().lastIndexOf(':');
            String prefix = value.getKey().substring(0, colon);
            if (value.getKey().substring(colon + 1).equals(name) && template.startsWith(prefix)
                    && prefix.length() > bestLength) {
                best = value.getValue();
                bestLength = prefix.length();
            }
        }
        return best != null ? best : UUID.randomUUID().toString();
    }

    // --- bodies from the document's examples ---

    private JsonNode bodyOf(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return null;
        }
        var mediaType = operation.getRequestBody().getContent().get("application/json");
        return mediaType == null ? null : sample(mediaType.getSchema(), 0);
    }

    @SuppressWarnings("rawtypes")
    private JsonNode sample(Schema schema, int depth) {
        if (schema == null || depth > 8) {
            return JSON.nullNode();
        }
        if (schema.getExample() != null) {
            return exampleOf(schema.getExample());
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            ObjectNode merged = JSON.createObjectNode();
            for (Object part : schema.getAllOf()) {
                JsonNode sample = sample((Schema) part, depth + 1);
                if (!sample.isObject()) {
                    return sample;
                }
                merged.setAll((ObjectNode) sample);
            }
            return merged;
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return exampleOf(schema.getEnum().get(0));
        }
        if (schema.getProperties() != null) {
            ObjectNode object = JSON.createObjectNode();
            schema.getProperties().forEach((name, property) -> object.set((String) name, sample((Schema) property,
                    depth + 1)));
            return object;
        }
        String type = schema.getType();
        if (type == null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            type = (String) schema.getTypes().iterator().next();
        }
        if ("array".equals(type)) {
            return JSON.createArrayNode().add(sample(schema.getItems(), depth + 1));
        }
        return switch (type == null ? "string" : type) {
            case "integer" -> JSON.valueToTree(1);
            case "number" -> JSON.valueToTree(1.5);
            case "boolean" -> JSON.valueToTree(true);
            default -> JSON.valueToTree("text");
        };
    }

    private static JsonNode exampleOf(Object example) {
        if (example instanceof OffsetDateTime time) {
            return JSON.valueToTree(time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        if (example instanceof Date date) {
            return JSON.valueToTree(date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        if (example instanceof String text) {
            try {
                JsonNode parsed = JSON.readTree(text);
                if (parsed != null && (parsed.isObject() || parsed.isArray())) {
                    return parsed;
                }
            } catch (Exception notJson) {
                // a plain string example
            }
        }
        return JSON.valueToTree(example);
    }

    /** JSON pointers to every node below the root. */
    private static List<String> pointers(JsonNode node, String prefix) {
        List<String> all = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                all.add(prefix + "/" + name);
                all.addAll(pointers(node.get(name), prefix + "/" + name));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            all.add(prefix + "/0");
            all.addAll(pointers(node.get(0), prefix + "/0"));
        }
        return all;
    }

    /** A copy of the body with the node at the pointer replaced, or removed when the replacement is null. */
    private static JsonNode replaced(JsonNode body, String pointer, JsonNode replacement) {
        JsonNode copy = body.deepCopy();
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, cut));
        String key = pointer.substring(cut + 1);
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(key);
            } else {
                object.set(key, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove(Integer.parseInt(key));
            } else {
                array.set(Integer.parseInt(key), replacement);
            }
        }
        return copy;
    }

    /** A request under construction, copied for each variant. */
    private static final class Request {
        String method;
        final String template;
        final Map<String, String> pathValues = new LinkedHashMap<>();
        final List<String> query = new ArrayList<>();
        final Map<String, String> headers = new LinkedHashMap<>();
        String body;
        byte[] rawBody;

        Request(String method, String template, String token, String body) {
            this.method = method;
            this.template = template;
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            if (body != null) {
                json(body);
            }
        }

        Request copy() {
            Request copy = new Request(method, template, null, null);
            copy.pathValues.putAll(pathValues);
            copy.query.addAll(query);
            copy.headers.putAll(headers);
            copy.body = body;
            copy.rawBody = rawBody;
            return copy;
        }

        Request with(String header, String value) {
            headers.put(header, value);
            return this;
        }

        Request without(String header) {
            headers.remove(header);
            return this;
        }

        Request query(String name, String value) {
            query.add(name + "=" + value);
            return this;
        }

        Request json(String json) {
            body = json;
            rawBody = null;
            headers.put("Content-Type", "application/json");
            return this;
        }

        Request body(byte[] bytes, String contentType) {
            body = null;
            rawBody = bytes;
            if (contentType == null) {
                headers.remove("Content-Type");
            } else {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        Http.Reply send(Http http) {
            String path = template;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            if (!query.isEmpty()) {
                path += "?" + String.join("&", query);
            }
            Http.Call call = http.call(method, path);
            headers.forEach(call::header);
            if (body != null) {
                call.body(body.getBytes(StandardCharsets.UTF_8), headers.get("Content-Type"));
            } else if (rawBody != null) {
                call.body(rawBody, headers.get("Content-Type"));
            }
            return call.sendChecked();
        }
    }
}
