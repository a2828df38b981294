#!/usr/bin/env bash
# Build the one-folder bundle and check that it works with no Python around it:
#   --version; the demo workshop exported to PDF with its fonts embedded; a json export, import
#   and sync; the window opened offscreen (and under Xvfb when there is one) and closed.
#
# Usage: scripts/smoke_bundle.sh            (PYTHON=.venv/bin/python to build with a venv)
#        SKIP_BUILD=1 scripts/smoke_bundle.sh   (check an existing dist/cmcoord-desktop)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
BUNDLE="dist/cmcoord-desktop"
EXE="$BUNDLE/cmcoord-desktop"
DEMO_EVENT="Humanitarian Network and Partnership Week (HNPW) 2017"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The bundle must not lean on this machine's settings or Python.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data-home"
mkdir -p "$WORK/tmp" && export TMPDIR="$WORK/tmp"  # --demo copies land here, removed at the end
unset PYTHONPATH PYTHONHOME

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }

if [ -z "${SKIP_BUILD:-}" ]; then
  step "building the bundle ($("$PYTHON" -m PyInstaller --version))"
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN build.spec
fi
[ -x "$EXE" ] || fail "$EXE was not built"

expected_version="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
version="$("$EXE" --version)"
[ "$version" = "cmcoord-desktop $expected_version" ] || fail "--version said '$version'"
step "--version: $version"

step "exporting the demo workshop to PDF"
"$EXE" --demo export "$DEMO_EVENT" --format pdf --out "$WORK/demo.pdf"
[ -s "$WORK/demo.pdf" ] || fail "no PDF written"
pdftotext "$WORK/demo.pdf" "$WORK/demo.txt"
grep -q "Key outcomes" "$WORK/demo.txt" || fail "the PDF has no 'Key outcomes'"
fonts="$(pdffonts "$WORK/demo.pdf" | tail -n +3)"
# pdffonts columns: name type encoding emb sub uni object ID.
embedded="$(echo "$fonts" | awk '$(NF-4) == "yes" {print $1}' | sed 's/^[A-Z]*+//' | sort -u)"
echo "$embedded" | grep -q "^NotoSans" || fail "the bundled Noto Sans is not embedded: $fonts"
# ReportLab lists its default Helvetica even when no text uses it; a standard-14 font needs no
# file. Any other font left out would print as boxes or a substitute elsewhere.
base14="^(Helvetica|Times|Courier|Symbol|ZapfDingbats)"
missing="$(echo "$fonts" | awk '$(NF-4) != "yes" {print $1}' | sort -u)"
if echo "$missing" | grep -v '^$' | grep -Evq "$base14"; then
  echo "$fonts" >&2
  fail "a font is not embedded in the PDF"
fi
step "PDF fonts embedded: $(echo "$embedded" | tr '\n' ' ')"
[ -z "$missing" ] || step "  (not embedded, standard PDF fonts: $(echo "$missing" | tr '\n' ' '))"

step "exporting Arabic, Chinese, Russian and emoji outcomes: each finds its bundled font"
"$PYTHON" - "$WORK/six-languages" <<'PY'
import sys
from pathlib import Path

from cmcoord_desktop.core import repository
from cmcoord_desktop.core.models import ItemKind
from cmcoord_desktop.core.store import Store

with Store(Path(sys.argv[1])) as store:
    event = repository.create_event(store, title="Six languages")
    session = repository.create_session(store, event.id, title="Langues officielles")
    for text in (
        "التنسيق المدني العسكري",
        "人道主义军民协调",
        "Гражданско-военная координация",
        "Helicopter landing zone agreed 🚁 ✅",
    ):
        repository.add_item(store, session.id, ItemKind.KEY_OUTCOME, text)
PY
"$EXE" --data-dir "$WORK/six-languages" export "Six languages" --format pdf --out "$WORK/six.pdf"
six_fonts="$(pdffonts "$WORK/six.pdf" | awk 'NR > 2 && $(NF-4) == "yes" {print $1}')"
echo "$six_fonts" | grep -q "NotoSansArabic" || fail "no Arabic font embedded: $six_fonts"
echo "$six_fonts" | grep -Eqi "WenQuanYi|wqy" || fail "no Chinese font embedded: $six_fonts"
echo "$six_fonts" | grep -q "CMCoordEmoji" || fail "no emoji font embedded: $six_fonts"
step "  embedded: $(echo "$six_fonts" | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"

step "exporting the demo workshop as a web page, a Word document and an e-mail"
"$EXE" --demo export "$DEMO_EVENT" --format html --out "$WORK/demo.html"
grep -q "<article" "$WORK/demo.html" || fail "the web page has no article"
"$EXE" --demo export "$DEMO_EVENT" --format docx --out "$WORK/demo.docx"
[ "$(head -c 2 "$WORK/demo.docx")" = "PK" ] || fail "the Word document is no .docx (zip)"
"$EXE" --demo export "$DEMO_EVENT" --format email --out "$WORK/demo.eml"
grep -q "multipart/alternative" "$WORK/demo.eml" || fail "the e-mail has no alternatives"

step "json export, import and sync"
"$EXE" --demo export --all --format json --out "$WORK/backup.json"
"$EXE" --data-dir "$WORK/restored" import "$WORK/backup.json"
"$EXE" --data-dir "$WORK/restored" sync "$WORK/shared.cmcsync"
[ -s "$WORK/shared.cmcsync" ] || fail "sync wrote no shared file"
"$EXE" --data-dir "$WORK/restored" export "$DEMO_EVENT" --format md --out "$WORK/demo.md"
grep -q "HNPW" "$WORK/demo.md" || fail "the imported data exported no HNPW summary"

step "a team server that is not there: told in one sentence (psycopg and TLS are in the bundle)"
set +e
"$EXE" --data-dir "$WORK/restored" sync postgresql://nobody@127.0.0.1:1/none 2>"$WORK/server.err"
status=$?
set -e
[ "$status" -ne 0 ] || fail "a sync with no server said it succeeded"
grep -q "Could not reach the team server" "$WORK/server.err" || fail "no sentence: $(cat "$WORK/server.err")"
! grep -Eq "Traceback|ImportError|No module" "$WORK/server.err" || fail "$(cat "$WORK/server.err")"

open_window() {  # $1: label; the rest: how to run it
  local label="$1"
  shift
  local err="$WORK/window-$label.err"
  CMCOORD_QUIT_AFTER_START_MS=300 timeout 60 "$@" 2>"$err" || {
    cat "$err" >&2
    fail "the window ($label) did not open and close cleanly"
  }
  grep -q "cmcoord-desktop: first paint" "$err" || {
    cat "$err" >&2
    fail "the window ($label) was never painted"
  }
}

step "window offscreen: the welcome page on an empty data folder, then the demo workshop"
QT_QPA_PLATFORM=offscreen open_window welcome "$EXE" --data-dir "$WORK/first-run"
[ -s "$WORK/first-run/logs/cmcoord-desktop.log" ] || fail "no log file in the data folder"
QT_QPA_PLATFORM=offscreen open_window demo "$EXE" --demo

step "the window's catalogues and Qt's own, for the five languages besides English"
for code in ar zh fr ru es; do
  [ -n "$(find "$BUNDLE" -name "cmcoord_$code.qm")" ] || fail "no cmcoord_$code.qm in the bundle"
  qt_code="$code"; [ "$code" = zh ] && qt_code=zh_CN
  [ -n "$(find "$BUNDLE" -name "qtbase_$qt_code.qm")" ] || fail "no qtbase_$qt_code.qm in the bundle"
done
QT_QPA_PLATFORM=offscreen open_window arabic "$EXE" --data-dir "$WORK/first-run" --language ar
# The language is chosen before the log opens: its warnings go to stderr.
if grep -Eq "cannot load|no qtbase_|translation .* missing" "$WORK/window-arabic.err"; then
  fail "a catalogue did not load in the bundle: $(cat "$WORK/window-arabic.err")"
fi
"$EXE" --language fr --help | grep -q "fichier" || fail "--language fr --help is not in French"

if command -v xvfb-run >/dev/null; then
  step "window under Xvfb (the xcb platform plugin as on a desktop)"
  QT_QPA_PLATFORM=xcb open_window xvfb xvfb-run -a "$EXE" --demo
fi

step "bundle size: $(du -sh "$BUNDLE" | cut -f1)"
step "OK"
