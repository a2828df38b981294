"""Our Secret Service keyring backend (sync/team_server/secret_service.py) against a real Secret
Service: Debian's gnome-keyring-daemon, unlocked with a password, on a session bus of its own
made by dbus-run-session. Each step runs in a process of its own, as the program would.

Without gnome-keyring the tests are skipped with the reason, except in CI (CI=true): there a
missing keyring is a failure (.ci/run installs it).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.keyring_session import KeyringSession, keyring_missing, session_environment

ROOT = Path(__file__).resolve().parents[2]
SERVICE = "cmcoord-desktop team server"

# One step, in a process of its own: registers our backend the way connection.py does, then
# asks keyring; prints what keyring chose and the result as JSON.
STEP = textwrap.dedent(
    """
    import json, sys
    import keyring
    from cmcoord_desktop.sync.team_server import connection

    connection.register_secret_service()
    action, service, user, *value = sys.argv[1:]
    chosen = keyring.get_keyring()
    backends = [type(b).__module__ for b in getattr(chosen, "backends", [chosen])]
    if action == "set":
        result = keyring.set_password(service, user, value[0])
    elif action == "get":
        result = keyring.get_password(service, user)
    elif action == "delete":
        result = keyring.delete_password(service, user)
    elif action == "theirs-set":  # keyring's own backend, through SecretStorage
        from keyring.backends import SecretService
        result = SecretService.Keyring().set_password(service, user, value[0])
    elif action == "theirs-get":
        from keyring.backends import SecretService
        result = SecretService.Keyring().get_password(service, user)
    print(json.dumps({"backend": backends[0], "result": result}))
    """
)


@pytest.fixture
def keyring_session(tmp_path: Path) -> Iterator[dict[str, str]]:
    missing = keyring_missing()
    if missing and os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"{missing}; CI must run the keyring tests")
    if missing:
        pytest.skip(missing)
    with KeyringSession(tmp_path / "home") as env:
        yield env


def _step(env: dict[str, str], *args: str) -> object:
    done = subprocess.run(
        [sys.executable, "-c", STEP, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["backend"] == "cmcoord_desktop.sync.team_server.secret_service", answer
    return answer["result"]


def test_a_password_is_stored_read_by_another_process_replaced_and_deleted(
    keyring_session: dict[str, str],
) -> None:
    user = "ana@teamserver.example:5432/hnpw"
    assert _step(keyring_session, "get", SERVICE, user) is None
    _step(keyring_session, "set", SERVICE, user, "première clé ✓")
    assert _step(keyring_session, "get", SERVICE, user) == "première clé ✓"
    _step(keyring_session, "set", SERVICE, user, "second")
    assert _step(keyring_session, "get", SERVICE, user) == "second"
    assert _step(keyring_session, "get", SERVICE, "someone-else") is None
    _step(keyring_session, "delete", SERVICE, user)
    assert _step(keyring_session, "get", SERVICE, user) is None


def test_passwords_kept_by_keyrings_own_backend_are_found_and_it_finds_ours(
    keyring_session: dict[str, str],
) -> None:
    pytest.importorskip("secretstorage", reason="keyring's own backend needs SecretStorage")
    _step(keyring_session, "theirs-set", SERVICE, "kept-before", "from keyring")
    assert _step(keyring_session, "get", SERVICE, "kept-before") == "from keyring"
    _step(keyring_session, "set", SERVICE, "kept-now", "from ours")
    assert _step(keyring_session, "theirs-get", SERVICE, "kept-now") == "from ours"
    # Replacing a password keyring's backend kept leaves one item, with the new secret.
    _step(keyring_session, "set", SERVICE, "kept-before", "replaced")
    assert _step(keyring_session, "theirs-get", SERVICE, "kept-before") == "replaced"
    search = textwrap.dedent(
        """
        import sys
        from cmcoord_desktop.sync.team_server.secret_service import secret_service
        with secret_service() as secrets:
            print(len(secrets.search({"service": sys.argv[1], "username": "kept-before"})))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", search, SERVICE], capture_output=True, text=True, env=keyring_session
    )
    assert done.stdout.strip() == "1", done.stderr


def test_a_locked_keyring_is_unlocked_through_its_prompt_or_the_password_is_asked(
    keyring_session: dict[str, str],
) -> None:
    """Locked, the keyring asks for its own password through a prompt: here no desktop can show
    it (no display), so the prompt completes dismissed and the password is not read, in one
    exception keyring's callers know (KeyringLocked), without waiting."""
    _step(keyring_session, "set", SERVICE, "locked-user", "behind the lock")
    lock_then_read = textwrap.dedent(
        """
        import sys
        import keyring.errors
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from cmcoord_desktop.sync.team_server import secret_service as ours
        service = DBusAddress(
            "/org/freedesktop/secrets", "org.freedesktop.secrets", "org.freedesktop.Secret.Service"
        )
        with open_dbus_connection(bus="SESSION") as bus:
            alias = new_method_call(service, "ReadAlias", "s", ("default",))
            (collection,) = bus.send_and_get_reply(alias).body
            bus.send_and_get_reply(new_method_call(service, "Lock", "ao", ([collection],)))
        try:
            ours.Keyring().get_password(sys.argv[1], "locked-user")
        except keyring.errors.KeyringLocked:
            print("locked")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", lock_then_read, SERVICE],
        capture_output=True,
        text=True,
        env=keyring_session,
        timeout=60,
    )
    assert done.stdout.strip() == "locked", done.stderr


# A session bus that knows no services to start (the machine's own lists would start
# gnome-keyring when asked): a desktop without a Secret Service.
BARE_SESSION_BUS = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%s</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def test_without_a_secret_service_the_backend_is_not_chosen(tmp_path: Path) -> None:
    """Neither on a session bus with no Secret Service to run nor with no session bus at all
    (a console login): keyring then falls back as it did before (the password is asked)."""
    if shutil.which("dbus-run-session") is None:
        pytest.skip("dbus-run-session is not installed")
    config = tmp_path / "session.conf"
    config.write_text(BARE_SESSION_BUS % tmp_path, encoding="utf-8")
    check = (
        "from cmcoord_desktop.sync.team_server import secret_service as s; print(s.Keyring.viable)"
    )
    env = session_environment(tmp_path, None)
    for command in (
        ["dbus-run-session", f"--config-file={config}", "--", sys.executable, "-c", check],
        [sys.executable, "-c", check],
    ):
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
        )
        assert done.stdout.strip() == "False", (command, done.stderr)
