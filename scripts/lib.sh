# shellcheck shell=bash
# Shared by scripts/serve, scripts/stack and scripts/test: install what is
# missing (system packages, node_modules), then build. Sourced, not run.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export ROOT

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# True when the program is on PATH or in the sbin folders Debian uses for servers.
have() {
  command -v "$1" >/dev/null 2>&1 || [[ -x /usr/sbin/$1 || -x /sbin/$1 ]]
}

# ensure_packages program:package ... : installs the Debian packages of the
# programs that are missing (as root), or names the command to run.
ensure_packages() {
  local missing=() pair
  for pair in "$@"; do
    have "${pair%%:*}" || missing+=("${pair#*:}")
  done
  ((${#missing[@]} == 0)) && return 0
  if [[ $(id -u) -ne 0 ]]; then
    die "missing packages: ${missing[*]}. Run as root: apt-get update && apt-get install -y ${missing[*]}"
  fi
  say "installing ${missing[*]} (apt-get)"
  # On a new machine the package lists are empty: update first.
  apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null ||
    die "apt-get install -y ${missing[*]} failed"
}

ensure_node() {
  have node || die "node is not installed (Node.js 20.19 or newer is needed)"
  local major minor
  IFS=. read -r major minor _ < <(node -p 'process.versions.node')
  if ((major < 20 || (major == 20 && minor < 19))); then
    die "Node.js $(node --version) is too old: 20.19 or newer is needed"
  fi
}

# npm ci when node_modules is missing or older than package-lock.json.
ensure_node_modules() {
  ensure_node
  if [[ ! -f $ROOT/node_modules/.package-lock.json || $ROOT/package-lock.json -nt $ROOT/node_modules/.package-lock.json ]]; then
    say "npm ci"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  fi
}

# npm run build starts from an empty dist/: compiled copies of deleted
# sources and tests must not run on.
build() {
  say "build (tsc)"
  (cd "$ROOT" && npm run --silent build)
}

# The stack's servers and the packages they come from (used by the scripts
# that source this file).
# shellcheck disable=SC2034
STACK_PACKAGES=(tarantool:tarantool mariadbd:mariadb-server)
