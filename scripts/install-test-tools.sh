#!/usr/bin/env bash
# Installs the tools the tests start, and prints the path of each binary, one per line:
#   fake-gcs-server  the Cloud Storage emulator the Cloud Storage tests talk to (Go, `go install`ed).
#   act              runs the repository's workflows with a real runner implementation (nektos/act), jobs on
#                    the host, for the workflow tests (Go, `go install`ed).
#   bqemulator       the BigQuery emulator the BigQuery tests talk to (PyPI bqemulator: REST and gRPC, DuckDB
#                    inside), in a virtual environment with its DuckDB spatial extension in place (see below).
# With tool names as arguments it installs only those (a test asks for the one it starts, so a machine without
# PyPI still runs the Cloud Storage tests); with none, all three (CI).
# Idempotent: a tool already installed at the pinned version is kept, so CI and every test file may call it; once
# installed, nothing is fetched again (offline runs work).
# Needs Go (1.26, which fake-gcs-server requires; an older Go 1.21+ fetches that toolchain itself) and the Go
# module proxy, and python3 (3.11+) with venv and PyPI; nothing else from the network.
set -euo pipefail

# Pinned so every run tests against the same tools; bump with `go list -m -versions <module>`.
readonly FAKE_GCS_MODULE=github.com/fsouza/fake-gcs-server
readonly FAKE_GCS_VERSION=v1.56.1
# act 0.2.89 runs `runs.using: node24` actions (older ones reject action.yml as an unknown runtime).
readonly ACT_MODULE=github.com/nektos/act
readonly ACT_VERSION=v0.2.89

# The emulator and what it needs pinned together: bqemulator 1.4.0 opens DuckDB 1.5.5, and refuses to start
# without DuckDB's spatial extension, which DuckDB would otherwise try to download from extensions.duckdb.org.
readonly BQEMULATOR_REQUIREMENTS='bqemulator==1.4.0 duckdb==1.5.5 duckdb-extension-spatial==1.5.5 numpy'
readonly DUCKDB_VERSION=v1.5.5

root=$(cd "$(dirname "$0")/.." && pwd)
gobin="$root/node_modules/.cache/go-bin"
bqemulator_dir="$root/node_modules/.cache/bqemulator"

# `go version -m` reads the module version a binary was built from.
installed_version() {
  go version -m "$1" 2>/dev/null | awk '$1 == "mod" { print $3; exit }'
}

# install <module> <version> <binary name>: go install into $gobin unless that version is there; prints the path.
install() {
  local module=$1 version=$2 name=$3
  local binary="$gobin/$name"
  if [ "$(installed_version "$binary")" != "$version" ]; then
    mkdir -p "$gobin"
    # Build into a private folder and rename into place: two test workers installing at once cannot leave a
    # half-written binary, nor overwrite one the other is already running (ETXTBSY).
    local staging
    staging=$(mktemp -d "$gobin/.install.XXXXXX")
    # With an @version, go install ignores any go.mod around it. Its output goes to stderr: stdout is the paths.
    if ! GOBIN="$staging" go install "${module}@${version}" >&2; then
      rm -rf "$staging"
      return 1
    fi
    mv -f "$staging/$name" "$binary"
    rm -rf "$staging"
  fi
  echo "$binary"
}

wanted=" ${*:-fake-gcs-server act bqemulator} "
wants() { [[ $wanted == *" $1 "* ]]; }

if { wants fake-gcs-server || wants act; } && ! command -v go >/dev/null; then
  echo "install-test-tools: Go is not installed; the tests need it to build fake-gcs-server" \
    "(${FAKE_GCS_MODULE}@${FAKE_GCS_VERSION}) and act (${ACT_MODULE}@${ACT_VERSION})." \
    "Install Go 1.26 or later from https://go.dev/dl/." >&2
  exit 1
fi

# install_bqemulator: a virtual environment under $bqemulator_dir unless one with these requirements is there;
# prints the path of its bqemulator. DuckDB looks for extensions under $HOME/.duckdb: the emulator is started with
# HOME=$bqemulator_dir/venv/home (test-support/bigquery-emulator.ts), where the spatial extension from its wheel is
# put, so nothing is written to the user's home folder and DuckDB never goes to the network for it.
install_bqemulator() {
  local venv="$bqemulator_dir/venv"
  local stamp="$BQEMULATOR_REQUIREMENTS $DUCKDB_VERSION"
  installed() { [ "$(cat "$venv/.installed" 2>/dev/null)" = "$stamp" ] && [ -x "$venv/bin/bqemulator" ]; }
  if ! installed; then
    command -v python3 >/dev/null || {
      echo "install-test-tools: python3 is not installed; the BigQuery tests need it for bqemulator" \
        "($BQEMULATOR_REQUIREMENTS). Install Python 3.11 or later with its venv module." >&2
      return 1
    }
    mkdir -p "$bqemulator_dir"
    # A virtual environment records its own path in its scripts, so it cannot be built elsewhere and renamed
    # into place: two test workers installing at once take turns on a lock instead, and the second finds it done.
    exec 9>"$bqemulator_dir/.lock"
    flock 9
    if ! installed; then
      rm -rf "$venv"
      if ! python3 -m venv "$venv" >&2 ||
        ! "$venv/bin/python" -m pip install --quiet --disable-pip-version-check $BQEMULATOR_REQUIREMENTS >&2; then
        rm -rf "$venv"
        echo "install-test-tools: could not install $BQEMULATOR_REQUIREMENTS into a virtual environment (see above)." >&2
        return 1
      fi
      local extension
      extension=$(find "$venv/lib" -path "*/duckdb_extension_spatial/extensions/$DUCKDB_VERSION/spatial.duckdb_extension" -print -quit)
      if [ -z "$extension" ]; then
        rm -rf "$venv"
        echo "install-test-tools: duckdb-extension-spatial holds no $DUCKDB_VERSION/spatial.duckdb_extension." >&2
        return 1
      fi
      mkdir -p "$venv/home/.duckdb/extensions/$DUCKDB_VERSION/linux_amd64"
      cp "$extension" "$venv/home/.duckdb/extensions/$DUCKDB_VERSION/linux_amd64/"
      # Written last: a half-built environment is never taken for an installed one.
      echo "$stamp" >"$venv/.installed"
    fi
    flock -u 9
  fi
  echo "$venv/bin/bqemulator"
}

if wants fake-gcs-server; then install "$FAKE_GCS_MODULE" "$FAKE_GCS_VERSION" fake-gcs-server; fi
if wants act; then install "$ACT_MODULE" "$ACT_VERSION" act; fi
if wants bqemulator; then install_bqemulator; fi
