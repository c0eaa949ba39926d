#!/usr/bin/env python3
"""A real Odoo with two workers on 127.0.0.1: the workers check, then Locust's load.

usage: live.py DATABASE LOAD_SECONDS   (make test's live-check, make load)
Workers: the administrator grants a menu to the Backend UI group, then makes the user
portal; each change shows at the user's next 10 requests, served by both workers.
Load: .ci/locustfile.py, headless, at most 60 s. The environment gives ODOO
(odoo-bin and options, no -d), LOG_DIR and LOCUST.
"""

import contextlib
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

BACKEND_UI = "group_backend.group_backend_ui_users"
PASSWORD, REQUESTS_PER_PHASE = "Live-check-1", 10


class LiveServer:
    """An Odoo server (two workers unless told) on a free loopback port."""

    def __init__(self, database, workers=2, log_name="live.log"):
        self.database = database
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url, self.log = f"http://127.0.0.1:{self.port}", Path(os.environ["LOG_DIR"]) / log_name
        self.log.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            [*shlex.split(os.environ["ODOO"]), "-d", database, f"--db-filter=^{database}$",
             f"--workers={workers}", "--http-interface=127.0.0.1", f"--http-port={self.port}",
             f"--gevent-port={self.port + 1}", "--max-cron-threads=0", "--limit-time-real=300",
             "--limit-time-cpu=120", f"--logfile={self.log}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        for _attempt in range(240):
            with contextlib.suppress(requests.ConnectionError):
                if requests.get(f"{self.url}/web/login", timeout=5).ok:
                    return
            time.sleep(0.5)
        self.stop()
        sys.exit(f"live: the server did not answer on {self.url}; log: {self.log}")

    def stop(self):
        self.process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            return self.process.wait(timeout=60)
        self.process.kill()


class Client:
    """A browser-like session of one user; each request on a new connection."""

    def __init__(self, server, login, password=None, path="/web/session/authenticate"):
        """Log in (the demo users' passwords are their logins)."""
        self.url, self.login = server.url, login
        self.session = requests.Session()
        self.session.headers["Connection"] = "close"
        params = {"db": server.database, "login": login, "password": password or login}
        self.json(path, params)

    def json(self, path, params=None):
        body = {"jsonrpc": "2.0", "method": "call", "id": 1, "params": params or {}}
        answer = self.session.post(f"{self.url}{path}", json=body, timeout=60).json()
        if "error" in answer:
            raise RuntimeError(f"{self.login} {path}: {answer['error']['data']['message']}")
        return answer["result"]

    def call(self, model, method, *args, **kwargs):
        params = {"model": model, "method": method, "args": args, "kwargs": kwargs}
        return self.json("/web/dataset/call_kw", params)

    def ref(self, xmlid):
        return self.call("ir.model.data", "check_object_reference", *xmlid.split("."))[1]

    def menus(self):
        """The names of the root menus the web client loads."""
        menus = self.session.get(f"{self.url}/web/webclient/load_menus/live", timeout=60).json()
        return {menus[str(i)]["name"] for i in menus["root"]["children"]}

    def backend(self):
        """Whether /odoo opens the web client rather than redirecting."""
        response = self.session.get(f"{self.url}/odoo", allow_redirects=False, timeout=60)
        return response.status_code == 200


def check_workers(server, admin):
    """Each change of menus or groups shows at the next request, whichever worker serves it."""
    login, ui, system = "live_ui", admin.ref(BACKEND_UI), admin.ref("base.group_system")
    vals = {"name": "Live UI", "login": login, "password": PASSWORD, "groups_id": [(6, 0, [ui])]}
    user_id = admin.call("res.users", "create", vals, context={"no_reset_password": True})
    act = admin.call("ir.actions.act_window", "create", {"name": "Live", "res_model": "res.users"})
    menu = admin.call("ir.ui.menu", "create", {"name": "Live app", "groups_id": [(6, 0, [system])],
                      "action": f"ir.actions.act_window,{act}"})  # fmt: skip
    user = Client(server, login, PASSWORD)

    def phase(name, expected):
        for n in range(REQUESTS_PER_PHASE):
            if (shown := ("Live app" in user.menus(), user.backend())) != expected:
                sys.exit(f"live: {name}: request {n + 1}: (menu, backend) {shown}, not {expected}")

    phase("before the grant", (False, True))
    admin.call("ir.ui.menu", "write", [menu], {"groups_id": [(4, ui)]})
    phase("after the grant", (True, True))
    portal = admin.ref("base.group_portal")
    admin.call("res.users", "write", [user_id], {"groups_id": [(3, ui), (4, portal)]})
    phase("after the removal", (False, False))
    pattern = r"^\S+ \S+ (\d+) .* werkzeug: .*\"GET /(?:odoo|web/webclient)"
    served = set(re.findall(pattern, server.log.read_text(errors="replace"), re.MULTILINE))
    if len(served) < 2:
        sys.exit(f"live: one process {served} served every request: not both workers")
    print(f"live: workers: {6 * REQUESTS_PER_PHASE} requests served by {len(served)} workers; "
          "each grant and removal showed at the user's next request", flush=True)  # fmt: skip


def main(database, seconds):
    server = LiveServer(database)
    try:
        check_workers(server, Client(server, "admin"))
        subprocess.run(
            [os.environ["LOCUST"], "-f", str(Path(__file__).with_name("locustfile.py")),
             "--headless", "--only-summary", "--users=20", "--spawn-rate=20",
             f"--run-time={min(int(seconds), 60)}s", "--stop-timeout=60", f"--host={server.url}",
             f"--database={database}", "--loglevel=WARNING"],
            check=True,
        )  # fmt: skip
    finally:
        server.stop()


if __name__ == "__main__":
    main(*sys.argv[1:]) if len(sys.argv) == 3 else sys.exit(__doc__)
