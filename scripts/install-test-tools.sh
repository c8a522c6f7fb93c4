#!/usr/bin/env bash
# Installs the tools the tests start, and prints the path of each binary, one per line:
#   fake-gcs-server  the Cloud Storage emulator the Cloud Storage tests talk to (Go, `go install`ed).
#   act              runs the repository's workflows with a real runner implementation (nektos/act), jobs on
#                    the host, for the workflow tests (Go, `go install`ed).
# Idempotent: a binary already installed at the pinned version is kept, so CI and every test file may call it.
# Needs Go (1.26, which fake-gcs-server requires; an older Go 1.21+ fetches that toolchain itself) and the Go
# module proxy; nothing else from the network.
set -euo pipefail

# Pinned so every run tests against the same tools; bump with `go list -m -versions <module>`.
readonly FAKE_GCS_MODULE=github.com/fsouza/fake-gcs-server
readonly FAKE_GCS_VERSION=v1.56.1
# act 0.2.89 runs `runs.using: node24` actions (older ones reject action.yml as an unknown runtime).
readonly ACT_MODULE=github.com/nektos/act
readonly ACT_VERSION=v0.2.89

root=$(cd "$(dirname "$0")/.." && pwd)
gobin="$root/node_modules/.cache/go-bin"

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

if ! command -v go >/dev/null; then
  echo "install-test-tools: Go is not installed; the tests need it to build fake-gcs-server" \
    "(${FAKE_GCS_MODULE}@${FAKE_GCS_VERSION}) and act (${ACT_MODULE}@${ACT_VERSION})." \
    "Install Go 1.26 or later from https://go.dev/dl/." >&2
  exit 1
fi

install "$FAKE_GCS_MODULE" "$FAKE_GCS_VERSION" fake-gcs-server
install "$ACT_MODULE" "$ACT_VERSION" act
