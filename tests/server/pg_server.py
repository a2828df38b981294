"""A throw-away PostgreSQL for the tests: initdb in a temporary folder, 127.0.0.1 and a socket.

initdb and postgres refuse to run as root (CI runs as root): then they run as the `postgres`
system user through runuser, with the folder handed to that user. The socket folder is the
data folder itself, so nothing of the machine's own PostgreSQL is touched.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import psycopg

BIN_DIRS = [Path("/usr/lib/postgresql") / v / "bin" for v in ("17", "16", "15", "14", "13")]
SUPERUSER = "postgres"


def find_bin_dir() -> Path | None:
    for path in BIN_DIRS:
        if (path / "initdb").exists() and (path / "pg_ctl").exists():
            return path
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One cluster: start, stop, restart, and addresses for its databases and accounts."""

    def __init__(self, bin_dir: Path, root: Path) -> None:
        self.bin_dir = bin_dir
        self.root = root
        self.data = root / "data"
        self.port = _free_port()
        self._as_root = os.geteuid() == 0
        root.mkdir(parents=True, exist_ok=True)
        if self._as_root:
            shutil.chown(root, SUPERUSER, SUPERUSER)
            root.chmod(0o755)
            root.parent.chmod(0o755)  # mkdtemp's 0700 would keep the postgres user out
        self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth-local=trust",
            "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        self.certificate = self._make_certificate()
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"ssl = on\nssl_cert_file = '{self.certificate}'\n"
                f"ssl_key_file = '{self.data / 'server.key'}'\n"
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                f"unix_socket_directories = '{self.root}'\nfsync = on\n"
                "max_connections = 120\nshared_buffers = 64MB\nlog_min_messages = warning\n"
            )
        self.start()
        self._watchdog()

    def _watchdog(self) -> None:
        """Stop the server and remove its folder if the test process dies without doing it
        (killed by a timeout): no test leaves a PostgreSQL running."""
        pg_ctl = " ".join(
            (["runuser", "-u", SUPERUSER, "--"] if self._as_root else [])
            + [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"]
        )
        script = (
            f"while kill -0 {os.getpid()} 2>/dev/null; do sleep 1; done; "
            f"{pg_ctl} >/dev/null 2>&1; rm -rf '{self.root}'"
        )
        subprocess.Popen(
            ["sh", "-c", script],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def _make_certificate(self) -> Path:
        """A self-signed certificate made out to localhost, for the TLS tests."""
        cert, key = self.data / "server.crt", self.data / "server.key"
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
             "-keyout", str(key), "-out", str(cert)],
            capture_output=True, check=True,
        )  # fmt: skip
        key.chmod(0o600)
        if self._as_root:
            for path in (cert, key):
                shutil.chown(path, SUPERUSER, SUPERUSER)
        return cert

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / tool), *args]
        if self._as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True)
        if check and done.returncode:
            raise RuntimeError(f"{tool} failed: {done.stderr.strip() or done.stdout.strip()}")
        return done

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop", check=False)

    def restart(self) -> None:
        self.stop("immediate")
        self.start()

    def url(self, database: str, user: str = SUPERUSER, tcp: bool = False) -> str:
        if tcp:
            return f"postgresql://{user}@127.0.0.1:{self.port}/{database}?sslmode=disable"
        return f"postgresql://{user}@/{database}?host={self.root}&port={self.port}"

    def admin(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.url(database), autocommit=True)

    def create_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                with self.admin():
                    return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
