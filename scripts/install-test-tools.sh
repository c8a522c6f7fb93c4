#!/usr/bin/env bash
# Installs the servers the tests start, and prints the path of each binary, one per line:
#   fake-gcs-server  the Cloud Storage emulator the Cloud Storage tests talk to (Go, `go install`ed).
# Idempotent: a binary already installed at the pinned version is kept, so CI and every test file may call it.
# Needs Go (1.26, which the module requires; an older Go 1.21+ fetches that toolchain itself) and the Go module
# proxy; nothing else from the network.
set -euo pipefail

# Pinned so every run tests against the same emulator; bump with `go list -m -versions <module>`.
readonly FAKE_GCS_MODULE=github.com/fsouza/fake-gcs-server
readonly FAKE_GCS_VERSION=v1.56.1

root=$(cd "$(dirname "$0")/.." && pwd)
gobin="$root/node_modules/.cache/go-bin"
binary="$gobin/fake-gcs-server"

# `go version -m` reads the module version the binary was built from.
installed_version() {
  go version -m "$binary" 2>/dev/null | awk '$1 == "mod" { print $3; exit }'
}

if ! command -v go >/dev/null; then
  echo "install-test-tools: Go is not installed; the Cloud Storage tests need it to build fake-gcs-server" \
    "(${FAKE_GCS_MODULE}@${FAKE_GCS_VERSION}). Install Go 1.26 or later from https://go.dev/dl/." >&2
  exit 1
fi

if [ "$(installed_version)" != "$FAKE_GCS_VERSION" ]; then
  mkdir -p "$gobin"
  # Build into a private folder and rename into place: two test workers installing at once cannot leave a
  # half-written binary, nor overwrite one the other is already running (ETXTBSY).
  staging=$(mktemp -d "$gobin/.install.XXXXXX")
  trap 'rm -rf "$staging"' EXIT
  # With an @version, go install ignores any go.mod around it. Its output goes to stderr: stdout is the paths.
  GOBIN="$staging" go install "${FAKE_GCS_MODULE}@${FAKE_GCS_VERSION}" >&2
  mv -f "$staging/fake-gcs-server" "$binary"
fi

echo "$binary"
