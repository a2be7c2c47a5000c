#!/usr/bin/env bash
# Prints the path of the launchplan the action runs, preferring what costs
# least: INPUT_BINARY (a path, or an https URL of the release binary from
# scripts/release, downloaded and checked against the .sha256 beside it);
# else `launchplan` on PATH; else the static release binary of this checkout
# (dist/, written by scripts/release); else a build of this checkout
# (swift build -c release, a few minutes). Messages go to stderr; exit 2
# when none works.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
fail() { echo "::error title=launchplan::$*" >&2; exit 2; }

binary="${INPUT_BINARY:-}"
case "$binary" in
  https://*)
    target="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/launchplan-download-$$"
    mkdir -p "$target"
    curl -fsSL --retry 3 -o "$target/launchplan" "$binary" || fail "cannot download $binary"
    curl -fsSL --retry 3 -o "$target/launchplan.sha256" "$binary.sha256" || fail "cannot download $binary.sha256 (the checksum scripts/release writes beside the binary)"
    expected=$(cut -d' ' -f1 < "$target/launchplan.sha256")
    actual=$(sha256sum "$target/launchplan" | cut -d' ' -f1)
    [ -n "$expected" ] && [ "$expected" = "$actual" ] || fail "$binary does not match its .sha256"
    chmod 755 "$target/launchplan"
    echo "$target/launchplan"
    exit 0 ;;
  ?*)
    [ -x "$binary" ] || fail "binary: '$binary' is not an executable file"
    echo "$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
    exit 0 ;;
esac
if command -v launchplan >/dev/null; then
  command -v launchplan
  exit 0
fi
for candidate in "$root"/dist/launchplan-*-linux-"$(uname -m)"; do
  if [ -x "$candidate" ] && (cd "$(dirname "$candidate")" && sha256sum --check --quiet "$(basename "$candidate").sha256") >/dev/null 2>&1; then
    echo "$candidate"
    exit 0
  fi
done
command -v swift >/dev/null || fail "no launchplan binary (input binary, PATH or dist/) and no Swift to build one"
echo "launchplan: building from source (swift build -c release)" >&2
if ! pkg-config --exists yaml-0.1 2>/dev/null && command -v apt-get >/dev/null; then
  # GitHub's Ubuntu runners have passwordless sudo; libyaml is the one native dependency.
  $( [ "$(id -u)" -eq 0 ] || echo sudo ) apt-get install -y -qq libyaml-dev pkg-config >&2 || fail "cannot install libyaml-dev"
fi
swift build -c release --package-path "$root" >&2 || fail "swift build -c release failed"
echo "$(swift build -c release --package-path "$root" --show-bin-path)/launchplan"
