#!/usr/bin/env bash
# Generates single_include/mercadopago/mercadopago.hpp: the umbrella header
# include/mercadopago/mercadopago.hpp with every `#include <mercadopago/...>`
# inlined once, recursively, in first-use order. `#pragma once` lines of the
# inlined headers are dropped (the result has one); system and Boost includes
# are kept where they are. The output depends only on the headers: no dates.
# Its first line is the SPDX licence tag (MIT, see LICENSE).
#
#     ./scripts/amalgamate.sh           # (re)write the single header
#     ./scripts/amalgamate.sh --check   # exit 1 if it is stale, if a header under
#                                       # models/ is missing from the umbrella, or if
#                                       # meson.build or CHANGELOG.md names a version
#                                       # other than version.hpp's
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

umbrella=include/mercadopago/mercadopago.hpp
output=single_include/mercadopago/mercadopago.hpp

mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

# The version: three numbers in version.hpp, the one place it is written.
version_part() { sed -n "s/^#define MERCADOPAGO_VERSION_$1 \([0-9][0-9]*\)$/\1/p" include/mercadopago/version.hpp; }
version="$(version_part MAJOR).$(version_part MINOR).$(version_part PATCH)"
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "amalgamate: no MERCADOPAGO_VERSION_MAJOR/MINOR/PATCH in version.hpp" >&2; exit 1; }
if [[ $mode == check ]]; then
  # Meson cannot read a header before project(): its literal must agree.
  meson_version=$(sed -n "s/^  version: '\(.*\)',$/\1/p" meson.build)
  [[ $meson_version == "$version" ]] || { echo "amalgamate: meson.build says version '$meson_version', version.hpp $version" >&2; exit 1; }
  grep -q "^## $version\b" CHANGELOG.md || { echo "amalgamate: CHANGELOG.md has no '## $version' section" >&2; exit 1; }
fi

own_include='^[[:space:]]*#[[:space:]]*include[[:space:]]*<(mercadopago/[^>]+)>'
pragma_once='^[[:space:]]*#[[:space:]]*pragma[[:space:]]+once'
declare -A seen=()

# inline_file NAME: prints include/NAME with its own includes inlined.
inline_file() {
  local name=$1 path=include/$1 line
  [[ -f $path ]] || { echo "amalgamate: $path not found" >&2; exit 1; }
  printf '\n// ---- begin %s ----\n' "$name"
  while IFS= read -r line || [[ -n $line ]]; do
    if [[ $line =~ $pragma_once ]]; then
      continue
    elif [[ $line =~ $own_include ]]; then
      local dep=${BASH_REMATCH[1]}
      if [[ -z ${seen[$dep]:-} ]]; then
        seen[$dep]=1
        inline_file "$dep"
      fi
    else
      printf '%s\n' "$line"
    fi
  done < "$path"
  printf '// ---- end %s ----\n' "$name"
}

generate() {
  cat <<HEADER
// SPDX-License-Identifier: MIT
// mercadopago ${version} — single-header edition.
//
// GENERATED FILE, DO NOT EDIT: made by scripts/amalgamate.sh from
// include/mercadopago/mercadopago.hpp (every mercadopago/ header inlined once).
// Regenerate with ./scripts/amalgamate.sh; CI runs ./scripts/amalgamate.sh --check.
//
// Requirements: C++20, Boost.JSON >= 1.81 (link Boost::json / -lboost_json)
// and OpenSSL (-lssl -lcrypto).
#pragma once
HEADER
  seen[mercadopago/mercadopago.hpp]=1
  inline_file mercadopago/mercadopago.hpp
}

# Every model header must be reachable from the umbrella header.
missing=()
for h in include/mercadopago/models/*.hpp; do
  [[ -e $h ]] || continue
  name=${h#include/}
  grep -q "^#include <${name}>" "$umbrella" || missing+=("$name")
done
if (( ${#missing[@]} )); then
  echo "amalgamate: $umbrella does not include:" >&2
  printf '  #include <%s>\n' "${missing[@]}" >&2
  [[ $mode == check ]] && exit 1
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
generate > "$tmp"

if [[ $mode == check ]]; then
  if ! cmp -s "$tmp" "$output"; then
    echo "amalgamate: $output is stale; run ./scripts/amalgamate.sh" >&2
    diff -u "$output" "$tmp" 2>/dev/null | head -n 40 >&2 || true
    exit 1
  fi
  echo "amalgamate: $output is up to date"
else
  mkdir -p "$(dirname "$output")"
  if cmp -s "$tmp" "$output"; then
    echo "amalgamate: $output unchanged"
  else
    cp "$tmp" "$output"
    echo "amalgamate: wrote $output ($(wc -l < "$output") lines)"
  fi
fi
