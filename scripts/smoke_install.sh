#!/usr/bin/env bash
# Install the program as the README's run command does (a fresh virtual environment, then
# `pip install .`, not editable) and use that install as a newcomer would: the demo workshop's
# JSON, PDF and Markdown exports, then the window opened offscreen and closed. Any failure ends
# the script with a non-zero status.
#
# Usage: scripts/smoke_install.sh          (PYTHON=python3.12 to install with another Python)
set -euo pipefail
cd "$(dirname "$0")/.."
CHECKOUT="$PWD"

PYTHON="${PYTHON:-python3}"
DEMO_EVENT="Humanitarian Network and Partnership Week (HNPW) 2017"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The install must not lean on this checkout, its .venv or this machine's settings.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data-home" XDG_STATE_HOME="$WORK/state"
mkdir -p "$WORK/tmp" && export TMPDIR="$WORK/tmp"  # --demo copies land here, removed at the end
unset PYTHONPATH PYTHONHOME VIRTUAL_ENV

fail() { echo "smoke-install: FAIL: $*" >&2; exit 1; }
step() { echo "smoke-install: $*"; }

step "python3 -m venv && pip install . (as the README's run command, into $WORK/venv)"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q "$CHECKOUT"
EXE="$WORK/venv/bin/cmcoord-desktop"
[ -x "$EXE" ] || fail "pip install . made no cmcoord-desktop command"

# From here on, nothing runs inside the checkout: only the installed files can be found.
cd "$WORK"
installed="$("$WORK/venv/bin/python" -c 'import cmcoord_desktop; print(cmcoord_desktop.__file__)')"
case "$installed" in
  "$WORK/venv/"*) step "installed: $installed" ;;
  *) fail "cmcoord_desktop came from $installed, not from the fresh install" ;;
esac

step "the window's catalogues are installed, and the command line speaks French"
for code in ar zh fr ru es; do
  "$WORK/venv/bin/python" - "$code" <<'PY' || fail "no compiled catalogue for $code"
import sys
from cmcoord_desktop.core.paths import resources_dir
qm = resources_dir() / "translations" / f"cmcoord_{sys.argv[1]}.qm"
sys.exit(0 if qm.is_file() and qm.stat().st_size > 1000 else 1)
PY
done
"$EXE" --language fr --help | grep -q "fichier" || fail "--language fr --help is not in French"

step "the demo workshop exported to JSON, PDF and Markdown"
"$EXE" --demo export --all --format json --out demo.json
grep -q "HNPW" demo.json || fail "the JSON backup holds no HNPW record"
"$EXE" --demo export "$DEMO_EVENT" --format pdf --out demo.pdf
[ -s demo.pdf ] || fail "no PDF written"
if command -v pdffonts >/dev/null; then
  fonts="$(pdffonts demo.pdf | awk 'NR > 2 && $(NF-4) == "yes" {print $1}')"
  echo "$fonts" | grep -q "NotoSans" || fail "the installed Noto Sans is not embedded: $fonts"
  step "  PDF fonts embedded: $(echo "$fonts" | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"
fi
if command -v pdftotext >/dev/null; then
  pdftotext demo.pdf demo.txt
  grep -q "Key outcomes" demo.txt || fail "the PDF has no 'Key outcomes'"
fi
"$EXE" --demo export "$DEMO_EVENT" --format md --out demo.md
grep -q "HNPW" demo.md || fail "the Markdown summary names no HNPW"

open_window() {  # $1: label; the rest: the program's arguments
  local label="$1"
  shift
  local err="$WORK/window-$label.err"
  QT_QPA_PLATFORM=offscreen CMCOORD_QUIT_AFTER_START_MS=300 timeout 120 "$EXE" "$@" 2>"$err" || {
    cat "$err" >&2
    fail "the window ($label) did not open and close cleanly"
  }
  grep -q "cmcoord-desktop: first paint" "$err" || {
    cat "$err" >&2
    fail "the window ($label) was never painted"
  }
  if grep -q "Traceback" "$err"; then
    cat "$err" >&2
    fail "the window ($label) printed a traceback"
  fi
}

step "the window offscreen: the demo workshop, then the first start on an empty data folder"
open_window demo --demo
open_window first-run --data-dir first-run
[ -s first-run/logs/cmcoord-desktop.log ] || fail "no log file in the new data folder"
[ -z "$(ls -A "$TMPDIR")" ] || fail "the demo left temporary copies behind: $(ls "$TMPDIR")"
step "OK"
