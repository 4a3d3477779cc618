"""Check a built bundle does what the product does: the selftest, the console twin's commands, and the probe.

Run after ``HUIWU_BUNDLE_PROBE=1 make bundle`` (the probe executable, tools/bundle_probe.py frozen beside the
app; without it only the selftest and the commands run):

    .venv/bin/python tools/bundle_check.py [--shots DIR] [--keep-probe]

Starts a Radicale (CalDAV, with a password) and a PostgreSQL with SSL on 127.0.0.1, then runs the probe against
them, the selftest, and the headless commands on a demo database (print, .ics export and import, .xlsx export and
import, stats), and on PostgreSQL over TLS. Removes dist/huiwu/huiwu-probe afterwards (it is not shipped) unless
--keep-probe. Exit status 1 when anything failed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BUNDLE = ROOT / "dist" / "huiwu"


def run(what: str, cmd: list[str], failed: list[str], **kw: object) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **kw.pop("env", {}))  # type: ignore[arg-type]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600, **kw)  # type: ignore[call-overload]
    tail = (done.stdout + done.stderr).strip().splitlines()
    print(f"{what}: {'ok' if done.returncode == 0 else 'FAILED'}: {tail[-1] if tail else ''}", flush=True)
    if what == "probe":
        print(done.stdout)
    if done.returncode:
        failed.append(what)
        print(done.stdout[-4000:], done.stderr[-4000:], sep="\n")
    return done.stdout


def ssl_postgres(root: Path):
    from tests.conftest import PostgresServer, _pg_bin

    server = PostgresServer(root)
    server.start()
    data = server.data
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-keyout", str(data / "server.key"), "-out", str(data / "server.crt")], check=True,
                   capture_output=True)
    os.chmod(data / "server.key", 0o600)
    if server.as_postgres:
        for name in ("server.key", "server.crt"):
            shutil.chown(data / name, "postgres", "postgres")
    with (data / "postgresql.conf").open("a") as conf:
        conf.write("\nssl = on\n")
    # TCP only with TLS: a connection that succeeds proves the bundle's libpq and OpenSSL speak TLS
    hba = data / "pg_hba.conf"
    hba.write_text("local all all trust\nhostssl all all 127.0.0.1/32 trust\nhostnossl all all 0.0.0.0/0 reject\n")
    server._run(_pg_bin("pg_ctl") or "pg_ctl", "-D", str(data), "-w", "reload")
    return server


def main(argv: list[str]) -> int:
    failed: list[str] = []
    cli = str(BUNDLE / "huiwu-cli")
    tmp = Path(tempfile.mkdtemp(prefix="huiwu-bundle-check-"))
    tmp.chmod(0o755)  # the PostgreSQL runs as the postgres user when this runs as root
    env = {"HUIWU_CONFIG_DIR": str(tmp / "config")}
    run("selftest", [str(BUNDLE / "huiwu"), "--selftest"], failed)
    db = str(tmp / "demo.sqlite3")
    run("demo", [cli, "--db", db, "demo"], failed, env=env)
    run("print signin", [cli, "--db", db, "print", "signin", "1", "-o", str(tmp / "signin.pdf")], failed, env=env)
    run("export-ics", [cli, "--db", db, "export-ics", "-o", str(tmp / "week.ics"), "--from", "2000-01-01", "--to",
                       "2100-01-01"], failed, env=env)
    run("import-ics", [cli, "--db", db, "import-ics", "--calendar", "外单位", str(tmp / "week.ics")], failed, env=env)
    run("export-roster", [cli, "--db", db, "export-roster", str(tmp / "roster.xlsx")], failed, env=env)
    run("import-roster", [cli, "--db", db, "import-roster", "--dry-run", str(tmp / "roster.xlsx")], failed, env=env)
    run("stats xlsx", [cli, "--db", db, "stats", "--from", "2000-01-01", "--to", "2100-01-01", "--xlsx",
                       str(tmp / "stats.xlsx")], failed, env=env)
    from tests.caldav.radicale import running_radicale

    (tmp / "radicale").mkdir()
    server = ssl_postgres(tmp / "pg")
    try:
        url = server.create_database() + "?sslmode=require"
        run("postgres demo (cli)", [cli, "--db", url, "demo"], failed, env=env)
        probe = BUNDLE / "huiwu-probe"
        if probe.exists():
            shots = argv[argv.index("--shots") + 1] if "--shots" in argv else ""
            with running_radicale(tmp / "radicale", {"clerk": "secret"}) as caldav_url:
                run("probe", [str(probe), "--caldav", caldav_url + "clerk/", "clerk", "secret",
                              "--pg", server.create_database() + "?sslmode=require"], failed,
                    env={**env, "HUIWU_PROBE_SHOTS": shots})
        else:
            print("probe: skipped (build with HUIWU_BUNDLE_PROBE=1)")
    finally:
        server.stop()
        if "--keep-probe" not in argv:
            (BUNDLE / "huiwu-probe").unlink(missing_ok=True)
        shutil.rmtree(tmp, ignore_errors=True)
    print("bundle check: " + ("OK" if not failed else "FAILED: " + ", ".join(failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
