#!/usr/bin/env bash
# Side-by-side peer benchmark: kakanai vs @pdfme/generator filling the same 住民票の写し等交付請求書
# (forms/juminhyo.json, mirrored item by item as a pdfme template by pdfme-form.mjs) for the same fictional
# people, many forms in one process each. Prints both result lines and their ratios.
#
# Needs:
#   - kakanai's build (cmake, a C++ toolchain, scripts/install-deps); built here if build/bin/kakanai is missing
#   - Node.js >= 18 and npm; the first run installs the pinned @pdfme packages into tests/bench/node_modules
#     from the npm registry (package.json + package-lock.json, about 110 MB, gitignored)
#   - IPAexGothic (Debian fonts-ipaexfont-gothic), the font both sides embed
#   - for the checks: poppler-utils (pdftotext, pdffonts, pdftoppm) and build/bin/kakanai-bench-qr-decode
# Not part of CI (CI installs no Node packages) and not a ctest: it measures, it does not pass or fail on speed.
#
# Usage: tests/bench/compare-pdfme.sh [--count N] [--runs R] [--qr-bytes N] [--keep DIR] [--no-check]
#   --count N     forms per run and side (default 100)
#   --runs R      alternate kakanai and pdfme R times (default 1), then summarise the run medians
#   --qr-bytes N  QR payload size on both sides (default 200, the size of the signed hand-off code)
#   --keep DIR    keep pdfme's sample PDFs (one per fictional person) in DIR to look at
#   --no-check    skip the checks on pdfme's output (text, font, QR decode, same characters as kakanai)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
count=100 runs=1 qr_bytes=200 keep="" check=1
font=/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf

die() { echo "compare-pdfme: $*" >&2; exit 1; }
usage() { sed -n '2,/^#   --no-check/s/^# \{0,1\}//p' "$0"; exit "${1:-0}"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --count) count="${2:?--count needs a number}"; shift 2 ;;
    --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
    --qr-bytes) qr_bytes="${2:?--qr-bytes needs a number}"; shift 2 ;;
    --keep) keep="${2:?--keep needs a directory}"; shift 2 ;;
    --no-check) check=0; shift ;;
    -h|--help) usage 0 ;;
    *) echo "compare-pdfme: unknown argument $1" >&2; usage 2 ;;
  esac
done
for n in "$count" "$runs" "$qr_bytes"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "counts must be positive integers (got \"$n\")"
done

# ---- what we need --------------------------------------------------------------------------------------
[ -r "$font" ] || die "IPAexGothic not found at $font: apt-get install -y fonts-ipaexfont-gothic"
command -v node >/dev/null || die "node not found: install Node.js >= 18 (e.g. apt-get install -y nodejs npm)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 18 ] || die "node $(node --version) is too old: @pdfme/generator needs Node.js >= 18"

kakanai="$root/build/bin/kakanai"
qr_decode="$root/build/bin/kakanai-bench-qr-decode"
if [ ! -x "$kakanai" ] || { [ "$check" = 1 ] && [ ! -x "$qr_decode" ]; }; then
  echo "compare-pdfme: building kakanai (cmake --preset default) ..." >&2
  (cd "$root" && { [ -f build/CMakeCache.txt ] || cmake --preset default >&2; } &&
    cmake --build --preset default -j2 --target kakanai $([ "$check" = 1 ] && echo kakanai-bench-qr-decode) >&2) ||
    die "build failed; run scripts/install-deps first (see README)"
fi

wanted="$(node -p "require('$here/package.json').dependencies['@pdfme/generator']")"
have="$(node -p "try { require('$here/node_modules/@pdfme/generator/package.json').version } catch { '' }")"
if [ "$have" != "$wanted" ]; then
  command -v npm >/dev/null || die "npm not found: it installs @pdfme/generator $wanted into tests/bench/node_modules"
  echo "compare-pdfme: installing @pdfme/generator $wanted into tests/bench/node_modules (npm ci, first run only) ..." >&2
  (cd "$here" && npm ci --no-audit --no-fund >&2) || die "npm ci failed (the npm registry must be reachable)"
fi

# ---- run -----------------------------------------------------------------------------------------------
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
field() { grep -oE "(^| )$2=[0-9.]+" <<<"$1" | head -n 1 | sed 's/.*=//'; }
cpu_per_form() { tail -n 1 "$1" | awk -v n="$count" '{ printf "%.2f", ($1 + $2) * 1000 / n }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else printf "n/a" }'; }

ours_runs=() peer_runs=()
for ((r = 1; r <= runs; r++)); do
  # CPU time of each whole process (start-up and the cold form included) / forms: less sensitive than wall
  # time to other work on the machine.
  TIMEFORMAT='%U %S'
  { time "$kakanai" bench forms --form juminhyo --count "$count" --qr-bytes "$qr_bytes" >"$work/ours.txt"; } \
    2>"$work/ours.cpu" || die "kakanai bench failed: $(cat "$work/ours.cpu")"
  { time node "$here/pdfme-bench.mjs" --form juminhyo --count "$count" --qr-bytes "$qr_bytes" --font "$font" \
    --source "$root" >"$work/peer.txt"; } 2>"$work/peer.cpu" || die "pdfme bench failed: $(cat "$work/peer.cpu")"
  ours_cpu="$(cpu_per_form "$work/ours.cpu")" peer_cpu="$(cpu_per_form "$work/peer.cpu")"
  [ "$r" = 1 ] && { sed -n '1p' "$work/peer.txt"; echo; }
  ours_last="$(tail -n 1 "$work/ours.txt")"
  peer_last="$(tail -n 1 "$work/peer.txt")"
  # kakanai's per-form line: "<id> median <ms> ms <bytes> bytes <n> distinct chars <b> bytes/char"
  read -r ours_chars ours_bpc < <(awk '$1 == "juminhyo" { print $7, $10 }' "$work/ours.txt") || true
  peer_chars="$(awk '$1 == "juminhyo" { print $7 }' "$work/peer.txt")"
  [ -n "$ours_bpc" ] || die "no per-form line in kakanai's output"
  echo "run $r/$runs ($count forms each, QR $qr_bytes bytes)"
  echo "$ours_last bytes_per_char=$ours_bpc cpu_ms_per_form=$ours_cpu"
  echo "$peer_last cpu_ms_per_form=$peer_cpu"
  ours_runs+=("$ours_last bytes_per_char=$ours_bpc cpu_ms_per_form=$ours_cpu")
  peer_runs+=("$peer_last cpu_ms_per_form=$peer_cpu")
done

# Medians over the runs of each figure (one run: that run's figures).
med() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
summary() {
  local -n lines=$1
  for k in ms_per_form_median ms_per_form_p95 bytes_mean cold_ms bytes_per_char cpu_ms_per_form; do
    printf '%s=%s ' "$k" "$(for l in "${lines[@]}"; do field "$l" "$k"; done | med)"
  done
}
ours_sum="$(summary ours_runs)" peer_sum="$(summary peer_runs)"
echo
[ "$runs" -gt 1 ] && echo "medians over $runs runs:"
echo "kakanai $ours_sum"
echo "pdfme   $peer_sum"
echo "ratio pdfme/kakanai: speed_median=$(ratio "$(field "$peer_sum" ms_per_form_median)" "$(field "$ours_sum" ms_per_form_median)")x" \
  "speed_p95=$(ratio "$(field "$peer_sum" ms_per_form_p95)" "$(field "$ours_sum" ms_per_form_p95)")x" \
  "cold=$(ratio "$(field "$peer_sum" cold_ms)" "$(field "$ours_sum" cold_ms)")x" \
  "bytes=$(ratio "$(field "$peer_sum" bytes_mean)" "$(field "$ours_sum" bytes_mean)")x" \
  "bytes_per_char=$(ratio "$(field "$peer_sum" bytes_per_char)" "$(field "$ours_sum" bytes_per_char)")x" \
  "cpu=$(ratio "$(field "$peer_sum" cpu_ms_per_form)" "$(field "$ours_sum" cpu_ms_per_form)")x"
echo "(goal: speed >= 5x, bytes_per_char >= 2x)"

# ---- is pdfme's output real, and the same form? --------------------------------------------------------
if [ "$check" = 1 ] || [ -n "$keep" ]; then # one PDF per fictional person, untimed
  node "$here/pdfme-bench.mjs" --form juminhyo --count 1 --qr-bytes "$qr_bytes" --font "$font" --source "$root" \
    --out-dir "$work/pdfme" >/dev/null || die "pdfme could not write its sample PDFs"
fi
problems=0
if [ "$check" = 1 ]; then
  note() { echo "check: $*" >&2; problems=$((problems + 1)); }
  [ "$ours_chars" = "$peer_chars" ] ||
    note "kakanai prints $ours_chars distinct characters per form, the pdfme mirror $peer_chars: pdfme-form.mjs no longer mirrors forms/juminhyo.json"
  if command -v pdftotext >/dev/null; then
    for pdf in "$work"/pdfme/*.pdf; do
      name="$(basename "$pdf")"
      pdftotext -q "$pdf" - | grep -q '住民票の写し等交付請求書' || note "$name: pdftotext does not find the form's title"
      pdffonts "$pdf" 2>/dev/null | grep -q 'IPAexGothic.*CID TrueType.*yes' || note "$name: IPAexGothic is not embedded"
      "$qr_decode" "$pdf" | grep -q "^KAKANAI-BENCH:juminhyo:" || note "$name: its QR code does not decode"
    done
  else
    note "poppler-utils missing: pdfme's PDFs were not checked (apt-get install -y poppler-utils)"
  fi
  [ "$problems" = 0 ] && echo "checked: pdfme's PDFs have the form's text, embedded IPAexGothic and a QR code that decodes; both sides print the same $ours_chars distinct characters per form"
fi
if [ -n "$keep" ]; then
  mkdir -p "$keep" && cp "$work"/pdfme/*.pdf "$keep"/ && echo "pdfme's sample PDFs: $keep"
fi
[ "$problems" = 0 ]
