"""A real Secret Service for tests and the bundle's smoke check: gnome-keyring-daemon, unlocked
with a password, on a session bus of its own made by dbus-run-session, in a home folder of its
own. `with KeyringSession(home) as env:` gives the environment that reaches it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[2]

# Runs inside dbus-run-session: starts the keyring daemon on that bus, says the bus's address
# once the Secret Service answers, and holds the session until its stdin closes.
HOLD_SESSION = textwrap.dedent(
    """
    import os, subprocess, sys, time
    from jeepney import new_method_call
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    daemon.stdin.write(b"keyring password")
    daemon.stdin.close()
    with open_dbus_connection(bus="SESSION") as bus:
        for _ in range(200):
            ask = new_method_call(message_bus, "NameHasOwner", "s", ("org.freedesktop.secrets",))
            if bus.send_and_get_reply(ask).body[0]:
                break
            time.sleep(0.05)
        else:
            sys.exit("gnome-keyring-daemon never took the Secret Service name")
    print(os.environ["DBUS_SESSION_BUS_ADDRESS"], flush=True)
    sys.stdin.read()
    daemon.terminate()
    daemon.wait(10)
    """
)


def keyring_missing() -> str | None:
    for program in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(program) is None:
            return f"{program} is not installed (apt-get install dbus gnome-keyring)"
    return None


def session_environment(home: Path, bus: str | None) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS")
    }
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),  # the keyrings' files
        XDG_CONFIG_HOME=str(home / "config"),  # no keyringrc.cfg of the developer's
        XDG_RUNTIME_DIR=str(runtime),
        PYTHONPATH=str(ROOT),
    )
    if bus is not None:
        env["DBUS_SESSION_BUS_ADDRESS"] = bus
    return env


class KeyringSession:
    """dbus-run-session holding gnome-keyring-daemon until the block ends."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self._held: subprocess.Popen[str] | None = None

    def __enter__(self) -> dict[str, str]:
        self.home.mkdir(parents=True, exist_ok=True)
        self._held = subprocess.Popen(
            ["dbus-run-session", "--", sys.executable, "-c", HOLD_SESSION],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # as root dbus-daemon says it cannot raise its file limit
            text=True,
            env=session_environment(self.home, None),
        )
        assert self._held.stdout is not None
        address = self._held.stdout.readline().strip()
        if not address:
            self.__exit__(None, None, None)
            raise RuntimeError("the keyring session ended before it was ready")
        return session_environment(self.home, address)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        held, self._held = self._held, None
        if held is None:
            return
        assert held.stdin is not None
        held.stdin.close()
        try:
            held.wait(30)
        except subprocess.TimeoutExpired:
            held.kill()
            held.wait()
