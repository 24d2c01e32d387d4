#!/usr/bin/env bash
# Compile cost of the library, as ratios against a dependencies-only floor.
#
#     benchmarks/compile_cost.sh [--compiler g++|clang++] [--runs N] [--check] [--quiet] [--instructions]
#
# What it measures. Each translation unit in benchmarks/compile_cost/ is
# compiled the way a user compiles a debug build (`-std=c++20 -O0 -c`, the
# library's include directory, `pkg-config --cflags cpp-httplib openssl`), N
# times (default 3), under `/usr/bin/time -f '%U %S %M'`:
#
#   floor          the headers the library includes from Boost.JSON,
#                  cpp-httplib, OpenSSL and the standard library, and nothing
#                  of the library: what any program using these dependencies
#                  pays anyway.
#   umbrella       `#include <mercadopago/mercadopago.hpp>` and an empty main.
#   payment_flow   a typical user file: the umbrella header, a client with the
#                  default transport, payments().create and .get, from_json of
#                  a payment, webhooks::verify.
#   payment_flow (separate)
#                  the same file with -DMERCADOPAGO_SEPARATE_COMPILATION: the
#                  library's model codecs are then declared `extern template`
#                  and instantiated once, in a TU including
#                  <mercadopago/src.hpp>.
#   src.hpp        that one TU, reported for information (not with --check): it
#                  is paid once per program, not per file, so it has no target.
#
# Per TU it reports the least CPU time of the runs (user + sys, compiler driver
# and its children), the median over the runs of its ratio to the floor's time
# in the same run, and the largest peak RSS over the runs with its ratio to
# the floor's. Every TU is compiled between two compiles of the floor
# (floor, umbrella, floor, payment_flow, ..., floor), and its time is divided
# by the slower of those two, so a change of the machine's speed hits both
# halves of a ratio alike; the median of those ratios, not a ratio of least
# times, is what --check uses, because on a shared VM one compile of the
# floor can run a third faster than the next.
#
# Why ratios. Absolute seconds depend on the machine, its load and the
# compiler version; the ratio to the floor, measured in the same run with the
# same compiler and flags, says what the library itself adds on top of what
# its dependencies cost, and stays comparable across machines. CPU time
# (user + sys) is used, not wall time: it barely moves when other work shares
# the cores, so this can run on a busy machine (`nice -n 19` is fine).
#
# How to read the output. `CPU s` is the TU's least CPU time in seconds (the
# floor's row gives the absolute scale); `x floor` the ratio, e.g. 4.80x = the
# TU takes 4.8 times the CPU time its dependencies alone take to compile.
# `peak MiB` is the compiler's largest resident memory. `target` is the goal from the issue
# (g++ -O0): umbrella ≤ 1.5×, payment_flow ≤ 2.5× and ≤ 600 MiB peak,
# payment_flow with separate compilation ≤ 1.5×. `--check` exits 1 when a ratio
# exceeds its target (or, for a TU whose target is not met yet, its budget:
# the figure it had when the budget was set) by more than 20% (or payment_flow's peak memory exceeds
# 720 MiB), naming the TU, its figure and its target; the table is printed
# either way. Exit 2: a TU failed to compile or a tool is missing. The targets
# were set for g++; --check applies them as they are with --compiler clang++.
#
# --instructions counts, instead of CPU time, the instructions the compiler
# proper (g++'s cc1plus) executes, under valgrind's cachegrind: the same count
# on every run and every load, so it shows a change of a few percent that
# CPU time on a shared VM hides (the floor's CPU time moves by a third from
# one minute to the next). One run is enough; it takes about 20 times as long
# as a compile (about 10 minutes for all TUs), and --check is not applied to it.
# The figures are ratios to the floor's count; peak memory is not measured.
# g++ only (clang's driver runs no separate cc1plus). Needs valgrind.
#
# Needs GNU time (Debian package `time`, in scripts/install-deps.sh) and
# pkg-config. Takes about N × (the sum of the TUs' compile times): about
# 4 min with --runs 3 for today's library on an idle machine, more when it is busy.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tus_dir=$root/benchmarks/compile_cost

compiler=g++
runs=
check=0
quiet=0
instructions=0

usage() { sed -n '2,4p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while (( $# )); do
  case $1 in
    --compiler) compiler=${2:?--compiler needs a value}; shift 2 ;;
    --compiler=*) compiler=${1#*=}; shift ;;
    --runs) runs=${2:?--runs needs a value}; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --check) check=1; shift ;;
    --quiet) quiet=1; shift ;;
    --instructions) instructions=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "compile_cost.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
(( instructions )) && runs=${runs:-1}
runs=${runs:-3}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "compile_cost.sh: --runs must be a positive integer, not '$runs'" >&2; exit 2; }
if (( instructions )); then
  (( check )) && { echo "compile_cost.sh: --check applies to CPU time, not to --instructions" >&2; exit 2; }
  command -v valgrind >/dev/null 2>&1 || { echo "compile_cost.sh: --instructions needs valgrind" >&2; exit 2; }
  [[ $(basename "$compiler") == g++* ]] || { echo "compile_cost.sh: --instructions needs g++" >&2; exit 2; }
fi

time_bin=/usr/bin/time
if ! "$time_bin" -f '%U' true >/dev/null 2>&1; then
  echo "compile_cost.sh: GNU time not found at $time_bin: apt-get install time (scripts/install-deps.sh)" >&2
  exit 2
fi
command -v "$compiler" >/dev/null 2>&1 || { echo "compile_cost.sh: compiler '$compiler' not found" >&2; exit 2; }
dep_flags=$(pkg-config --cflags cpp-httplib openssl | xargs) || { echo "compile_cost.sh: pkg-config cannot find cpp-httplib or openssl" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/compile_cost.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The measured TUs: name, source, extra flags, CPU-ratio target ("" = none),
# peak-memory target in MiB ("" = none), and the CPU-ratio budget --check
# enforces until the target is met ("" = the target itself; see below).
names=() sources=() extras=() cpu_targets=() mem_targets=() cpu_budgets=()
add_tu() { names+=("$1"); sources+=("$2"); extras+=("$3"); cpu_targets+=("$4"); mem_targets+=("$5"); cpu_budgets+=("${6:-}"); }
add_tu "floor" "$tus_dir/floor.cpp" "" "" ""
# Budgets: targets of issue #10 not met yet. --check holds these files to
# their figures after the codec's field loops were shared by every model
# (g++ 12, 2-core VM: payment_flow 3.77x, from 4.20-4.40x) and after
# mercadopago::optional replaced std::optional (separate 1.61-1.93x), so
# that a regression fails CI while later work (model definitions out of the
# umbrella, per-field codec code) brings them down to the target. Lower a
# budget whenever a change lowers the figure; remove it once the target is met.
# A CPU ratio depends on the machine, not only on the code: on the VM of
# 2026-12-01 (floor 1.6-1.7 s) the header-only payment_flow read 4.36-4.59x
# with the instruction count it had when it read 3.48-3.74x on the earlier
# VM (floor 2.6-3.2 s): compiling the floor got 1.8x faster there, the
# template-heavy file 1.4x. Its budget is today's VM's figure, and so is the
# umbrella's: it read 1.47x on the earlier VM and 1.26-1.67x on today's, with
# the same instruction count (1.55x the floor's).
add_tu "umbrella" "$tus_dir/umbrella.cpp" "" "1.5" "" "1.65"
add_tu "payment_flow" "$tus_dir/payment_flow.cpp" "" "2.5" "600" "4.6"
add_tu "payment_flow (separate)" "$tus_dir/payment_flow.cpp" "-DMERCADOPAGO_SEPARATE_COMPILATION" "1.5" "" "1.8"
has_src=0
# Reported for information only, so --check (CI) leaves it out to save time.
if [[ -f $root/include/mercadopago/src.hpp ]] && (( ! check )); then
  has_src=1
  printf '#include <mercadopago/src.hpp>\n' > "$work/src.cpp"
  add_tu "src.hpp (once per program)" "$work/src.cpp" "-DMERCADOPAGO_SEPARATE_COMPILATION" "" ""
fi
tolerance=1.2

say() { (( quiet )) || printf '%s\n' "$*"; }

say "compile_cost: $("$compiler" --version | head -n 1)"
say "  flags: -std=c++20 -O0 -c -I$root/include $dep_flags"
say "  $runs run(s) of ${#names[@]} TUs, each after a compile of the floor"

# samples[i] = "cpu_seconds peak_kib" lines, one per compile; pairs[i] =
# "tu_seconds floor_seconds" lines, the TU and the floor compiled just before it.
declare -a samples pairs
# count_instructions I: the instructions cc1plus executes compiling TU I, in
# units of 10^9 (printed like CPU seconds, so the table and ratios are shared).
count_instructions() {
  local cc1 out
  # shellcheck disable=SC2086 # the flag strings are word lists
  cc1=$("$compiler" -std=c++20 -O0 -c -I"$root/include" $dep_flags ${extras[$1]} "${sources[$1]}" \
        -o "$work/out.o" -### 2>&1 | grep -m 1 '/cc1plus"\? ') || { echo "compile_cost.sh: no cc1plus command from $compiler -###" >&2; exit 2; }
  out=$work/cachegrind.out
  if ! eval valgrind --tool=cachegrind --cache-sim=no --branch-sim=no --cachegrind-out-file="$out" "$cc1" \
      >/dev/null 2>"$work/stderr"; then
    echo "compile_cost.sh: ${names[$1]} (${sources[$1]}) failed to compile under valgrind:" >&2
    tail -n 20 "$work/stderr" >&2
    exit 2
  fi
  awk '/^summary:/ { printf "%.3f", $2 / 1e9 }' "$out"
}
measure() {  # measure I: compiles TU I once; sets cpu and kib
  if (( instructions )); then
    cpu=$(count_instructions "$1")
    kib=0
    samples[$1]+="$cpu $kib"$'\n'
    say "  run $run/$runs  $(printf '%-28s %7.3f G instructions' "${names[$1]}" "$cpu")"
    return
  fi
  # shellcheck disable=SC2086 # the flag strings are word lists
  if ! "$time_bin" -f '%U %S %M' -o "$work/time" \
      "$compiler" -std=c++20 -O0 -c -I"$root/include" $dep_flags ${extras[$1]} \
      "${sources[$1]}" -o "$work/out.o" 2>"$work/stderr"; then
    echo "compile_cost.sh: ${names[$1]} (${sources[$1]}) failed to compile with $compiler:" >&2
    cat "$work/stderr" >&2
    exit 2
  fi
  # The last line: GNU time prefixes "Command exited with non-zero status" lines.
  read -r user sys kib < <(tail -n 1 "$work/time")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  samples[$1]+="$cpu $kib"$'\n'
  say "  run $run/$runs  $(printf '%-28s %7.2f s CPU  %6d MiB' "${names[$1]}" "$cpu" $(( kib / 1024 )))"
}
# Each TU's time is set against the slower of the two floor compiles around it
# (the one before it and the one after). This VM switches between a fast and a
# slow speed (floor 2.7 s and 4.2 s within one CI step): a switch during a
# pair made a TU compiled at the slow speed look 1.6 times as costly against a
# floor compiled at the fast one (CI once read payment_flow at 5.55x while the
# same headers count 4.24x in instructions). Two neighbours bracket the TU; at
# one switch at most, the slower of them ran at the TU's speed.
pending=0 pending_i=0 pending_cpu=0 pending_floor=0
close_pending() {  # close_pending FLOOR_AFTER: records the TU waiting for its second neighbour
  if (( pending )); then
    pairs[pending_i]+="$pending_cpu $(awk -v a="$pending_floor" -v b="$1" 'BEGIN { print (a > b) ? a : b }')"$'\n'
    pending=0
  fi
}
started=$SECONDS
for (( run = 1; run <= runs; run++ )); do
  for (( i = 1; i < ${#names[@]}; i++ )); do
    # An instruction count does not drift: the floor is counted once per run.
    if (( ! instructions || i == 1 )); then
      measure 0
      floor_cpu=$cpu
      close_pending "$floor_cpu"
    fi
    measure "$i"
    if (( instructions )); then
      pairs[i]+="$cpu $floor_cpu"$'\n'
    else
      pending=1 pending_i=$i pending_cpu=$cpu pending_floor=$floor_cpu
    fi
  done
done
if (( pending )); then
  run=$runs
  measure 0
  close_pending "$cpu"
fi
elapsed=$(( SECONDS - started ))

# Least CPU seconds and max peak KiB of each TU.
cpus=() kibs=()
for i in "${!names[@]}"; do
  cpus[i]=$(printf '%s' "${samples[i]}" | awk '{ print $1 }' | sort -g | head -n 1)
  kibs[i]=$(printf '%s' "${samples[i]}" | awk '$2 > m { m = $2 } END { print m + 0 }')
done
floor_kib=${kibs[0]}

# The CPU ratio of each TU: the median over the runs of its time divided by the
# time of the slower floor compiled next to it (see above). The speed of a
# shared VM swings by a third from one minute to the next (the floor alone took
# 2.6 s and 4.4 s in one minute; in one CI run every payment_flow compile was
# 25% slow), so a ratio of two least times can pair a lucky floor with an
# unlucky TU; neighbours share the machine's mood, and the median drops the
# odd pair.
median_ratio() {
  printf '%s' "${pairs[$1]:-}" | awk 'NF == 2 { print $1 / $2 }' | sort -g |
    awk '{ r[NR] = $1 } END { if (NR % 2) m = r[(NR + 1) / 2]; else m = (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "%.2f", m }'
}

failures=() not_met=()
if (( instructions )); then
  printf '\nCompile cost vs the floor (%s, -O0, %d run(s): instructions executed by cc1plus, in G; peak memory not measured)\n\n' "$compiler" "$runs"
  printf '%-28s %8s %8s %9s   %8s %8s %9s\n' "TU" "G instr" "x floor" "target" "peak MiB" "x floor" "target"
else
  printf '\nCompile cost vs the floor (%s, -O0, %d run(s): least CPU time, median of the ratios to the floor compiled just before, max peak RSS)\n\n' "$compiler" "$runs"
  printf '%-28s %8s %8s %9s   %8s %8s %9s\n' "TU" "CPU s" "x floor" "target" "peak MiB" "x floor" "target"
fi
printf '%-28s %8s %8s %9s   %8s %8s %9s\n' "--" "-----" "-------" "------" "--------" "-------" "------"
for i in "${!names[@]}"; do
  ratio=$(median_ratio "$i")
  mib=$(( kibs[i] / 1024 ))
  mem_ratio=$(awk -v a="${kibs[i]}" -v b="$floor_kib" 'BEGIN { if (b > 0) printf "%.2f", a / b }')
  (( instructions )) && mib=-
  cpu_t=${cpu_targets[i]} mem_t=${mem_targets[i]} cpu_b=${cpu_budgets[i]}
  if (( i == 0 )); then
    printf '%-28s %8.2f %8s %9s   %8s %8s %9s\n' "${names[i]}" "${cpus[i]}" "1.00x" "" "$mib" "1.00x" ""
    continue
  fi
  printf '%-28s %8.2f %8s %9s   %8s %8s %9s\n' "${names[i]}" "${cpus[i]}" "${ratio}x" "${cpu_t:+<= ${cpu_t}x}" \
    "$mib" "${mem_ratio}${mem_ratio:+x}" "${mem_t:+<= $mem_t MiB}"
  if [[ -n $cpu_b ]]; then
    # A budget is the figure this TU had when it was set: 20% above it fails.
    if awk -v r="$ratio" -v t="$cpu_b" -v k="$tolerance" 'BEGIN { exit !(r > t * k) }'; then
      failures+=("$(printf '%s: CPU time %sx the floor, budget %sx while the target (%sx) is not met (fails above %sx)' \
        "${names[i]}" "$ratio" "$cpu_b" "$cpu_t" "$(awk -v t="$cpu_b" -v k="$tolerance" 'BEGIN { printf "%.2f", t * k }')")")
    fi
    not_met+=("$(printf '%s: %sx, target <= %sx (CI budget %sx)' "${names[i]}" "$ratio" "$cpu_t" "$cpu_b")")
  elif [[ -n $cpu_t ]] && awk -v r="$ratio" -v t="$cpu_t" -v k="$tolerance" 'BEGIN { exit !(r > t * k) }'; then
    failures+=("$(printf '%s: CPU time %sx the floor, target <= %sx (fails above %sx)' "${names[i]}" "$ratio" "$cpu_t" \
      "$(awk -v t="$cpu_t" -v k="$tolerance" 'BEGIN { printf "%.2f", t * k }')")")
  fi
  if [[ -n $mem_t ]] && awk -v m="${kibs[i]}" -v t="$mem_t" -v k="$tolerance" 'BEGIN { exit !(m / 1024 > t * k) }'; then
    failures+=("$(printf '%s: peak memory %d MiB, target <= %s MiB (fails above %s MiB)' "${names[i]}" "$mib" "$mem_t" \
      "$(awk -v t="$mem_t" -v k="$tolerance" 'BEGIN { printf "%d", t * k }')")")
  fi
done
printf '\n'
if (( ${#not_met[@]} )); then
  printf 'Targets not met yet, held to a budget instead:\n'
  printf '  %s\n' "${not_met[@]}"
fi
if (( has_src )); then
  printf 'Note: "src.hpp" is the one TU that instantiates the codecs in separate compilation: paid once per program, no target.\n'
fi
if [[ $(basename "$compiler") != g++* ]]; then
  printf 'Note: the targets were set for g++ -O0; they are applied as they are to %s.\n' "$compiler"
fi
printf 'Measured in %ds (wall time, not a result).\n' "$elapsed"

if (( check )); then
  if (( ${#failures[@]} )); then
    printf '\ncompile_cost --check FAILED: %d figure(s) more than 20%% above target or budget\n' "${#failures[@]}" >&2
    printf '  %s\n' "${failures[@]}" >&2
    exit 1
  fi
  printf '\ncompile_cost --check passed: every figure within 20%% of its target or budget\n'
fi
