#!/usr/bin/env python3
"""Run a real Odoo with two workers on loopback: check the workers, then a load.

usage: live.py DATABASE LOAD_SECONDS

DATABASE has the addon installed with its demo data. The server listens on
127.0.0.1 only and is stopped at the end; make checks its log (checklog-odoo).

Workers: a Backend UI user logs in and loads its menus; an administrator, in
another session, grants a root menu to the Backend UI group, then makes the
user a portal user. Each change must show at the user's very next requests,
whichever worker serves them: at least 10 requests a phase, each on a new
connection, and the server log must show both workers serving them.

Load: 20 sessions at once, half Backend UI users and half internal users, each
looping over login, session info, menu load and a search_read on the Dummy
model, for LOAD_SECONDS (at most 60). No request may fail; the p50 and p95
latency of a loop is printed per user type, with their ratio. The first loop
of each session warms the workers' caches and is not counted.

The environment gives ODOO (odoo-bin and its options, without -d) and LOG_DIR.
"""

import os
import re
import shlex
import socket
import statistics
import subprocess
import sys
import threading
import time
import xmlrpc.client
from pathlib import Path

import requests

PASSWORD = "Live-check-1"
BACKEND_UI = "group_backend.group_backend_ui_users"
SESSIONS_PER_TYPE = 10
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
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                if requests.get(f"{self.url}/web/login", timeout=5).status_code == 200:
                    return
            except requests.ConnectionError:
                time.sleep(0.5)
        self.stop()
        sys.exit(f"live: the server did not answer on {self.url}; log: {self.log}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def worker_pids(self, path_pattern):
        """The PIDs of the processes whose log shows serving requests matching ``path_pattern``."""
        pids = set()
        for line in self.log.read_text(errors="replace").splitlines():
            match = re.match(r"^\S+ \S+ (\d+) INFO \S+ werkzeug: .*\"\w+ (\S+) HTTP", line)
            if match and re.search(path_pattern, match.group(2)):
                pids.add(int(match.group(1)))
        return pids


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

    def new_users(self, prefix, group_xmlid, count):
        group = self.ref(group_xmlid)
        values = [
            {"name": f"{prefix} {n}", "login": f"{prefix}_{n}", "password": PASSWORD,
             "groups_id": [(6, 0, [group])]}
            for n in range(count)
        ]  # fmt: skip
        self.call("res.users", "create", values, context={"no_reset_password": True})
        return [value["login"] for value in values]


class Client:
    """A browser-like session of one user; each request on a new connection."""

    def __init__(self, server, login):
        self.server, self.login = server, login
        self.session = requests.Session()
        self.session.headers["Connection"] = "close"

    def json(self, path, params=None):
        response = self.session.post(
            f"{self.server.url}{path}",
            json={"jsonrpc": "2.0", "method": "call", "id": 1, "params": params or {}},
            timeout=60,
        )
        response.raise_for_status()
        answer = response.json()
        if "error" in answer:
            raise RuntimeError(f"{self.login} {path}: {answer['error']['data']['message']}")
        return answer["result"]

    def authenticate(self):
        info = self.json(
            "/web/session/authenticate",
            {"db": self.server.database, "login": self.login, "password": PASSWORD},
        )
        if not info.get("uid"):
            raise RuntimeError(f"{self.login} could not log in")
        return info

    def menus(self):
        """The names of the root menus the web client loads."""
        response = self.session.get(f"{self.server.url}/web/webclient/load_menus/live", timeout=60)
        response.raise_for_status()
        menus = response.json()
        return {menus[str(i)]["name"] for i in menus["root"]["children"]}

    def backend(self):
        """Whether /odoo opens the web client rather than redirecting."""
        response = self.session.get(f"{self.server.url}/odoo", allow_redirects=False, timeout=60)
        return response.status_code == 200


def check_workers(server, admin):
    [login] = admin.new_users("live_ui", "group_backend.group_backend_ui_users", 1)
    user_id = admin.call("res.users", "search", [("login", "=", login)])[0]
    action = admin.call(
        "ir.actions.act_window", "create", {"name": "Live app", "res_model": "res.partner"}
    )
    menu = admin.call(
        "ir.ui.menu", "create",
        {"name": "Live app", "action": f"ir.actions.act_window,{action}",
         "groups_id": [(6, 0, [admin.ref("base.group_system")])]},
    )  # fmt: skip
    user = Client(server, login)
    user.authenticate()

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
        "user's next request each time"
    )


def load(server, admin, seconds):
    logins = {
        "Backend UI user": admin.new_users("load_ui", BACKEND_UI, SESSIONS_PER_TYPE),
        "internal user": admin.new_users("load_internal", "base.group_user", SESSIONS_PER_TYPE),
    }
    latencies = {kind: [] for kind in logins}
    errors = []
    deadline = time.time() + seconds

    def session(kind, login):
        warm = False
        while time.time() < deadline:
            started = time.perf_counter()
            try:
                client = Client(server, login)
                client.authenticate()
                client.json("/web/session/get_session_info")
                client.menus()
                client.json(
                    "/web/dataset/call_kw",
                    {"model": "x_group_backend_dummy", "method": "search_read", "args": [[]],
                     "kwargs": {"fields": ["x_name"], "limit": 80}},
                )  # fmt: skip
            except Exception as error:  # noqa: BLE001 - every failure is counted and shown
                errors.append(f"{login}: {error}")
                continue
            if warm:
                latencies[kind].append(time.perf_counter() - started)
            warm = True

    threads = [
        threading.Thread(target=session, args=(kind, login))
        for kind, kind_logins in logins.items()
        for login in kind_logins
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        sys.exit(f"live: load: {len(errors)} failed loops, e.g. {errors[:3]}")
    figures = {}
    for kind, values in latencies.items():
        if len(values) < 2:
            sys.exit(f"live: load: {len(values)} loops counted for {kind}: run it longer")
        cuts = statistics.quantiles(values, n=20)
        figures[kind] = (statistics.median(values) * 1000, cuts[18] * 1000, len(values))
        print(
            f"live: load: {kind}: {len(values)} loops, p50 {figures[kind][0]:.0f} ms, "
            f"p95 {figures[kind][1]:.0f} ms"
        )
    ui, internal = figures["Backend UI user"], figures["internal user"]
    print(
        f"live: load: {len(threads)} sessions for {seconds} s (first loops not counted), 0 errors; "
        "Backend UI / internal: "
        f"p50 {ui[0] / internal[0]:.2f}, p95 {ui[1] / internal[1]:.2f}"
    )


def main(database, seconds):
    seconds = min(int(seconds), 60)
    server = LiveServer(database)
    try:
        admin = Admin(server)
        check_workers(server, admin)
        load(server, admin, seconds)
    finally:
        server.stop()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
