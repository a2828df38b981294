#!/usr/bin/env bash
# Build the one-folder bundle and check that it works with no Python around it:
#   --version; the demo workshop exported to PDF with its fonts embedded; a json export, import
#   and sync; a team server over TLS; every library linked; the window opened offscreen (and
#   under Xvfb when there is one) and closed.
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

step "the command line loads from the system only glibc and what apt itself links"
# (build.spec's LEFT_TO_THE_SYSTEM: anything else must be in the bundle, or every bare system
# would need it; Qt must not load at all without the window.)
LD_DEBUG=libs "$EXE" --demo export "$DEMO_EVENT" --format docx --out "$WORK/libs.docx" \
  2>"$WORK/libs.log" >/dev/null || fail "the Word export failed: $(tail -3 "$WORK/libs.log")"
outside="$(sed -n 's/.*calling init: //p' "$WORK/libs.log" | grep -v "/_internal/" \
  | grep -Ev "/(ld-linux[^/]*|lib(c|m|dl|pthread|rt|util|stdc\+\+|gcc_s|z|ffi))\.so[.0-9]*$" || true)"
[ -z "$outside" ] || fail "the command line loaded from the system: $outside"
grep -q "calling init: .*libQt6" "$WORK/libs.log" && fail "the command line loaded Qt"

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

step "a team server over TLS: the bundle's libpq checks the certificate with the bundle's OpenSSL"
if "$PYTHON" -c 'import sys; sys.path.insert(0, "tests/server"); import pg_server; sys.exit(pg_server.find_bin_dir() is None)'; then
  "$PYTHON" - "$WORK" "$EXE" <<'PY' || fail "the team server over TLS"
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "tests/server")
from pg_server import PgServer, find_bin_dir

work, exe = Path(sys.argv[1]), sys.argv[2]
pg = PgServer(find_bin_dir(), work / "pg")
pg.wait_ready()
try:
    # The certificate is made out to localhost: reached as another name, the handshake and the
    # check of the signature succeed and the name check refuses, in one sentence.
    url = (
        f"postgresql://nobody@teamserver.example:{pg.port}/x?hostaddr=127.0.0.1"
        f"&sslrootcert={pg.certificate}"
    )
    done = subprocess.run(
        [exe, "--data-dir", str(work / "restored"), "sync", url],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    print(done.stderr.strip())
    assert done.returncode != 0, "a sync refused by its certificate said it succeeded"
    assert "made out to another name" in done.stderr, done.stderr
    # Over TLS to the right name the server asks for a password: the keyring is asked first
    # (none here), then the one-sentence advice.
    url = f"postgresql://nobody@localhost:{pg.port}/x?sslmode=verify-full&sslrootcert={pg.certificate}"
    done = subprocess.run(
        [exe, "--data-dir", str(work / "restored"), "sync", url],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60,
    )  # fmt: skip
    print(done.stderr.strip())
    assert "asks for a password" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "No module" not in done.stderr, done.stderr
    # A password kept in the desktop's keyring (a real gnome-keyring on a session bus of its
    # own): the bundle reads it through our Secret Service backend (jeepney, plain session) and
    # is let in, so the sync goes on to find no team server in that database.
    sys.path.insert(0, ".")
    from tests.sync.keyring_session import KeyringSession, keyring_missing

    if keyring_missing() is None:
        with pg.admin() as conn:
            conn.execute("CREATE ROLE smoke LOGIN PASSWORD 'kept in the keyring'")
            conn.execute("CREATE DATABASE smoke OWNER smoke")
        with KeyringSession(work / "keyring") as env:
            keep = (
                "import sys, keyring; from cmcoord_desktop.sync.team_server import connection; "
                "connection.register_secret_service(); "
                "keyring.set_password(connection.KEYRING_SERVICE, sys.argv[1], sys.argv[2])"
            )
            subprocess.run(
                [sys.executable, "-c", keep, f"smoke@localhost:{pg.port}/smoke", "kept in the keyring"],
                env=env, check=True, timeout=60,
            )  # fmt: skip
            url = f"postgresql://smoke@localhost:{pg.port}/smoke?sslmode=verify-full&sslrootcert={pg.certificate}"
            done = subprocess.run(
                [exe, "--data-dir", str(work / "restored"), "sync", url],
                capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60, env=env,
            )  # fmt: skip
        print(done.stderr.strip())
        assert "password" not in done.stderr, done.stderr
        assert "Traceback" not in done.stderr and "No module" not in done.stderr, done.stderr
    else:
        print(f"(the keyring step skipped: {keyring_missing()})")
finally:
    pg.stop("immediate")
PY
else
  step "  (no PostgreSQL on this machine: skipped)"
fi

step "our Secret Service keyring backend in the program archive (no SecretStorage, no cryptography), every library linked"
"$PYTHON" - "$EXE" "$BUNDLE" <<'PY' || fail "the keyring's modules in the bundle"
import sys
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

names = set(CArchiveReader(sys.argv[1]).open_embedded_archive("PYZ.pyz").toc)
wanted = {
    "keyring", "cmcoord_desktop.sync.team_server.secret_service", "jeepney", "jeepney.io.blocking",
}  # fmt: skip
assert wanted <= names, sorted(wanted - names)
left_out = {name for name in names if name.split(".")[0] in ("secretstorage", "cryptography")}
assert not left_out, sorted(left_out)
assert not (Path(sys.argv[2]) / "_internal" / "cryptography").exists(), "cryptography's binding"
PY
# Every library (a wheel's own copies turned into links to the bundle's, see
# scripts/shared_libraries.py) finds each library and symbol it needs: ldd -r reports any not.
unresolved=""
while IFS= read -r -d '' library; do
  report="$(LD_LIBRARY_PATH="$BUNDLE/_internal" ldd -r "$library" 2>&1 || true)"
  # Extension modules take the Python API from the program: only other symbols count.
  bad="$(echo "$report" | grep -E "not found|undefined symbol" | grep -Ev "undefined symbol: _?Py|undefined symbol: _Py" || true)"
  [ -z "$bad" ] || unresolved+="$library: $bad"$'\n'
done < <(find -L "$BUNDLE/_internal" -name "*.so*" -type f -print0)
[ -z "$unresolved" ] || fail "unresolved libraries or symbols: $unresolved"

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
