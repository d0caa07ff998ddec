# The side-by-side run against the naive peer (issue 16; ../shared/benchmark-protocol.md, "The peer, measured
# in the same run"): the peer is built from its own directory with this project's wrapper and Quarkus version,
# runs on its own scratch database of the same PostgreSQL and takes the same tokens (same key, same issuer).
# Service and peer are measured in turns under the same load, and the report gives service/peer ratios.
# Sourced by bench/run after service.sh and report.sh; defines functions only.

PEER_JAR=target/bench/peer/target/quarkus-app/quarkus-run.jar

find_peer() {
    local dir
    for dir in "${BENCH_PEER:-}" ../shared/anchors/naive-followups /work/shared/anchors/naive-followups; do
        if [ -n "$dir" ] && [ -f "$dir/pom.xml" ]; then
            (cd "$dir" && pwd)
            return
        fi
    done
    die "the naive peer is not found: set BENCH_PEER to its directory (../shared/anchors/naive-followups)"
}

# Copies the peer as it is (never edited) into $WORK/peer and packages it with this project's wrapper and
# the Quarkus platform this project's pom names.
build_peer() {
    local source group version
    source=$(find_peer)
    group=$(sed -n 's:.*<quarkus.platform.group-id>\(.*\)</quarkus.platform.group-id>.*:\1:p' pom.xml | head -n 1)
    version=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml | head -n 1)
    rm -rf "$WORK/peer" && mkdir -p "$WORK/peer"
    cp -r "$source/pom.xml" "$source/src" "$WORK/peer/"
    log "packaging the naive peer ($source) with $group:quarkus-bom:$version"
    ./mvnw -B -q -ntp -f "$WORK/peer/pom.xml" package -DskipTests -Dquarkus.group="$group" \
        -Dquarkus.version="$version" >"$WORK/peer-build.log" 2>&1 || { tail -n 40 "$WORK/peer-build.log"; die "building the peer"; }
    echo "- naive peer: \`$source\` (files' SHA-256 \`$(cd "$source" && find pom.xml src -type f | sort |
        xargs sha256sum | sha256sum | cut -c1-12)\`), built with Quarkus $version" >>"$WORK/environment.md"
}

# start_peer PORT DATABASE [java options...]: the peer's jar with the service's variables; sets PEER_PID.
# The peer drops and creates its tables at every start.
start_peer() {
    local port=$1 db=$2; shift 2
    QUARKUS_HTTP_PORT=$port \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" \
    QUARKUS_DATASOURCE_USERNAME=$PG_USER \
    MP_JWT_VERIFY_ISSUER=$ISSUER \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$WORK/keys/public.pem" \
        java ${JVM_HEAP--Xms512m -Xmx512m} "$@" -jar "$PEER_JAR" >>"$WORK/peer.log" 2>&1 &
    PEER_PID=$!
}

stop_peer() {
    [ -n "${PEER_PID:-}" ] || return 0
    kill -TERM "$PEER_PID" 2>/dev/null && { wait "$PEER_PID" 2>/dev/null || true; }
    PEER_PID=
}

# vs_run APP SCRIPT SECONDS REPORT: one wrk run against the service or the peer, inputs from the WRK_* variables.
vs_run() {
    local base=$VS_SERVICE_BASE
    [ "$1" = peer ] && base=$VS_PEER_BASE
    WRK_REPORT=$4 wrk -t1 -c$CONNECTIONS -d"$3"s --timeout 10s -s "bench/wrk/$2" "$base" >/dev/null
}

# versus OPERATION SCRIPT SERVICE_INPUT PEER_INPUT: the service and the peer in turns, $VS_ROUNDS rounds, each
# turn $VS_WARMUP s of warm-up then $VS_DURATION s measured. An input is a targets file (get.lua) or a body
# template (post.lua, with the tokens in $VS_TOKENS). Records the medians as vs_* figures, scale = app.
versus() {
    local op=$1 script=$2 round app pid input reps
    export WRK_TOKENS=${VS_TOKENS:-} WRK_ACCEPT=application/json WRK_PATH=/interviews
    for app in service peer; do : >"$WORK/vs-$op-$app.reps"; done
    local order
    for ((round = 1; round <= VS_ROUNDS; round++)); do
        # The order alternates by round, so that the vacuum and checkpoints one's writes cause do not
        # always land in the other's turn.
        order="service peer"
        [ $((round % 2)) = 0 ] && order="peer service"
        for app in $order; do
            input=$3 pid=$VS_SERVICE_PID
            [ $app = peer ] && input=$4 pid=$VS_PEER_PID
            if [ "$script" = post.lua ]; then export WRK_BODY=$input; else export WRK_TARGETS=$input; fi
            [ "$VS_WARMUP" -gt 0 ] && vs_run $app "$script" "$VS_WARMUP" "$WORK/warmup.csv"
            local jvm_before pg_before
            jvm_before=$(cpu_ticks "$pid")
            pg_before=$(postgres_ticks)
            vs_run $app "$script" "$VS_DURATION" "$WORK/run.csv"
            reps=$WORK/vs-$op-$app.reps
            awk -F, -v jvm=$(($(cpu_ticks "$pid") - jvm_before)) -v pg=$(($(postgres_ticks) - pg_before)) \
                -v hz="$(getconf CLK_TCK)" '$1 > 0 { printf "%.1f %.2f %.2f %.2f %d %d %.3f %.3f\n", ($1 - $3) / ($2 / 1e6),
                    $5 / 1000, $6 / 1000, $7 / 1000, $3, $1, jvm * 1000 / hz / $1, pg * 1000 / hz / $1 }' \
                "$WORK/run.csv" >>"$reps"
            [ -s "$reps" ] || die "$op on the $app: wrk completed no request"
            log "$op, round $round, $app: $(tail -n 1 "$reps" | awk '{ print $1 " req/s, p99 " $3 " ms, errors " $5 }')"
        done
    done
    local column index name unit
    for app in service peer; do
        reps=$WORK/vs-$op-$app.reps
        for column in 1:vs_throughput:req/s 2:vs_p50_ms:ms 3:vs_p99_ms:ms 4:vs_p999_ms:ms 7:vs_jvm_cpu_per_request:ms \
            8:vs_pg_cpu_per_request:ms; do
            IFS=: read -r index name unit <<<"$column"
            figure "$name" "$op" $app "$(awk -v c="$index" '{ print $c }' "$reps" | median_of)" "$unit"
        done
        figure vs_errors "$op" $app "$(awk '{ s += $5 } END { print s }' "$reps")" count
    done
}

# fixed_rate OPERATION APP URL RATE [autocannon options...]: a run capped at RATE requests a second
# (autocannon -R). Its connections still wait for their answers, so a server that cannot keep up shows as
# an achieved rate below RATE (reported beside it), not as queueing delay: not a true open loop.
fixed_rate() {
    local op=$1 app=$2 url=$3 rate=$4; shift 4
    "$AUTOCANNON" -c $CONNECTIONS -d "$VS_DURATION" -R "$rate" -j "$@" "$url" >"$WORK/autocannon.json" 2>/dev/null ||
        die "autocannon on $url"
    local p50 p99 p999 sent errors
    read -r p50 p99 p999 sent errors < <(jq -r '[.latency.p50, .latency.p99, .latency.p99_9, .requests.total,
        (.errors + .timeouts + .non2xx)] | @tsv' "$WORK/autocannon.json")
    figure fixed_p50_ms "$op@$rate" $app "$p50" ms
    figure fixed_p99_ms "$op@$rate" $app "$p99" ms
    figure fixed_p999_ms "$op@$rate" $app "$p999" ms
    figure fixed_requests "$op@$rate" $app "$sent" count
    figure fixed_errors "$op@$rate" $app "$errors" count
    figure fixed_achieved "$op@$rate" $app "$(awk -v n="$sent" -v d="$VS_DURATION" 'BEGIN { printf "%.0f", n / d }')" req/s
    log "$op at $rate/s on the $app: p50 $p50 ms, p99 $p99 ms, p99.9 $p999 ms, $errors errors of $sent"
}

require_autocannon() {
    AUTOCANNON=bench/node/node_modules/.bin/autocannon
    [ -x "$AUTOCANNON" ] && return
    command -v npm >/dev/null || die "npm is not installed (the fixed-rate runs use autocannon)"
    log "installing autocannon (npm ci --prefix bench/node)"
    npm ci --prefix bench/node --no-audit --no-fund --silent >/dev/null 2>&1 || die "npm ci --prefix bench/node"
}

# register_fixtures APP BASE BODY TOKEN TARGETS DB: 16 interviews with three interviewers each, registered through
# the app's own API; their plans' paths go to TARGETS (get.lua's format). The peer answers with the plan alone,
# so its interviews' ids are read from its database.
register_fixtures() {
    local app=$1 base=$2 body=$3 reader=$4 targets=$5 db=$6 n
    for n in $(seq 1 16); do
        sed "s/{n}/$n/g" "$body" | curl -sf -o /dev/null -X POST "$base/interviews" -H "Authorization: Bearer $reader" \
            -H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary @- ||
            die "registering a fixture interview with the $app"
    done
    local owner_column=owner_id
    [ "$app" = peer ] && owner_column=owner
    psql_on "$db" -At -c "select id from interview where $owner_column = 'vs-reader' order by id" |
        awk -v token="$reader" '{ printf "/interviews/%s/follow-ups\t%s\n", $1, token }' >"$targets"
    [ "$(wc -l <"$targets")" = 16 ] || die "the $app holds $(wc -l <"$targets") fixture interviews, not 16"
}

# mixed_load SERVICE_BODY: the service alone under a mix of the operations just measured (the reliability
# suite's shape: mostly reads, one write in ten; the same candidates read and write), for its CPU per request
# against the mean of the same operations measured alone, weighted as in the mix.
mixed_load() {
    local plan reader agenda writer i k
    : >"$WORK/vs-mixed.targets"
    for i in $(seq 1 16); do
        IFS=$'\t' read -r plan reader < <(sed -n "${i}p" "$WORK/vs-plan-service.targets")
        agenda=$(sed -n "${i}p" "$WORK/vs-agenda.targets" | cut -f2)
        writer=$(sed -n "$((i % VS_CANDIDATES + 1))p" "$WORK/vs-spread.tokens")
        for k in 1 2 3 4 5 6 7 8 9; do
            if [ $((k % 2)) = 1 ]; then printf 'GET\t%s\t%s\n' "$plan" "$reader"; else printf 'GET\t/agenda\t%s\n' "$agenda"; fi
        done >>"$WORK/vs-mixed.targets"
        printf 'POST\t/interviews\t%s\t%s\n' "$writer" "$1" >>"$WORK/vs-mixed.targets"
    done
    export WRK_TARGETS=$WORK/vs-mixed.targets
    : >"$WORK/vs-mixed.reps"
    local round jvm_before
    for ((round = 1; round <= VS_ROUNDS; round++)); do
        [ "$VS_WARMUP" -gt 0 ] && vs_run service mixed.lua "$VS_WARMUP" "$WORK/warmup.csv"
        jvm_before=$(cpu_ticks "$VS_SERVICE_PID")
        vs_run service mixed.lua "$VS_DURATION" "$WORK/run.csv"
        awk -F, -v jvm=$(($(cpu_ticks "$VS_SERVICE_PID") - jvm_before)) -v hz="$(getconf CLK_TCK)" \
            '$1 > 0 { printf "%.1f %.3f %d\n", ($1 - $3) / ($2 / 1e6), jvm * 1000 / hz / $1, $3 }' "$WORK/run.csv" >>"$WORK/vs-mixed.reps"
        log "mixed, round $round: $(tail -n 1 "$WORK/vs-mixed.reps" | awk '{ print $1 " req/s, JVM CPU " $2 " ms/req, errors " $3 }')"
    done
    figure vs_throughput mixed service "$(awk '{ print $1 }' "$WORK/vs-mixed.reps" | median_of)" req/s
    figure vs_jvm_cpu_per_request mixed service "$(awk '{ print $2 }' "$WORK/vs-mixed.reps" | median_of)" ms
    figure vs_errors mixed service "$(awk '{ s += $3 } END { print s }' "$WORK/vs-mixed.reps")" count
    # Five plan reads, four agenda reads (at the larger table) and one registration in ten requests.
    figure vs_jvm_cpu_alone_mean mixed service "$(awk -v p="$(value vs_jvm_cpu_per_request plan service)" \
        -v a="$(value vs_jvm_cpu_per_request "agenda_$LARGE" service)" -v r="$(value vs_jvm_cpu_per_request register_spread service)" \
        'BEGIN { printf "%.3f", (5 * p + 4 * a + r) / 10 }')" ms
}

# The whole side-by-side run: startup and memory at the JVM's default heap, then the service and the peer both
# up (-Xms512m -Xmx512m), each on its own database, measured in turns.
run_versus() {
    local service_db=${DB}_vs peer_db=${DB}_peer service_port=$((PORT + 10)) peer_port=$((PORT + 20)) start began
    VS_SERVICE_BASE=http://127.0.0.1:$service_port VS_PEER_BASE=http://127.0.0.1:$peer_port
    require_autocannon
    build_peer
    fresh_database "$service_db"
    fresh_database "$peer_db"
    local reader
    reader=$(token vs-reader $TENANT candidate)

    for start in $(seq 1 $STARTS); do
        began=$(date +%s%3N)
        JVM_HEAP= start_service "$service_port" "$service_db" -Dfollowup.rate-limit.enabled=false
        wait_until_serving "$VS_SERVICE_BASE/interviews?limit=1" "$reader"
        figure vs_startup_ms startup service $(($(date +%s%3N) - began)) ms
        figure vs_rss_after_first_request startup service "$(rss_mb "$SERVICE_PID")" MB
        stop_service
        began=$(date +%s%3N)
        JVM_HEAP= start_peer "$peer_port" "$peer_db"
        wait_until_answering "$VS_PEER_BASE/agenda" "$reader" "$PEER_PID" "$WORK/peer.log"
        figure vs_startup_ms startup peer $(($(date +%s%3N) - began)) ms
        figure vs_rss_after_first_request startup peer "$(rss_mb "$PEER_PID")" MB
        stop_peer
        log "start $start, default heap: service $(value vs_startup_ms startup service) ms, peer $(value vs_startup_ms startup peer) ms"
    done

    start_service "$service_port" "$service_db" -Dfollowup.rate-limit.enabled=false
    wait_until_serving "$VS_SERVICE_BASE/interviews?limit=1" "$reader"
    start_peer "$peer_port" "$peer_db"
    wait_until_answering "$VS_PEER_BASE/agenda" "$reader" "$PEER_PID" "$WORK/peer.log"
    VS_SERVICE_PID=$SERVICE_PID VS_PEER_PID=$PEER_PID

    local day service_body peer_body
    day=$(date -u -d yesterday +%F)
    service_body=$WORK/service-interview.json peer_body=$WORK/peer-interview.json
    sed "s/{day}/$day/g" bench/bodies/service-interview.json >"$service_body"
    sed "s/{day}/$day/g" bench/bodies/peer-interview.json >"$peer_body"
    register_fixtures service "$VS_SERVICE_BASE" "$service_body" "$reader" "$WORK/vs-plan-service.targets" "$service_db"
    register_fixtures peer "$VS_PEER_BASE" "$peer_body" "$reader" "$WORK/vs-plan-peer.targets" "$peer_db"
    figure vs_plan_items plan service "$(curl -sf "$VS_SERVICE_BASE$(head -n 1 "$WORK/vs-plan-service.targets" | cut -f1)" \
        -H "Authorization: Bearer $reader" | jq '.items | length')" count
    figure vs_plan_items plan peer "$(curl -sf "$VS_PEER_BASE$(head -n 1 "$WORK/vs-plan-peer.targets" | cut -f1)" \
        -H "Authorization: Bearer $reader" | jq '.items | length')" count

    local small_owners=$((SMALL / FOLLOW_UPS_PER_OWNER)) large_owners=$((LARGE / FOLLOW_UPS_PER_OWNER)) owner
    log "seeding both databases: agenda owners 0..$((small_owners - 1)), a candidate with $VS_HEAVY interviews"
    psql_on "$service_db" -v tenant=$TENANT -v first_owner=0 -v last_owner=$((small_owners - 1)) -f bench/sql/seed-agenda.sql
    psql_on "$peer_db" -v tenant=$TENANT -v first_owner=0 -v last_owner=$((small_owners - 1)) -f bench/sql/seed-agenda-peer.sql
    psql_on "$service_db" -v tenant=$TENANT -v owner=heavy-candidate -v interviews="$VS_HEAVY" -f bench/sql/seed-heavy.sql
    psql_on "$peer_db" -v tenant=$TENANT -v owner=heavy-candidate -v interviews="$VS_HEAVY" -f bench/sql/seed-heavy-peer.sql
    psql_on "$service_db" -c "analyze" && psql_on "$peer_db" -c "analyze"
    : >"$WORK/vs-agenda.targets"
    for owner in $(seq 0 15); do
        printf '/agenda\t%s\n' "$(token "agenda-owner-$owner" $TENANT candidate)" >>"$WORK/vs-agenda.targets"
    done
    figure vs_agenda_items agenda service "$(curl -sf "$VS_SERVICE_BASE/agenda" -H "Authorization: Bearer $(head -n 1 \
        "$WORK/vs-agenda.targets" | cut -f2)" | jq '.items | length')" count
    figure vs_agenda_items agenda peer "$(curl -sf "$VS_PEER_BASE/agenda" -H "Authorization: Bearer $(head -n 1 \
        "$WORK/vs-agenda.targets" | cut -f2)" | jq '.items | length')" count

    versus plan get.lua "$WORK/vs-plan-service.targets" "$WORK/vs-plan-peer.targets"
    versus "agenda_$SMALL" get.lua "$WORK/vs-agenda.targets" "$WORK/vs-agenda.targets"
    log "seeding both databases: agenda owners $small_owners..$((large_owners - 1))"
    psql_on "$service_db" -v tenant=$TENANT -v first_owner=$small_owners -v last_owner=$((large_owners - 1)) -f bench/sql/seed-agenda.sql
    psql_on "$peer_db" -v tenant=$TENANT -v first_owner=$small_owners -v last_owner=$((large_owners - 1)) -f bench/sql/seed-agenda-peer.sql
    versus "agenda_$LARGE" get.lua "$WORK/vs-agenda.targets" "$WORK/vs-agenda.targets"

    local n
    : >"$WORK/vs-spread.tokens"
    for n in $(seq 1 "$VS_CANDIDATES"); do token "spread-candidate-$n" $TENANT candidate >>"$WORK/vs-spread.tokens"; echo >>"$WORK/vs-spread.tokens"; done
    token heavy-candidate $TENANT candidate >"$WORK/vs-heavy.tokens"
    VS_TOKENS=$WORK/vs-spread.tokens versus register_spread post.lua "$service_body" "$peer_body"
    VS_TOKENS=$WORK/vs-heavy.tokens versus register_heavy post.lua "$service_body" "$peer_body"
    figure vs_heavy_interviews register_heavy service "$(psql_on "$service_db" -At -c "select count(*) from interview
        where owner_id = 'heavy-candidate'")" count
    # The feed is numbered after commit, off the request path: what registration left for later.
    figure vs_events_unnumbered register_heavy service "$(psql_on "$service_db" -At -c "select count(*) from event
        where feed_position is null")" count
    figure vs_events_numbered register_heavy service "$(psql_on "$service_db" -At -c "select count(*) from event
        where feed_position is not null")" count

    mixed_load "$service_body"

    # Open loop at 50 % and 80 % of each one's measured maximum.
    local app base pid max share rate plan_path writer
    writer=$(head -n 1 "$WORK/vs-spread.tokens")
    for app in service peer; do
        base=$VS_SERVICE_BASE
        [ $app = peer ] && base=$VS_PEER_BASE
        plan_path=$(head -n 1 "$WORK/vs-plan-$app.targets" | cut -f1)
        for share in 50 80; do
            max=$(value vs_throughput plan $app)
            rate=$(awk -v m="$max" -v s=$share 'BEGIN { r = int(m * s / 100); print r < 1 ? 1 : r }')
            fixed_rate "plan_$share" $app "$base$plan_path" "$rate" -H "Authorization=Bearer $reader" -H "Accept=application/json"
            max=$(value vs_throughput register_spread $app)
            rate=$(awk -v m="$max" -v s=$share 'BEGIN { r = int(m * s / 100); print r < 1 ? 1 : r }')
            local body=$service_body
            [ $app = peer ] && body=$peer_body
            fixed_rate "register_$share" $app "$base/interviews" "$rate" -m POST -H "Authorization=Bearer $writer" \
                -H "Content-Type=application/json" -H "Accept=application/json" -b "$(sed 's/{n}/fixed/g' "$body" | tr -d '\n')"
        done
    done
    stop_service
    stop_peer
}

# ratio_of METRIC OPERATION: service / peer for one vs_* figure.
ratio_of() { ratio "$(value "$1" "$2" service)" "$(value "$1" "$2" peer)"; }

# The report's section on the side-by-side run (Markdown, to stdout).
write_versus_section() {
    local startup_service startup_peer rss_service rss_peer draft_min heavy_share op app
    startup_service=$(awk -F, '$1 == "vs_startup_ms" && $3 == "service" { print $4 }' "$CSV" | median_of)
    startup_peer=$(awk -F, '$1 == "vs_startup_ms" && $3 == "peer" { print $4 }' "$CSV" | median_of)
    rss_service=$(awk -F, '$1 == "vs_rss_after_first_request" && $3 == "service" { print $4 }' "$CSV" | median_of)
    rss_peer=$(awk -F, '$1 == "vs_rss_after_first_request" && $3 == "peer" { print $4 }' "$CSV" | median_of)
    draft_min=$(awk -F, '$1 == "jmh_ops_per_s" { print $4 }' "$CSV" | sort -g | head -n 1)
    heavy_share=$(ratio "$(value vs_throughput register_heavy service)" "$(value vs_throughput register_spread service)")
    row() { # row GOAL OPERATION TARGET
        local r
        r=$(ratio_of vs_throughput "$2")
        echo "| $1 | >= $3x the peer | $(thousands "$(value vs_throughput "$2" service)") / $(thousands "$(value vs_throughput "$2" peer)") req/s | $r | $(verdict "$r" ">=" "$3") |"
    }
    echo "## Side by side with the naive peer (issue 16)"
    echo
    echo "The peer (\`../shared/anchors/naive-followups\`, built as it is with this project's Quarkus) and the service run at"
    echo "once, each on its own scratch database of the same PostgreSQL, with the same tokens. Each operation is measured"
    echo "in turns (service first in odd rounds, peer first in even ones), rounds: $VS_ROUNDS, each of ${VS_WARMUP} s warm-up and ${VS_DURATION} s measured (wrk -t1 -c$CONNECTIONS);"
    echo "the figures are the medians of the rounds. Startup and memory are taken at the JVM's default heap (no \`-Xms\`),"
    echo "the rest at -Xms512m -Xmx512m for both. The service's rate limiter is off (the peer has none)."
    echo
    echo "| goal | target | service / peer | ratio | verdict |"
    echo "|---|---|---|---|---|"
    row "read one interview's plan" plan 1.5
    row "agenda at $(thousands "$SMALL") follow-ups" "agenda_$SMALL" 1.5
    row "agenda at $(thousands "$LARGE") follow-ups" "agenda_$LARGE" 1.5
    row "register, spread over $VS_CANDIDATES candidates" register_spread 1.0
    row "register, one candidate with $(thousands "$VS_HEAVY") interviews" register_heavy 1.0
    echo "| registration, heavy candidate / spread (the service's own) | >= 0.9 | $(thousands "$(value vs_throughput register_heavy service)") / $(thousands "$(value vs_throughput register_spread service)") req/s | $heavy_share | $(verdict "$heavy_share" ">=" 0.9) |"
    local startup_ratio rss_ratio
    startup_ratio=$(ratio "$startup_service" "$startup_peer")
    rss_ratio=$(ratio "$rss_service" "$rss_peer")
    echo "| time to first request (median of $STARTS, default heap) | <= 1.2x the peer | $startup_service / $startup_peer ms | $startup_ratio | $(verdict "$startup_ratio" "<=" 1.2) |"
    echo "| resident memory after the first request (default heap) | <= 1.0x the peer | $rss_service / $rss_peer MB | $rss_ratio | $(verdict "$rss_ratio" "<=" 1.0) |"
    if [ -n "$draft_min" ]; then
        echo "| drafts per core, slowest type (JMH; $(awk -F, '$1 == "jmh_ops_per_s" { printf "%s%s %d", n++ ? ", " : "", $3, $4 }' "$CSV")) | >= 20,000 /s | $(thousands "$draft_min") /s | | $(verdict "$draft_min" ">=" 20000) |"
    else
        echo "| drafts per core, slowest type (JMH) | >= 20,000 /s | not in this run (\`bench/run\` measures it) | | not measured |"
    fi
    local language_min
    language_min=$(awk -F, '$1 == "jmh_vs_english" { print $4 }' "$CSV" | sort -g | head -n 1)
    if [ -n "$language_min" ]; then
        echo "| drafts in German, French and Spanish vs English, worst kind (JMH runs one after the other, indicative; $(awk -F, '$1 == "jmh_vs_english" && $4 < 0.95 { printf "%s%s %s", n++ ? ", " : "", $3, $4 }' "$CSV")) | >= 0.9 | | $language_min | see \`bench/results/languages.md\` (\`bench/languages\`) |"
    fi
    local mixed_ratio
    mixed_ratio=$(ratio "$(value vs_jvm_cpu_per_request mixed service)" "$(value vs_jvm_cpu_alone_mean mixed service)")
    echo "| mixed load (5 plan reads, 4 agenda reads, 1 registration in 10), the service's JVM CPU per request vs the same operations alone | <= 1.5x | $(value vs_jvm_cpu_per_request mixed service) / $(value vs_jvm_cpu_alone_mean mixed service) ms | $mixed_ratio | $(verdict "$mixed_ratio" "<=" 1.5) |"
    echo
    echo "Answers compared: a plan of $(value vs_plan_items plan service) items from the service, $(value vs_plan_items plan peer) from the"
    echo "peer (an interview with three interviewers); an agenda page of $(value vs_agenda_items agenda service) and $(value vs_agenda_items agenda peer) items."
    echo "The heavy candidate ended with $(thousands "$(value vs_heavy_interviews register_heavy service)") interviews in the service."
    echo "When the registrations ended, the service's feed held $(thousands "$(value vs_events_numbered register_heavy service)") numbered events and"
    echo "$(thousands "$(value vs_events_unnumbered register_heavy service)") not yet numbered (numbered after commit by the due sweep every 15 s, by webhook"
    echo "dispatch and by every feed reader; the measured registrations do not include that work)."
    echo
    echo "| operation | app | req/s | p50 ms | p99 ms | p99.9 ms | errors | JVM CPU ms/req | PostgreSQL CPU ms/req |"
    echo "|---|---|---|---|---|---|---|---|---|"
    for op in plan "agenda_$SMALL" "agenda_$LARGE" register_spread register_heavy; do
        for app in service peer; do
            echo "| $op | $app | $(thousands "$(value vs_throughput "$op" $app)") | $(value vs_p50_ms "$op" $app) | $(value vs_p99_ms "$op" $app) | $(value vs_p999_ms "$op" $app) | $(value vs_errors "$op" $app) | $(value vs_jvm_cpu_per_request "$op" $app) | $(value vs_pg_cpu_per_request "$op" $app) |"
        done
    done
    echo
    echo "### Latency at fixed arrival rates"
    echo
    echo "autocannon -R ($CONNECTIONS connections, ${VS_DURATION} s) at 50 % and 80 % of each one's own measured maximum: one interview's"
    echo "plan, and registrations by one candidate (one body, one token) at the rate measured spread over candidates. autocannon"
    echo "caps the rate but its connections wait for their answers: where the achieved rate falls short of the target, the app"
    echo "could not keep up, and the latencies are those of a saturated server rather than of the target's load."
    echo
    echo "| operation @ target/s | app | achieved /s | p50 ms | p99 ms | p99.9 ms | errors / requests |"
    echo "|---|---|---|---|---|---|---|"
    awk -F, '$1 == "fixed_p50_ms" { print $2 "," $3 }' "$CSV" | while IFS=, read -r op app; do
        echo "| $op | $app | $(value fixed_achieved "$op" "$app") | $(value fixed_p50_ms "$op" "$app") | $(value fixed_p99_ms "$op" "$app") | $(value fixed_p999_ms "$op" "$app") | $(value fixed_errors "$op" "$app") / $(value fixed_requests "$op" "$app") |"
    done
}
