"""Locust's load of make load (60 s) and make test (20 s), which .ci/live.py runs headless.

Ten Backend UI users and ten internal users (demo logins) loop over opening the
web client: log in, session info, menus, a search_read; each request on a new
connection; any failure fails the run. Each user's first loop warms the caches
and is not counted. Prints p50 and p95 of a loop per type, and their ratio.
"""

import statistics
import time

from locust import HttpUser, constant, events, task
from locust.exception import RescheduleTask


@events.init_command_line_parser.add_listener
def database_option(parser):
    parser.add_argument("--database", required=True, help="the Odoo database")


class WebClientUser(HttpUser):
    abstract, wait_time, fixed_count = True, constant(0), 10
    kind = login = ""

    def on_start(self):
        self.client.headers["Connection"] = "close"  # each request on a new connection
        self.warm = False

    def call(self, path, **params):
        """A JSON-RPC call; a failed one is counted and ends the loop."""
        body = {"jsonrpc": "2.0", "method": "call", "id": 1, "params": params}
        with self.client.post(path, json=body, name=f"{self.kind}: {path}",
                              catch_response=True) as response:  # fmt: skip
            answer = response.json() if response.ok else {}
            if "error" in answer:
                response.failure(answer["error"]["data"]["message"])
        if "result" not in answer:
            raise RescheduleTask

    @task
    def open_web_client(self):
        """A loop, counted, after a first one that warms the caches, in the same task."""
        if not self.warm:
            self.warm = self.loop() or True
        started = time.perf_counter()
        self.loop()
        LOOPS[self.kind].append(elapsed := (time.perf_counter() - started) * 1000)
        events.request.fire(request_type="loop", name=self.kind, response_time=elapsed,
                            response_length=0)  # fmt: skip

    def loop(self):
        """Open the web client as a browser does: log in, session info, menus, some records."""
        self.client.cookies.clear()
        database = self.environment.parsed_options.database
        self.call("/web/session/authenticate", db=database, login=self.login, password=self.login)
        self.call("/web/session/get_session_info")
        if not self.client.get("/web/webclient/load_menus/load", name=f"{self.kind}: menus").ok:
            raise RescheduleTask
        self.call("/web/dataset/call_kw", model="x_group_backend_dummy", method="search_read",
                  args=[[]], kwargs={"fields": ["x_name"], "limit": 80})  # fmt: skip


class BackendUIUser(WebClientUser):
    kind, login = "Backend UI user", "backend_ui"


class InternalUser(WebClientUser):
    kind, login = "internal user", "internal"


LOOPS = {BackendUIUser.kind: [], InternalUser.kind: []}  # milliseconds of the counted loops


@events.quitting.add_listener
def report(environment, **_kwargs):
    """Print p50 and p95 of a loop per user type, and their ratio; fail on too few loops."""
    if min(len(values) for values in LOOPS.values()) < 2:
        environment.process_exit_code = 1
        counts = {kind: len(values) for kind, values in LOOPS.items()}
        return print(f"live: load: too few loops counted, run it longer: {counts}")
    figures = {kind: (statistics.median(values), statistics.quantiles(values, n=20)[18])
               for kind, values in LOOPS.items()}  # fmt: skip
    for kind, (p50, p95) in figures.items():
        print(f"live: load: {kind}: {len(LOOPS[kind])} loops, p50 {p50:.0f} ms, p95 {p95:.0f} ms")
    (ui50, ui95), (internal50, internal95) = figures.values()
    options, total = environment.parsed_options, environment.stats.total
    requests = total.num_requests - sum(map(len, LOOPS.values()))
    print(f"live: load: {options.num_users} sessions for {options.run_time} s, {requests} "
          f"requests, {total.num_failures} failures (first loops not counted); "
          f"Backend UI / internal: p50 {ui50 / internal50:.2f}, "
          f"p95 {ui95 / internal95:.2f}")  # fmt: skip
