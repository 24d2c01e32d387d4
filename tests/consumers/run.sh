#!/usr/bin/env bash
# Builds and runs the consumer projects against this checkout, in a temporary
# directory (nothing is written to the source tree):
#   find_package      — the library installed to a temporary prefix
#   pkg_config        — the same program built with pkg-config's flags
#   add_subdirectory  — the repository vendored with add_subdirectory()
#   fetchcontent      — the same project through FetchContent (SOURCE_DIR)
#   meson_subproject  — the repository as a Meson subproject
# The single-header consumer is a ctest test (tests/CMakeLists.txt).
#
# With MERCADOPAGO_DEBS=<folder of .deb files> (what `cmake --workflow --preset
# package` writes to build/packages), the installed library is the Debian
# packages unpacked into a clean prefix, not a build of this checkout: the
# find_package and pkg_config consumers then check libmercadopago-dev, and the
# sandbox consumer runs the server from mercadopago-sandbox.
#
#     tests/consumers/run.sh [find_package|pkg_config|sandbox|add_subdirectory|fetchcontent|meson_subproject]...
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here=$root/tests/consumers
work=$(mktemp -d "${TMPDIR:-/tmp}/mercadopago-consumers.XXXXXX")
trap 'rm -rf "$work"' EXIT

section() { printf '\n---- consumer: %s ----\n' "$*"; }

# The installed library's prefix, made once: the packages unpacked, or this
# checkout built (-O0: what is checked is the package, not the optimiser) and
# installed.
prefix=
installed_prefix() {
  [[ -n $prefix ]] && return
  if [[ -n ${MERCADOPAGO_DEBS:-} ]]; then
    section "unpack the Debian packages in $MERCADOPAGO_DEBS into a clean prefix"
    local debs=("$MERCADOPAGO_DEBS"/*.deb)
    [[ -e ${debs[0]} ]] || { echo "no .deb in $MERCADOPAGO_DEBS" >&2; exit 1; }
    for deb in "${debs[@]}"; do
      dpkg-deb --field "$deb" Package Version Depends
      dpkg-deb --extract "$deb" "$work/root"
    done
    prefix=$work/root/usr
  else
    section "build and install this checkout to a temporary prefix"
    cmake -S "$root" -B "$work/lib" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O0 \
      -DCMAKE_INSTALL_PREFIX="$work/prefix" \
      -DMERCADOPAGO_BUILD_TESTS=OFF -DMERCADOPAGO_BUILD_EXAMPLES=OFF -DMERCADOPAGO_BUILD_BENCHMARKS=OFF
    cmake --build "$work/lib"
    cmake --install "$work/lib"
    prefix=$work/prefix
  fi
}

find_package() {
  installed_prefix
  section "find_package ($prefix)"
  cmake -S "$here/find_package" -B "$work/find_package" -G Ninja -DCMAKE_PREFIX_PATH="$prefix"
  cmake --build "$work/find_package"
  "$work/find_package/consumer"
  "$work/find_package/consumer_compiled"
}

# The find_package consumer's program, compiled with nothing but the flags of
# the installed pkg-config files: header-only and separately compiled.
pkg_config() {
  installed_prefix
  section "pkg-config ($prefix)"
  local pc_path
  pc_path=$(find "$prefix" -name mercadopago.pc -printf '%h\n' -quit)
  [[ -n $pc_path ]] || { echo "no mercadopago.pc under $prefix" >&2; exit 1; }
  mkdir -p "$work/pkg_config"
  for package in mercadopago mercadopago-compiled; do
    local flags
    flags=$(PKG_CONFIG_PATH=$pc_path pkg-config --cflags --libs "$package")
    echo "$package: $flags"
    # shellcheck disable=SC2086 # the flags are words
    g++ -std=c++20 -o "$work/pkg_config/$package" "$here/find_package/main.cpp" $flags
    "$work/pkg_config/$package"
  done
}

# The installed mercadopago-sandbox answers a request over HTTP, then stops on SIGTERM.
sandbox() {
  [[ -n ${MERCADOPAGO_DEBS:-} ]] || { echo "the sandbox consumer checks the mercadopago-sandbox package: set MERCADOPAGO_DEBS" >&2; exit 2; }
  installed_prefix
  section "mercadopago-sandbox ($prefix/bin)"
  [[ -x $prefix/bin/mercadopago-sandbox ]] || { echo "no mercadopago-sandbox in $prefix/bin" >&2; exit 1; }
  "$prefix/bin/mercadopago-sandbox" --port 0 > "$work/sandbox.out" &
  local pid=$! line=
  for _ in $(seq 100); do
    line=$(head -n 1 "$work/sandbox.out")
    [[ -n $line ]] && break
    sleep 0.1
  done
  echo "$line"
  local url=${line#listening on }
  local body
  # Read whole, then checked: `curl | grep -q` can fail on SIGPIPE under pipefail.
  body=$(curl --fail --silent --show-error --max-time 10 -H 'Authorization: Bearer TEST-consumer' \
    "$url/v1/identification_types") || body=
  [[ $body == *'"id"'* ]] || { kill "$pid" 2>/dev/null; echo "the sandbox did not answer: $body" >&2; exit 1; }
  kill -TERM "$pid"
  wait "$pid"
  echo "mercadopago-sandbox answered and stopped"
}

add_subdirectory() {
  section "add_subdirectory"
  cmake -S "$here/add_subdirectory" -B "$work/add_subdirectory" -G Ninja -DMERCADOPAGO_SOURCE_DIR="$root"
  cmake --build "$work/add_subdirectory"
  "$work/add_subdirectory/consumer"
}

fetchcontent() {
  section "FetchContent"
  cmake -S "$here/add_subdirectory" -B "$work/fetchcontent" -G Ninja -DMERCADOPAGO_SOURCE_DIR="$root" \
    -DUSE_FETCHCONTENT=ON
  cmake --build "$work/fetchcontent"
  "$work/fetchcontent/consumer"
}

meson_subproject() {
  section "meson subproject"
  cp -R "$here/meson_subproject" "$work/meson_subproject"
  mkdir -p "$work/meson_subproject/subprojects"
  ln -s "$root" "$work/meson_subproject/subprojects/mercadopago"
  meson setup "$work/meson_subproject/build" "$work/meson_subproject"
  meson compile -C "$work/meson_subproject/build"
  meson test -C "$work/meson_subproject/build" --print-errorlogs
  "$work/meson_subproject/build/consumer"
}

if (( $# == 0 )); then
  set -- find_package pkg_config add_subdirectory fetchcontent meson_subproject
  [[ -n ${MERCADOPAGO_DEBS:-} ]] && set -- "$@" sandbox
fi
for c in "$@"; do
  case $c in
    find_package|pkg_config|sandbox|add_subdirectory|fetchcontent|meson_subproject) ;;
    *) echo "unknown consumer: $c" >&2; exit 2 ;;
  esac
done

# Two consumers at a time (MERCADOPAGO_CONSUMER_JOBS): each is mostly a
# one-file compile and a configure step, so a second one fills the other core.
# Each writes its own log, printed whole when it ends, and the run fails if any
# failed. The installed prefix is made first, once, for all of them.
for c in "$@"; do
  [[ $c == find_package || $c == pkg_config || $c == sandbox ]] && installed_prefix
done
jobs_max=${MERCADOPAGO_CONSUMER_JOBS:-2}
declare -A consumer_of=()
failed=()
finish_one() {
  local pid rc
  wait -n -p pid "${!consumer_of[@]}" && rc=0 || rc=$?
  local c=${consumer_of[$pid]}
  unset "consumer_of[$pid]"
  cat "$work/$c.log"
  if (( rc != 0 )); then
    printf 'consumer %s FAILED (exit %d)\n' "$c" "$rc" >&2
    failed+=("$c")
  fi
}
for c in "$@"; do
  while (( ${#consumer_of[@]} >= jobs_max )); do finish_one; done
  ( "$c" ) > "$work/$c.log" 2>&1 &
  consumer_of[$!]=$c
done
while (( ${#consumer_of[@]} > 0 )); do finish_one; done
if (( ${#failed[@]} )); then
  printf '\nconsumers FAILED: %s\n' "${failed[*]}" >&2
  exit 1
fi
printf '\nconsumers OK: %s\n' "$*"
