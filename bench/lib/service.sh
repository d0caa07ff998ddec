# Shared by bench/run and reliability/run: tools, a scratch PostgreSQL database, a throwaway key pair
# with bearer tokens signed by it, and the packaged service (java -jar, production profile).
# Source it from the project directory; it defines functions only.

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
ISSUER=https://harness.interview-followup.local
JAR=target/quarkus-app/quarkus-run.jar

log() { printf '%s  %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

# wrk comes from the Debian package; installed on first use when we may, otherwise we say how.
require_wrk() {
    command -v wrk >/dev/null && return
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing wrk (Debian package)"
        apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null 2>&1; }
    fi
    command -v wrk >/dev/null || die "wrk is not installed: sudo apt-get install wrk"
}

require_tools() {
    local tool
    for tool in java psql curl jq openssl "$@"; do
        command -v "$tool" >/dev/null || die "$tool is not installed"
    done
}

# Starts the local PostgreSQL cluster if it is down (as .ci/run does).
ensure_postgres() {
    pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null && return
    command -v pg_ctlcluster >/dev/null || die "PostgreSQL is not running at $PG_HOST:$PG_PORT"
    pg_ctlcluster --skip-systemctl-redirect "$(pg_version)" main start
    local _
    for _ in $(seq 1 30); do pg_isready -h "$PG_HOST" -p "$PG_PORT" -q && return; sleep 1; done
    die "PostgreSQL did not start"
}

pg_version() { ls /etc/postgresql | sort -V | tail -n 1; }

psql_on() { # psql_on DB [psql args...]
    local db=$1; shift
    psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" "$@"
}

# A fresh, empty database; the service's Flyway creates the schema at startup.
fresh_database() {
    psql_on postgres -c "drop database if exists $1 with (force)" -c "create database $1" \
        || die "cannot create database $1"
}

build_jar() {
    if [ "${NO_BUILD:-}" = 1 ] && [ -f "$JAR" ]; then
        log "using the existing $JAR"
        return
    fi
    log "packaging the service (./mvnw package -DskipTests)"
    ./mvnw -B -q -ntp package -DskipTests >"$WORK/build.log" 2>&1 || { tail -n 40 "$WORK/build.log"; die "build"; }
}

# A key pair that only this run trusts: the production profile refuses the committed dev key.
make_keys() {
    mkdir -p "$WORK/keys"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/keys/private.pem" 2>/dev/null
    openssl pkey -in "$WORK/keys/private.pem" -pubout -out "$WORK/keys/public.pem"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# token SUBJECT TENANT ROLE: an RS256 bearer token valid for 12 hours.
token() {
    local now header payload signature
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
    payload=$(printf '{"iss":"%s","sub":"%s","tenant":"%s","groups":["%s"],"iat":%d,"exp":%d}' \
        "$ISSUER" "$1" "$2" "$3" "$now" $((now + 43200)) | b64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/keys/private.pem" | b64url)
    printf '%s.%s.%s' "$header" "$payload" "$signature"
}

# start_service PORT DATABASE [extra java options...]: starts the jar in the background and sets
# SERVICE_PID (heap: -Xms512m -Xmx512m, or $JVM_HEAP when set; JVM_HEAP= for the JVM's defaults);
# wait_until_serving then waits for the first successful request. Health and metrics
# are on the management interface, at PORT + 1 (management_port PORT).
management_port() { echo $(($1 + 1)); }
start_service() {
    local port=$1 db=$2; shift 2
    QUARKUS_HTTP_PORT=$port \
    QUARKUS_MANAGEMENT_PORT=$(management_port "$port") \
    FOLLOWUP_PUBLIC_BASE_URL="http://127.0.0.1:$port" \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$db" \
    QUARKUS_DATASOURCE_USERNAME=$PG_USER \
    MP_JWT_VERIFY_ISSUER=$ISSUER \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$PWD/$WORK/keys/public.pem" \
        java ${JVM_HEAP--Xms512m -Xmx512m} "$@" -jar "$JAR" >>"$WORK/service.log" 2>&1 &
    SERVICE_PID=$!
}

# wait_until_serving URL TOKEN: polls every 25 ms until an authenticated GET answers 200.
wait_until_serving() { wait_until_answering "$1" "$2" "$SERVICE_PID" "$WORK/service.log"; }

# wait_until_answering URL TOKEN PID LOG: the same for any process, its log shown if it exits first.
wait_until_answering() {
    local _
    for _ in $(seq 1 2400); do
        curl -sf -o /dev/null -H "Authorization: Bearer $2" "$1" && return 0
        kill -0 "$3" 2>/dev/null || { tail -n 40 "$4"; die "$1: the process exited"; }
        sleep 0.025
    done
    die "$1 did not answer within 60 s"
}

stop_service() {
    [ -n "${SERVICE_PID:-}" ] || return 0
    kill -TERM "$SERVICE_PID" 2>/dev/null && { wait "$SERVICE_PID" 2>/dev/null || true; }
    SERVICE_PID=
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# CPU ticks (user + system) of one process, and of all PostgreSQL processes together.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
postgres_ticks() {
    local pid total=0
    for pid in $(pgrep -u postgres); do
        total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo "$total"
}

environment_summary() {
    echo "- commit: \`$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\`$(git diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
    echo "- java: $(java -version 2>&1 | head -n 1)"
    echo "- PostgreSQL: $(psql_on postgres -tAc 'show server_version')"
    echo "- CPUs: $(nproc), memory: $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
    echo "- JVM options: -Xms512m -Xmx512m, production profile, PostgreSQL on loopback"
}
