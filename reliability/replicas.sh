# Two instances of the packaged service behind HAProxy, on PgBouncer in transaction pooling mode, for
# reliability/run --replicas. Sourced after bench/lib/service.sh; defines functions only.
# Ports: HAProxy on $PORT, the instances on $PORT+10 and $PORT+20 (management +1), PgBouncer on 16432.

BOUNCER_PORT=${BOUNCER_PORT:-16432}
instance_port() { echo $((PORT + 10 * $1)); }

require_debian() { # require_debian COMMAND PACKAGE
    command -v "$1" >/dev/null && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing $2 (Debian package)"
        apt-get install -y -qq "$2" >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$2" >/dev/null 2>&1; }
    fi
    command -v "$1" >/dev/null || die "$1 is not installed: apt-get install $2"
}

# The schema, once, straight to PostgreSQL (Flyway's advisory lock needs a session, which PgBouncer's
# transaction pooling does not keep): what the Kubernetes migration Job does.
migrate_once() {
    log "migrating $DB once (QUARKUS_INIT_AND_EXIT)"
    QUARKUS_INIT_AND_EXIT=true QUARKUS_FLYWAY_ACTIVE=true \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" QUARKUS_DATASOURCE_USERNAME=$PG_USER \
    MP_JWT_VERIFY_ISSUER=$ISSUER MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$WORK/keys/public.pem" \
    FOLLOWUP_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" QUARKUS_MANAGEMENT_PORT=0 QUARKUS_HTTP_PORT=0 \
        java -jar "$JAR" >>"$WORK/migration.log" 2>&1 || { tail -n 20 "$WORK/migration.log"; die "migration"; }
}

start_bouncer() {
    local dir=$WORK/pgbouncer
    mkdir -p "$dir" && chmod 777 "$dir"
    printf '"%s" ""\n' "$PG_USER" >"$dir/userlist.txt"
    cat >"$dir/pgbouncer.ini" <<INI
[databases]
$DB = host=$PG_HOST port=$PG_PORT dbname=$DB
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
auth_type = trust
auth_file = $PWD/$dir/userlist.txt
pool_mode = transaction
max_client_conn = 400
default_pool_size = 40
ignore_startup_parameters = extra_float_digits
logfile = $PWD/$dir/pgbouncer.log
pidfile = $PWD/$dir/pgbouncer.pid
INI
    chmod 644 "$dir/pgbouncer.ini" "$dir/userlist.txt"
    # PgBouncer refuses to run as root.
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- pgbouncer -d "$PWD/$dir/pgbouncer.ini"
    else
        pgbouncer -d "$PWD/$dir/pgbouncer.ini"
    fi
    local _
    for _ in $(seq 1 50); do pg_isready -h 127.0.0.1 -p "$BOUNCER_PORT" -q && return; sleep 0.1; done
    die "PgBouncer did not start"
}

# start_instance N: one instance, through PgBouncer, Flyway off, its pid in $WORK/instance-N.pid.
start_instance() {
    local n=$1 port
    port=$(instance_port "$1")
    QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$(management_port "$port") \
    QUARKUS_FLYWAY_ACTIVE=false \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$BOUNCER_PORT/$DB?prepareThreshold=0" \
    QUARKUS_DATASOURCE_USERNAME=$PG_USER \
    MP_JWT_VERIFY_ISSUER=$ISSUER MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$WORK/keys/public.pem" \
    FOLLOWUP_PUBLIC_BASE_URL="http://127.0.0.1:$PORT" \
    FOLLOWUP_IDEMPOTENCY_PURGE_EVERY=5s FOLLOWUP_IDEMPOTENCY_PURGE_DELAY=1s \
    FOLLOWUP_WEBHOOKS_ALLOW_HTTP=true FOLLOWUP_WEBHOOKS_ALLOW_LOOPBACK=true \
    FOLLOWUP_RATE_LIMIT_CANDIDATE=100000000 FOLLOWUP_RATE_LIMIT_INTEGRATION=100000000 \
    FOLLOWUP_RATE_LIMIT_ADDRESS=100000000 \
        java -Xms256m -Xmx512m -jar "$JAR" >>"$WORK/service.log" 2>&1 &
    echo $! >"$WORK/instance-$n.pid"
    local _
    for _ in $(seq 1 600); do
        curl -sf -o /dev/null "http://127.0.0.1:$(management_port "$port")/q/health/ready" && return 0
        kill -0 "$(cat "$WORK/instance-$n.pid")" 2>/dev/null || { tail -n 30 "$WORK/service.log"; die "instance $n exited"; }
        sleep 0.1
    done
    die "instance $n was not ready within 60 s"
}

start_haproxy() {
    cat >"$WORK/haproxy.cfg" <<CFG
global
    maxconn 4000
defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    # A request that could not reach an instance, or got no answer at all, goes to the other one.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response
frontend api
    bind 127.0.0.1:$PORT
    default_backend instances
backend instances
    balance roundrobin
    option httpchk GET /q/health/ready
    http-check expect status 200
    default-server inter 1s fall 1 rise 2
    server one 127.0.0.1:$(instance_port 1) check port $(management_port "$(instance_port 1)")
    server two 127.0.0.1:$(instance_port 2) check port $(management_port "$(instance_port 2)")
CFG
    haproxy -f "$WORK/haproxy.cfg" -D -p "$WORK/haproxy.pid" || die "HAProxy did not start"
}

start_replicas() {
    require_debian haproxy haproxy
    require_debian pgbouncer pgbouncer
    migrate_once
    start_bouncer
    start_instance 1
    start_instance 2
    # The suite stops instance 1 and runs this to start it again.
    cat >"$WORK/start-instance-1.sh" <<SCRIPT
cd "$PWD"
WORK=$WORK PORT=$PORT DB=$DB
. bench/lib/service.sh
. reliability/replicas.sh
start_instance 1
SCRIPT
    start_haproxy
    local _
    for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/q/openapi" && break; sleep 0.1; done
}

stop_replicas() {
    local file
    for file in "$WORK"/instance-*.pid "$WORK/haproxy.pid" "$WORK/pgbouncer/pgbouncer.pid"; do
        [ -f "$file" ] && kill -TERM "$(cat "$file")" 2>/dev/null || true
    done
    return 0
}
