"""The load of make load (60 s) and make test (live-check, 20 s), for Locust.

.ci/live.py runs it headless and bounded against its two-worker server on
127.0.0.1. Ten Backend UI users and ten internal users (the demo logins
backend_ui and internal) each loop over what opening the web client costs: log
in, session info, menu load, a search_read on the Dummy model; each request on
a new connection. Any failed request fails the run. The first loop of each user
warms the workers' caches and is not counted; the p50 and p95 of a loop are
printed per user type, then their ratio Backend UI / internal.
"""

import time

from locust import HttpUser, constant, events, task
from locust.exception import RescheduleTask


@events.init_command_line_parser.add_listener
def database_option(parser):
    """The database the users log in to."""
    parser.add_argument("--database", required=True, help="the Odoo database")


class WebClientUser(HttpUser):
    abstract = True
    wait_time = constant(0)
    fixed_count = 10
    kind = login = ""

    def on_start(self):
        self.client.headers["Connection"] = "close"
        self.warm = False

    def rpc(self, path, **params):
        """Post a JSON-RPC call; a failed one ends the loop, counted as a failure."""
        body = {"jsonrpc": "2.0", "method": "call", "id": 1, "params": params}
        name = f"{self.kind}: {path}"
        with self.client.post(path, json=body, name=name, catch_response=True) as response:
            answer = response.json() if response.ok else {}
            if "error" in answer:
                response.failure(answer["error"]["data"]["message"])
        if "result" not in answer:
            raise RescheduleTask
        return answer["result"]

    @task
    def open_web_client(self):
        started = time.perf_counter()
        self.client.cookies.clear()
        database = self.environment.parsed_options.database
        self.rpc("/web/session/authenticate", db=database, login=self.login, password=self.login)
        self.rpc("/web/session/get_session_info")
        name = f"{self.kind}: /web/webclient/load_menus"
        if not self.client.get("/web/webclient/load_menus/load", name=name).ok:
            raise RescheduleTask
        self.rpc(
            "/web/dataset/call_kw", model="x_group_backend_dummy", method="search_read",
            args=[[]], kwargs={"fields": ["x_name"], "limit": 80},
        )  # fmt: skip
        if self.warm:
            elapsed = (time.perf_counter() - started) * 1000
            events.request.fire(request_type="loop", name=self.kind, response_time=elapsed,
                                response_length=0, exception=None, context={})  # fmt: skip
        self.warm = True


class BackendUIUser(WebClientUser):
    kind, login = "Backend UI user", "backend_ui"


class InternalUser(WebClientUser):
    kind, login = "internal user", "internal"


@events.quitting.add_listener
def report(environment, **_kwargs):
    """Print p50 and p95 of a loop per user type, and their ratio; fail if too few loops."""
    figures = {}
    for kind in (BackendUIUser.kind, InternalUser.kind):
        loops = environment.stats.get(kind, "loop")
        if loops.num_requests < 2:
            print(f"live: load: {loops.num_requests} loops counted for {kind}: run it longer")
            environment.process_exit_code = 1
            return
        figures[kind] = [loops.get_response_time_percentile(p) for p in (0.5, 0.95)]
        print(f"live: load: {kind}: {loops.num_requests} loops, "
              f"p50 {figures[kind][0]:.0f} ms, p95 {figures[kind][1]:.0f} ms")  # fmt: skip
    ui, internal = figures.values()
    options, total = environment.parsed_options, environment.stats.total
    requests = total.num_requests - sum(environment.stats.get(k, "loop").num_requests for k in figures)
    print(
        f"live: load: {options.num_users} sessions for {options.run_time} s, {requests} requests, "
        f"{total.num_failures} failures (first loops not counted); Backend UI / internal: "
        f"p50 {ui[0] / internal[0]:.2f}, p95 {ui[1] / internal[1]:.2f}"
    )
