# The benchmark's Markdown report, written from the figures CSV ($CSV) that bench/run collected.

# value METRIC OPERATION [SCALE]: one figure from the CSV, empty if absent.
value() { awk -F, -v m="$1" -v o="$2" -v s="${3:-}" '$1 == m && $2 == o && $3 == s { print $4 }' "$CSV" | tail -n 1; }
values() { awk -F, -v m="$1" -v o="$2" '$1 == m && $2 == o { print $4 }' "$CSV"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print "n/a"; else printf "%.0f %%", 100 * a / b }'; }
thousands() { echo "${1%.*}" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta'; }

# verdict MEASURED COMPARISON TARGET: "met" or the gap, e.g. verdict 1200 ">=" 1000
verdict() {
    awk -v m="$1" -v c="$2" -v t="$3" 'BEGIN {
        if (m == "" || m == "n/a") { print "not measured"; exit }
        ok = (c == ">=") ? m >= t : (c == "<=") ? m <= t : m < t
        if (ok) print "met"; else printf "gap: %.2fx to go\n", (c == ">=") ? t / m : m / t }'
}

median_of() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

write_report() {
    local noop schedule register agenda_small agenda_large draft_min startup rss
    noop=$(value throughput noop)
    schedule=$(value throughput schedule)
    register=$(value throughput register)
    agenda_small=$(value p99_ms agenda "$SMALL")
    agenda_large=$(value p99_ms agenda "$LARGE")
    draft_min=$(awk -F, '$1 == "jmh_ops_per_s" { print $4 }' "$CSV" | sort -g | head -n 1)
    startup=$(values startup_ms service | median_of)
    rss=$(value rss_after_load service)
    local schedule_ratio
    schedule_ratio=$(ratio "$schedule" "$noop")

    echo "# Benchmark results ($mode run, $(date -u +%F))"
    echo
    if [ "$mode" = smoke ]; then
        echo "> A smoke run (about a second per measurement, no warm-up) that proves the harness works."
        echo "> Its figures are not to be quoted; \`bench/run\` without \`--smoke\` measures."
        echo
    fi
    cat "$WORK/environment.md"
    echo
    echo "## Against the targets"
    echo
    echo "| goal | target | measured | verdict |"
    echo "|---|---|---|---|"
    echo "| read one interview's schedule, vs the trivial endpoint | >= 50 % | $(percent "$schedule" "$noop") | $(verdict "$schedule_ratio" ">=" 0.5) |"
    echo "| register interviews (2 cores, service + PostgreSQL + wrk), no errors | >= 1,000 /s | $(thousands "$register") /s, $(value errors register) errors | $( [ "$(value errors register)" = 0 ] && verdict "$register" ">=" 1000 || echo "errors: see below") |"
    echo "| agenda p99 at $(thousands "$LARGE") follow-ups | < 20 ms | $agenda_large ms | $(verdict "$agenda_large" "<" 20) |"
    echo "| drafts per core (JMH, the slowest type and channel, siblings' M4 check included) | >= 20,000 /s | $(thousands "$draft_min") /s | $(verdict "$draft_min" ">=" 20000) |"
    echo "| startup to first successful request (median of $STARTS) | < 2 s | $startup ms | $(verdict "$startup" "<" 2000) |"
    echo "| resident memory after the load | < 250 MB | $rss MB | $(verdict "$rss" "<" 250) |"
    echo
    echo "## Throughput and latency"
    echo
    echo "wrk, one thread, $CONNECTIONS connections, closed loop; req/s counts successful answers; each figure is the median of $REPS runs of ${DURATION} s"
    echo "after ${WARMUP} s of warm-up at full load (more runs when they spread by over 10 %). CPU per request is"
    echo "read from /proc for the JVM and for all PostgreSQL processes."
    echo
    echo "| operation | follow-ups in table | req/s | vs trivial | p50 ms | p99 ms | p99.9 ms | errors | JVM CPU ms/req | PostgreSQL CPU ms/req | spread |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    local row op scale label
    for row in "noop||trivial endpoint: GET /q/health/live" \
        "schedule||read one interview's schedule: GET /interviews/{id}/follow-ups" \
        "draft||write a draft: GET /follow-ups/{id}/draft" \
        "ics|$SMALL|iCalendar feed: GET /agenda.ics" \
        "agenda|$SMALL|agenda: GET /agenda" \
        "agenda|$LARGE|agenda: GET /agenda" \
        "register||register an interview, 3 interviewers: POST /interviews" \
        "register_batch||register $BATCH_ITEMS interviews in one request: POST /interviews/batch (4 connections)" \
        "register_subscribed||register one, with a webhook subscription to fan out to"; do
        IFS='|' read -r op scale label <<<"$row"
        echo "| $label | ${scale:+$(thousands "$scale")} | $(thousands "$(value throughput "$op" "$scale")") |" \
            "$(percent "$(value throughput "$op" "$scale")" "$noop") | $(value p50_ms "$op" "$scale") |" \
            "$(value p99_ms "$op" "$scale") | $(value p999_ms "$op" "$scale") | $(value errors "$op" "$scale") |" \
            "$(value jvm_cpu_per_request "$op" "$scale") | $(value pg_cpu_per_request "$op" "$scale") |" \
            "$(value spread_pct "$op" "$scale") % |"
    done
    echo
    echo "Registration wrote $(thousands "$(value interviews_registered register)") interviews (rows counted afterwards):"
    echo "$(thousands "$(value requests register)") answered in the measured runs, the rest in the warm-up or in flight when wrk stopped."
    echo
    echo "## Bulk sync: registration through the batch endpoint"
    echo
    local batched
    batched=$(awk -v t="$(value throughput register_batch)" -v n="$BATCH_ITEMS" 'BEGIN { printf "%.0f", t * n }')
    echo "Each batch request upserts $BATCH_ITEMS interviews in one transaction, so a batch a second is $BATCH_ITEMS registrations a second."
    echo "Through the batch: $(thousands "$batched") interviews/s ($(value p99_ms register_batch) ms p99 for a batch of $BATCH_ITEMS, 4 connections);"
    echo "one per request: $(thousands "$register") interviews/s; ratio $(ratio "$batched" "$register")."
    echo "The batch runs wrote $(thousands "$(value interviews_registered register_batch)") interviews (rows counted afterwards)."
    echo
    echo "## Events: the outbox's cost and the sweep"
    echo
    echo "Each registration now also writes its events in its own transaction (the interview and each planned"
    echo "follow-up: $(value events_per_registration register) events a registration) and numbers them in the tenant's feed just before commit."
    echo "Registration with events: $(thousands "$register") req/s; the last figure before the outbox (bench/results/benchmark.csv"
    echo "at commit 46ef7e4, an earlier run on this kind of machine): $(thousands "$PREVIOUS_REGISTER") req/s; ratio $(ratio "$register" "$PREVIOUS_REGISTER")."
    echo "With a webhook subscription to fan out to (a delivery row per event, same transaction):"
    echo "$(thousands "$(value throughput register_subscribed)") req/s, ratio $(ratio "$(value throughput register_subscribed)" "$register") to registration without one."
    echo
    echo "The due/overdue sweep among $(thousands "$(value open_items sweep "$LARGE")") open follow-ups, $(thousands "$(value due_now sweep "$LARGE")") of them due at once:"
    echo "$(thousands "$(value announced sweep "$LARGE")") announced at $(thousands "$(value throughput sweep "$LARGE")") items/s (one replica; each batch of 500 claimed"
    echo "with \`FOR UPDATE SKIP LOCKED\` and announced in one transaction). \`EXPLAIN (ANALYZE, BUFFERS)\` of one claim:"
    echo
    echo '```'
    cat "$WORK/explain-sweep.txt"
    echo '```'
    echo
    echo "## The agenda at $(thousands "$SMALL") and $(thousands "$LARGE") follow-ups"
    echo
    echo "Every seeded candidate has the same 50 follow-ups (10 interviews, 3 interviewers each), over 20 of them"
    echo "open in the default window (a full first page), so a larger table holds more candidates, not larger agendas."
    echo "p99 $agenda_small ms at $(thousands "$SMALL"), $agenda_large ms at $(thousands "$LARGE"): ratio $(ratio "$agenda_large" "$agenda_small");"
    echo "throughput ratio $(ratio "$(value throughput agenda "$LARGE")" "$(value throughput agenda "$SMALL")")."
    local size
    for size in "$SMALL" "$LARGE"; do
        echo
        echo "\`EXPLAIN (ANALYZE, BUFFERS)\` of the default agenda query at $(thousands "$size") follow-ups:"
        echo
        echo '```'
        cat "$WORK/explain-$size.txt"
        echo '```'
    done
    echo
    echo "## Startup and memory"
    echo
    echo "- time to the first successful authenticated request, $STARTS starts (the first also migrates the empty"
    echo "  database): $(values startup_ms service | paste -sd ' ') ms; median $startup ms"
    echo "- resident memory after the first request: $(values rss_after_first_request service | paste -sd ' ') MB;"
    echo "  after the whole load: $rss MB"
    echo
    echo "## Drafts (JMH, one thread)"
    echo
    echo "| draft (type/channel language) | ops/s |"
    echo "|---|---|"
    awk -F, '$1 == "jmh_ops_per_s" { printf "| %s | %d |\n", $3, $4 }' "$CSV"
    echo
    echo "Each language against English, same kind, from these runs taken one after the other: indicative only, as"
    echo "this VM's swings reach them unequally. Issue 18's figures (0.9 or more) come from \`bench/languages\`, which"
    echo "writes both by turns on one thread: \`bench/results/languages.md\`."
    echo
    echo "| draft (type/channel language) | share of English's ops/s |"
    echo "|---|---|"
    awk -F, '$1 == "jmh_vs_english" { printf "| %s | %s |\n", $3, $4 }' "$CSV" | sort
    echo
    echo "Not measured yet: latency at fixed arrival rates with an open-loop tool (protocol step 5)."
}
