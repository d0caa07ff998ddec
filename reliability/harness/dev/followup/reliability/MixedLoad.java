package dev.followup.reliability;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Clients at fixed concurrency, each a candidate of one of the tenants, mixing writes (registering
 * and replacing their own interviews) with every read, and probing other candidates' interviews,
 * which must stay invisible. A write whose outcome is unknown (503, no answer) is retried with its
 * Idempotency-Key until acknowledged, as a careful integrator would.
 */
final class MixedLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration DRAIN = Duration.ofSeconds(90);
    private Duration drain = DRAIN;
    private static final int INTERVIEWS_PER_CANDIDATE = 30;

    private final Http http;
    private final Tally tally;
    private final Ledger ledger;
    private final Tokens tokens;
    private final String runTag;
    /** Which client owns each acknowledged interview: "tenant/owner". */
    private final Map<String, String> ownerOf = new ConcurrentHashMap<>();
    private final Map<String, List<String>> idsByTenant = new ConcurrentHashMap<>();
    final LongAdder probes = new LongAdder();
    final LongAdder listingsChecked = new LongAdder();
    final LongAdder isolationBreaches = new LongAdder();
    final LongAdder retriedWrites = new LongAdder();
    final LongAdder unresolvedWrites = new LongAdder();

    MixedLoad(Http http, Tally tally, Ledger ledger, Tokens tokens, String runTag) {
        this.http = http;
        this.tally = tally;
        this.ledger = ledger;
        this.tokens = tokens;
        this.runTag = runTag;
    }

    /** How long clients retry their unacknowledged writes after the load: none when the service is meant to be gone. */
    MixedLoad drainingFor(Duration duration) {
        this.drain = duration;
        return this;
    }

    /** Runs the clients for the duration, then lets each retry its unacknowledged writes. */
    void run(List<String> tenants, int clientsPerTenant, Duration duration) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Client> clients = new ArrayList<>();
        for (String tenant : tenants) {
            idsByTenant.putIfAbsent(tenant, java.util.Collections.synchronizedList(new ArrayList<>()));
            for (int n = 0; n < clientsPerTenant; n++) {
                clients.add(new Client(tenant, runTag + "-" + tenant + "-" + n, clients.size()));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                running.add(pool.submit(() -> {
                    client.run(deadline);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private final class Client {
        private final String tenant;
        private final String name;
        private String owner;
        private String token;
        private int generation;
        private final Random random;
        private final List<Own> own = new ArrayList<>();
        private final Deque<PendingCreate> pending = new ArrayDeque<>();
        private String followUpId;
        private long counter;

        Client(String tenant, String owner, long seed) {
            this.tenant = tenant;
            this.name = owner;
            becomeNextCandidate();
            this.random = new Random(seed);
        }

        void run(long deadline) throws Exception {
            while (System.nanoTime() < deadline) {
                if (!pending.isEmpty()) {
                    retry(pending.peek());
                    continue;
                }
                int dice = random.nextInt(100);
                if (own.size() >= INTERVIEWS_PER_CANDIDATE && pending.isEmpty()) {
                    becomeNextCandidate();
                }
                if (own.isEmpty() || dice < 25) {
                    create();
                } else if (dice < 35) {
                    update(own.get(random.nextInt(own.size())));
                } else if (dice < 55) {
                    schedule(own.get(random.nextInt(own.size())));
                } else if (dice < 63) {
                    readOne(own.get(random.nextInt(own.size())));
                } else if (dice < 73) {
                    agenda();
                } else if (dice < 83) {
                    list();
                } else if (dice < 90) {
                    draft();
                } else if (dice < 94) {
                    calendar();
                } else {
                    probe();
                }
            }
            long drainUntil = System.nanoTime() + drain.toNanos();
            while (!pending.isEmpty() && System.nanoTime() < drainUntil) {
                retry(pending.peek());
            }
            unresolvedWrites.add(pending.size());
        }

        /**
         * A real candidate has a few dozen interviews, not thousands: after that many the client acts
         * as a new candidate, so that agendas and calendars keep a realistic size while writes go on.
         */
        private void becomeNextCandidate() {
            owner = name + "-" + generation++;
            token = tokens.candidate(tenant, owner);
            own.clear();
            followUpId = null;
        }

        private Http.Call mine(Http.Call call) {
            return call.token(token);
        }

        private Http.Reply send(Http.Call call) {
            // One reply in ten is also checked against the contract (all of them in the fuzz phase).
            return ++counter % 10 == 0 ? call.sendChecked() : call.send();
        }

        /** True when the reply has the expected status; 503 and transport failures are the fault phase's to judge. */
        private boolean expect(Http.Reply reply, int status, String what) {
            if (reply.status() == status) {
                return true;
            }
            if (reply.status() != 503 && reply.status() != 0) {
                tally.unexpected(what + " (expected " + status + ")", reply);
            }
            return false;
        }

        private void create() {
            String remoteId = owner + "-" + counter;
            PendingCreate create = new PendingCreate(UUID.randomUUID().toString(), remoteId,
                    Bodies.interview(remoteId, "Backend Engineer"));
            if (!attempt(create)) {
                pending.add(create);
            }
        }

        private void retry(PendingCreate create) throws InterruptedException {
            retriedWrites.increment();
            if (attempt(create)) {
                pending.remove();
            } else {
                Thread.sleep(200);
            }
        }

        private boolean attempt(PendingCreate create) {
            Http.Reply reply = send(mine(http.post("/interviews")).header("Idempotency-Key", create.key)
                    .json(create.body));
            if (!expect(reply, 201, "register")) {
                return false;
            }
            String id = field(reply, "id");
            ledger.created(tenant, id, "Backend Engineer");
            ownerOf.put(id, tenant + "/" + owner);
            idsByTenant.get(tenant).add(id);
            own.add(new Own(id, create.remoteId, reply.header("ETag").orElse(null)));
            return true;
        }

        private void update(Own interview) {
            if (interview.uncertain && !refresh(interview)) {
                return;
            }
            String title = "Backend Engineer r" + counter;
            Http.Reply reply = send(mine(http.put("/interviews/" + interview.id))
                    .header("If-Match", interview.etag).json(Bodies.interview(interview.remoteId, title)));
            if (expect(reply, 200, "replace")) {
                interview.etag = reply.header("ETag").orElse(null);
                ledger.updated(interview.id, title);
            } else if (reply.status() == 503 || reply.status() == 0) {
                ledger.uncertain(interview.id, title);
                interview.uncertain = true;
            }
        }

        /** After a write of unknown outcome: what the database holds now is the truth to build on. */
        private boolean refresh(Own interview) {
            Http.Reply reply = send(mine(http.get("/interviews/" + interview.id)));
            if (!expect(reply, 200, "read after an uncertain write")) {
                return false;
            }
            interview.etag = reply.header("ETag").orElse(null);
            ledger.updated(interview.id, field(reply, "jobTitle"));
            interview.uncertain = false;
            return true;
        }

        private void schedule(Own interview) {
            Http.Reply reply = send(mine(http.get("/interviews/" + interview.id + "/follow-ups")));
            if (expect(reply, 200, "schedule")) {
                for (JsonNode item : tree(reply).path("items")) {
                    String type = item.path("type").asText();
                    if (type.equals("thank_you") || type.equals("status_check")) {
                        followUpId = item.path("id").asText();
                    }
                }
            }
        }

        private void readOne(Own interview) {
            Http.Reply reply = send(mine(http.get("/interviews/" + interview.id)));
            if (expect(reply, 200, "read") && !interview.id.equals(field(reply, "id"))) {
                tally.unexpected("read returned another interview", reply);
            }
        }

        private void agenda() {
            Http.Reply reply = send(mine(http.get("/agenda")));
            if (expect(reply, 200, "agenda")) {
                checkMine(reply, "interviewId");
            }
        }

        private void list() {
            Http.Reply reply = send(mine(http.get("/interviews?limit=20")));
            if (expect(reply, 200, "list")) {
                checkMine(reply, "id");
            }
        }

        /** Isolation: every listed item belongs to this candidate (or to no client the suite knows). */
        private void checkMine(Http.Reply reply, String idField) {
            listingsChecked.increment();
            for (JsonNode item : tree(reply).path("items")) {
                String holder = ownerOf.get(item.path(idField).asText());
                if (holder != null && !holder.equals(tenant + "/" + owner)) {
                    isolationBreaches.increment();
                    tally.unexpected("another candidate's item listed (" + holder + ")", reply);
                }
            }
        }

        private void draft() {
            if (followUpId == null) {
                schedule(own.get(random.nextInt(own.size())));
                return;
            }
            Http.Reply reply = send(mine(http.get("/follow-ups/" + followUpId + "/draft")));
            expect(reply, 200, "draft");
        }

        private void calendar() {
            Http.Reply reply = send(mine(http.get("/agenda.ics")).header("Accept", "text/calendar"));
            if (expect(reply, 200, "calendar") && !reply.body().startsWith("BEGIN:VCALENDAR")) {
                tally.unexpected("calendar is not iCalendar", reply);
            }
        }

        /** Another candidate's interview, of this tenant or another: it must not exist for this caller. */
        private void probe() {
            List<String> tenantIds = idsByTenant.get(random.nextBoolean() ? tenant : otherTenant());
            String id;
            synchronized (tenantIds) {
                if (tenantIds.isEmpty()) {
                    return;
                }
                id = tenantIds.get(random.nextInt(tenantIds.size()));
            }
            if ((tenant + "/" + owner).equals(ownerOf.get(id))) {
                return;
            }
            probes.increment();
            Http.Reply reply = random.nextBoolean()
                    ? send(mine(http.get("/interviews/" + id)))
                    : send(mine(http.put("/interviews/" + id)).header("If-Match", "\"0\"")
                            .json(Bodies.interview("probe-" + counter, "Intruder")));
            if (reply.status() == 200) {
                isolationBreaches.increment();
            }
            expect(reply, 404, "another candidate's interview");
        }

        private String otherTenant() {
            for (String other : idsByTenant.keySet()) {
                if (!other.equals(tenant)) {
                    return other;
                }
            }
            return tenant;
        }
    }

    private static final class Own {
        final String id;
        final String remoteId;
        String etag;
        boolean uncertain;

        Own(String id, String remoteId, String etag) {
            this.id = id;
            this.remoteId = remoteId;
            this.etag = etag;
        }
    }

    private record PendingCreate(String key, String remoteId, String body) {
    }

    static JsonNode tree(Http.Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    static String field(Http.Reply reply, String name) {
        return tree(reply).path(name).asText();
    }
}
