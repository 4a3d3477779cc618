"""One way to run a real Radicale on 127.0.0.1 for the tests: open to anyone, or checking passwords."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import free_port


@contextmanager
def running_radicale(root: Path, users: dict[str, str] | None = None) -> Iterator[str]:
    """A Radicale keeping its calendars under ``root``; with ``users`` it refuses anyone else (htpasswd).

    Yields its URL once it answers; fails the test (with its log) when it does not start within 20 s.
    """
    port = free_port()
    if users:
        (root / "users").write_text("".join(f"{u}:{p}\n" for u, p in users.items()), encoding="utf-8")
        auth = f"type = htpasswd\nhtpasswd_filename = {root / 'users'}\nhtpasswd_encryption = plain\n"
    else:
        auth = "type = none\n"
    config = root / "config"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n[auth]\n{auth}[rights]\ntype = owner_only\n"
        f"[storage]\nfilesystem_folder = {root / 'collections'}\n[logging]\nlevel = warning\n",
        encoding="utf-8",
    )
    log_path = root / "log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)], stdout=log, stderr=log)
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url, timeout=1)
                break
            except urllib.error.HTTPError:
                break  # it answers
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    pytest.fail("Radicale did not start: " + log_path.read_text(errors="replace"))
                time.sleep(0.1)
        try:
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
