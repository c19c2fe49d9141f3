# Shared by script/server, script/test and script/bench. Source it; do not run it.
# Installs what is missing (Debian packages through apt-get, NuGet packages through restore) and provisions
# throwaway PostgreSQL clusters. Everything it does is idempotent.

GH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi
}

# ensure_debian_packages PACKAGE... : installs the packages that are not installed yet.
ensure_debian_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing packages (${missing[*]}) and no apt-get to install them"
  log "installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# True when nothing listens on 127.0.0.1:$1.
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ensure_postgres() { ensure_debian_packages postgresql postgresql-contrib; }
ensure_chromium() { ensure_debian_packages chromium chromium-headless-shell fonts-liberation; }

ensure_dotnet() {
  command -v dotnet >/dev/null || die "the .NET SDK 10 is required (dotnet not on PATH)"
  export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql"
  printf '%s' "$dir"
}

# Runs a PostgreSQL server tool; PostgreSQL refuses to run as root, so root runs it as the postgres user.
pg_tool() {
  local tool="$1"; shift
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$(pg_bin)/$tool" "$@"; else "$(pg_bin)/$tool" "$@"; fi
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((20000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# start_cluster DIR PORT [EXTRA_SERVER_OPTIONS]: initialises DIR once, then starts it on 127.0.0.1:PORT.
start_cluster() {
  local dir="$1" port="$2" extra="${3:-}"
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    pg_tool initdb -D "$dir/data" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  pg_tool pg_ctl -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 $extra" start >/dev/null \
    || { tail -n 20 "$dir/server.log" >&2; die "PostgreSQL did not start (log: $dir/server.log)"; }
}

stop_cluster() { pg_tool pg_ctl -D "$1/data" -m fast -w stop >/dev/null 2>&1 || true; }
