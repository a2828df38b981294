"""A summary PDF is PDF/A-3u and carries its event's records: `import summary.pdf` gives the
event back on another laptop; a PDF whose records were tampered with is refused, nothing touched."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
from pathlib import Path

import pikepdf
import pypdf
import pytest

from cmcoord_desktop.core import repository, sync_states
from cmcoord_desktop.core.store import Store
from cmcoord_desktop.export.pdf_finish import RECORDS_NAME
from cmcoord_desktop.export.pdf_summary import export_event_summary
from cmcoord_desktop.export.summary_data import find_event, gather_event_summary
from tests.export.workshops import hnpw_like_event

DEMO_TITLE = "Humanitarian Network and Partnership Week (HNPW) 2017"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cmcoord_desktop", *args], capture_output=True, text=True
    )


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("records")
    out = folder / "summary.pdf"
    done = _cli("--demo", "export", DEMO_TITLE, "--format", "pdf", "--out", str(out))
    assert done.returncode == 0, done.stderr
    return out


def _summary_of(folder: Path) -> object:
    with Store(folder) as store:
        return gather_event_summary(store, find_event(store, DEMO_TITLE).id)


def test_import_of_a_summary_pdf_gives_back_the_event(demo_pdf: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    done = _cli("--data-dir", str(fresh), "import", str(demo_pdf))
    assert done.returncode == 0, done.stderr
    assert "Imported summary.pdf" in done.stdout
    with Store(tmp_path / "demo") as store:
        from cmcoord_desktop.demo import load_demo_workshop

        load_demo_workshop(store)
        original = gather_event_summary(store, find_event(store, DEMO_TITLE).id)
        others = {e.title for e in repository.events(store)} - {DEMO_TITLE}
    imported = _summary_of(fresh)
    assert imported == original  # every session, outcome, step, table and slide
    with Store(fresh) as store:
        titles = {e.title for e in repository.events(store)}
    assert titles == {DEMO_TITLE} and others  # that event only


def _tampered(source: Path, out: Path, change: bytes, to: bytes) -> Path:
    with pikepdf.open(source) as pdf:
        spec = pdf.attachments[RECORDS_NAME]
        stream = spec.get_file().obj
        data = stream.read_bytes()
        assert change in data
        stream.write(data.replace(change, to, 1))
        pdf.save(out)
    return out


@pytest.mark.parametrize(
    "change, to",
    [(b"Data Revolution", b"Data Evolution!"), (b'"records":[', b'"records":[[]')],
)
def test_a_pdf_with_tampered_records_is_refused_and_nothing_changes(
    demo_pdf: Path, tmp_path: Path, change: bytes, to: bytes
) -> None:
    data = tmp_path / "data"
    with Store(data) as store:
        hnpw_like_event(store)
        before = sync_states.record_states(store)
    bad = _tampered(demo_pdf, tmp_path / "bad.pdf", change, to)
    done = _cli("--data-dir", str(data), "import", str(bad))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not imported" in done.stderr
    assert "bad.pdf" in done.stderr and "Traceback" not in done.stderr
    with Store(data) as store:
        assert sync_states.record_states(store) == before


def test_a_pdf_without_records_or_broken_is_refused(demo_pdf: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "x") as store:
        summary = gather_event_summary(store, hnpw_like_event(store))
    plain = export_event_summary(summary, tmp_path / "plain.pdf")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(demo_pdf.read_bytes()[:5000])
    for pdf, words in [(plain, "without CMCoord Desktop records"), (broken, "damaged")]:
        done = _cli("--data-dir", str(tmp_path / "fresh"), "import", str(pdf))
        assert done.returncode == 2, done.stdout
        assert words in done.stderr and done.stderr.count("\n") == 1, done.stderr


def test_an_encrypted_pdf_is_refused_in_one_sentence(demo_pdf: Path, tmp_path: Path) -> None:
    """Summaries are never encrypted: one that is (a password set since) is refused, whether its
    records could be decrypted or not, and nothing is imported."""
    for password in ("secret", ""):
        writer = pypdf.PdfWriter(clone_from=demo_pdf)
        writer.encrypt(password, owner_password="owner", algorithm="RC4-128")
        locked = tmp_path / "locked.pdf"
        writer.write(locked)
        fresh = tmp_path / f"fresh-{bool(password)}"
        done = _cli("--data-dir", str(fresh), "import", str(locked))
        assert done.returncode == 2, done.stdout
        assert "locked.pdf" in done.stderr and "encrypted" in done.stderr, done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr, done.stderr
        with Store(fresh) as store:
            assert repository.events(store) == []


def test_an_aes_encrypted_pdf_is_refused_without_cryptography(
    demo_pdf: Path, tmp_path: Path
) -> None:
    """The bundle has no cryptography: pypdf cannot even try an AES-encrypted file's empty
    password there. Still one sentence, no 'unexpected error'."""
    writer = pypdf.PdfWriter(clone_from=demo_pdf)
    writer.encrypt("", owner_password="owner", algorithm="AES-256")
    locked = tmp_path / "aes.pdf"
    writer.write(locked)
    as_bundled = (
        "import runpy, sys; sys.modules['cryptography'] = sys.modules['Crypto'] = None; "
        "sys.argv = ['cmcoord-desktop', *sys.argv[1:]]; "
        "runpy.run_module('cmcoord_desktop', run_name='__main__')"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            as_bundled,
            "--data-dir",
            str(tmp_path / "d"),
            "import",
            str(locked),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2, done.stderr
    assert "aes.pdf" in done.stderr and "encrypted" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and "unexpected" not in done.stderr, done.stderr


def test_the_summary_is_pdf_a_3u_with_its_records_as_an_associated_file(demo_pdf: Path) -> None:
    with pikepdf.open(demo_pdf) as pdf:
        assert "/Encrypt" not in pdf.trailer
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "U"
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == DEMO_TITLE and meta["xmp:CreatorTool"].startswith("CMCoord")
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and int(intent.DestOutputProfile.N) == 3
        profile = intent.DestOutputProfile.read_bytes()
        assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB "
        (associated,) = pdf.Root.AF
        assert associated.AFRelationship == "/Data" and str(associated.UF) == RECORDS_NAME
        assert associated.EF.F.Subtype == "/application/json"
        for page in pdf.pages:
            for annotation in page.obj.get("/Annots", []):
                assert int(annotation.F) & 4
            for font in page.obj.Resources.Font.values():
                assert "/FontFile2" in font.FontDescriptor


def test_the_xmp_metadata_says_what_the_info_dictionary_says(demo_pdf: Path) -> None:
    """PDF/A: each Info entry with an XMP counterpart has the same value there, dates included,
    and the embedded records' checksum is the MD5 of the file they hold."""
    with pikepdf.open(demo_pdf) as pdf:
        info = pdf.docinfo
        meta = pdf.open_metadata()
        assert meta["dc:title"] == str(info.Title) == DEMO_TITLE
        assert meta["dc:creator"] == [str(info.Author)]
        assert meta["dc:description"] == str(info.Subject)
        assert meta["pdf:Keywords"] == str(info.Keywords)
        assert meta["pdf:Producer"] == str(info.Producer)
        assert meta["xmp:CreatorTool"] == str(info.Creator)
        for xmp_name, info_name in [
            ("xmp:CreateDate", "/CreationDate"),
            ("xmp:ModifyDate", "/ModDate"),
        ]:
            stamp = str(info[info_name])  # D:20261202142839+00'00'
            written = dt.datetime.strptime(stamp[2:16], "%Y%m%d%H%M%S")
            assert dt.datetime.fromisoformat(meta[xmp_name]).replace(tzinfo=None) == written
        (associated,) = pdf.Root.AF
        stream = associated.EF.F
        records = stream.read_bytes()
        assert int(stream.Params.Size) == len(records)
        assert bytes(stream.Params.CheckSum) == hashlib.md5(records).digest()
