#!/usr/bin/env python3
"""Run a real Odoo with two workers on loopback: check the workers, then a load.

usage: live.py DATABASE LOAD_SECONDS   (make test's live-check, and make load)

DATABASE has the addon installed with its demo data. The server listens on
127.0.0.1 only and is stopped at the end; make checks its log (checklog-odoo).

Workers: a Backend UI user logs in and loads its menus; an administrator, in
another session, grants a root menu to the Backend UI group, then makes the
user a portal user. Each change must show at the user's very next requests,
whichever worker serves them: at least 10 requests a phase, each on a new
connection, and the server log must show both workers serving them.

Load: Locust (.ci/locustfile.py) runs headless for LOAD_SECONDS (at most 60):
20 sessions, half Backend UI users and half internal users. No request may
fail; the p50 and p95 of a loop are printed per user type, with their ratio.

The environment gives ODOO (odoo-bin and its options, without -d), LOG_DIR and
LOCUST (the locust command, from its own virtualenv).
"""

import contextlib
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import xmlrpc.client
from pathlib import Path

import requests

PASSWORD = "Live-check-1"
BACKEND_UI = "group_backend.group_backend_ui_users"
REQUESTS_PER_PHASE = 10


class LiveServer:
    """An Odoo server (two workers unless told), on a free loopback port."""

    def __init__(self, database, workers=2, log_name="live.log"):
        self.database = database
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = Path(os.environ["LOG_DIR"]) / log_name
        self.log.unlink(missing_ok=True)
        command = shlex.split(os.environ["ODOO"]) + [
            "-d", database, f"--db-filter=^{database}$", f"--workers={workers}",
            "--http-interface=127.0.0.1", f"--http-port={self.port}",
            f"--gevent-port={self.port + 1}", "--max-cron-threads=0",
            "--limit-time-real=300", "--limit-time-cpu=120", f"--logfile={self.log}",
        ]  # fmt: skip
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
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

    def worker_pids(self, path_pattern):
        """The PIDs of the processes whose log shows serving requests matching ``path_pattern``."""
        lines = re.findall(r"^\S+ \S+ (\d+) INFO \S+ werkzeug: .*\"\w+ (\S+) HTTP",
                           self.log.read_text(errors="replace"), re.MULTILINE)  # fmt: skip
        return {pid for pid, path in lines if re.search(path_pattern, path)}


class Admin:
    """The demo administrator, over XML-RPC."""

    def __init__(self, server):
        self.server = server
        common = xmlrpc.client.ServerProxy(f"{server.url}/xmlrpc/2/common")
        self.uid = common.authenticate(server.database, "admin", "admin", {})
        self.object = xmlrpc.client.ServerProxy(f"{server.url}/xmlrpc/2/object", allow_none=True)

    def call(self, model, method, *args, **kwargs):
        return self.object.execute_kw(
            self.server.database, self.uid, "admin", model, method, list(args), kwargs
        )

    def ref(self, xmlid):
        module, name = xmlid.split(".")
        return self.call("ir.model.data", "check_object_reference", module, name)[1]


class Client:
    """A browser-like session of one user; each request on a new connection."""

    def __init__(self, server, login):
        self.server, self.login = server, login
        self.session = requests.Session()
        self.session.headers["Connection"] = "close"

    def json(self, path, params=None):
        body = {"jsonrpc": "2.0", "method": "call", "id": 1, "params": params or {}}
        response = self.session.post(f"{self.server.url}{path}", json=body, timeout=60)
        answer = response.raise_for_status() or response.json()
        if "error" in answer:
            raise RuntimeError(f"{self.login} {path}: {answer['error']['data']['message']}")
        return answer["result"]

    def menus(self):
        """The names of the root menus the web client loads."""
        response = self.session.get(f"{self.server.url}/web/webclient/load_menus/live", timeout=60)
        menus = response.raise_for_status() or response.json()
        return {menus[str(i)]["name"] for i in menus["root"]["children"]}

    def backend(self):
        """Whether /odoo opens the web client rather than redirecting."""
        response = self.session.get(f"{self.server.url}/odoo", allow_redirects=False, timeout=60)
        return response.status_code == 200


def check_workers(server, admin):
    login = "live_ui"
    user_id = admin.call(
        "res.users", "create",
        {"name": "Live UI", "login": login, "password": PASSWORD,
         "groups_id": [(6, 0, [admin.ref(BACKEND_UI)])]},
        context={"no_reset_password": True},
    )  # fmt: skip
    action = admin.call(
        "ir.actions.act_window", "create", {"name": "Live app", "res_model": "res.partner"}
    )
    menu = admin.call(
        "ir.ui.menu", "create",
        {"name": "Live app", "action": f"ir.actions.act_window,{action}",
         "groups_id": [(6, 0, [admin.ref("base.group_system")])]},
    )  # fmt: skip
    user = Client(server, login)
    user.json("/web/session/authenticate",
              {"db": server.database, "login": login, "password": PASSWORD})  # fmt: skip

    def phase(name, expect_menu, expect_backend):
        for n in range(REQUESTS_PER_PHASE):
            shown = "Live app" in user.menus()
            if shown != expect_menu or user.backend() != expect_backend:
                sys.exit(
                    f"live: {name}: request {n + 1} showed menu={shown}, expected {expect_menu}"
                )

    phase("before the grant", expect_menu=False, expect_backend=True)
    admin.call("ir.ui.menu", "write", [menu], {"groups_id": [(4, admin.ref(BACKEND_UI))]})
    phase("after the grant", expect_menu=True, expect_backend=True)
    portal = admin.ref("base.group_portal")
    admin.call("res.users", "write", [user_id],
               {"groups_id": [(3, admin.ref(BACKEND_UI)), (4, portal)]})  # fmt: skip
    phase("after the removal", expect_menu=False, expect_backend=False)
    pids = server.worker_pids(r"^/(odoo|web/webclient/load_menus)")
    if len(pids) < 2:
        sys.exit(
            f"live: all requests were served by one process {pids}: the workers were not both used"
        )
    print(
        f"live: workers: {3 * REQUESTS_PER_PHASE} menu loads and {3 * REQUESTS_PER_PHASE} /odoo "
        f"requests served by {len(pids)} workers; the grant, then the removal, showed at the "
        "user's next request each time",
        flush=True,  # before Locust's lines
    )


def load(server, seconds):
    """Run the locustfile headless and bounded; Locust fails on any failed request."""
    locustfile = Path(__file__).with_name("locustfile.py")
    subprocess.run(
        [os.environ["LOCUST"], "-f", str(locustfile), "--headless", "--only-summary",
         "--users=20", "--spawn-rate=20", f"--run-time={seconds}s", "--stop-timeout=60",
         f"--host={server.url}", f"--database={server.database}", "--loglevel=WARNING"],
        check=True,
    )  # fmt: skip


def main(database, seconds):
    seconds = min(int(seconds), 60)
    server = LiveServer(database)
    try:
        admin = Admin(server)
        check_workers(server, admin)
        load(server, seconds)
    finally:
        server.stop()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
