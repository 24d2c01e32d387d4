#!/usr/bin/env bash
# Builds and runs the consumer projects against this checkout, in a temporary
# directory (nothing is written to the source tree):
#   find_package      — the library installed to a temporary prefix
#   add_subdirectory  — the repository vendored with add_subdirectory()
#   fetchcontent      — the same project through FetchContent (SOURCE_DIR)
#   meson_subproject  — the repository as a Meson subproject
# The single-header consumer is a ctest test (tests/CMakeLists.txt).
#
#     tests/consumers/run.sh [find_package|add_subdirectory|fetchcontent|meson_subproject]...
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
here=$root/tests/consumers
work=$(mktemp -d "${TMPDIR:-/tmp}/mercadopago-consumers.XXXXXX")
trap 'rm -rf "$work"' EXIT

section() { printf '\n---- consumer: %s ----\n' "$*"; }

find_package() {
  section "find_package (install to a temporary prefix)"
  # -O0: what is checked is the package (headers, targets, the compiled part), not the optimiser.
  cmake -S "$root" -B "$work/lib" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O0 \
    -DCMAKE_INSTALL_PREFIX="$work/prefix" \
    -DMERCADOPAGO_BUILD_TESTS=OFF -DMERCADOPAGO_BUILD_EXAMPLES=OFF -DMERCADOPAGO_BUILD_BENCHMARKS=OFF
  cmake --build "$work/lib"
  cmake --install "$work/lib"
  cmake -S "$here/find_package" -B "$work/find_package" -G Ninja -DCMAKE_PREFIX_PATH="$work/prefix"
  cmake --build "$work/find_package"
  "$work/find_package/consumer"
  "$work/find_package/consumer_compiled"
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

(( $# )) || set -- find_package add_subdirectory fetchcontent meson_subproject
for c in "$@"; do
  case $c in
    find_package|add_subdirectory|fetchcontent|meson_subproject) "$c" ;;
    *) echo "unknown consumer: $c" >&2; exit 2 ;;
  esac
done
printf '\nconsumers OK: %s\n' "$*"
