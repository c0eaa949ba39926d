#!/usr/bin/env python3
"""What a Backend UI user costs next to an internal user, and what a group's creation costs.

usage: bench.py DATABASE [APPS_DATABASE]   (make bench)

Backend UI / internal user, on DATABASE (addon and demo data): has_group (in
process, caches warm), the web client's boot (session info and menus, caches
cleared) and the login over HTTP, in ms and SQL queries (Odoo's request log).
Targets: has_group and boot time <= 1.10, boot queries <= 1.00. Refusals: a
granted read of the Backend UI user with no refusal of its groups recorded and
with one, and a refused read (recorded on the way); rounds interleaved, the
refusal deleted before each. Target: the granted read's queries with / without
1.00 (recording costs nothing on granted requests). Group create,
addon / vanilla, on each database, rounds alternating and rolled back; vanilla
resolves _update_user_groups_view to base's GroupsView instead of the addon's
override (checked by the arch written). Target 1.10. Fails on a missed target.
The environment gives ODOO (odoo-bin and its options, without -d) and LOG_DIR.
"""

import itertools
import os
import re
import shlex
import statistics
import sys
import time
import timeit
from collections import defaultdict
from contextlib import closing, nullcontext
from unittest.mock import patch

from live import Client, LiveServer

USERS = {"internal user": "internal", "Backend UI user": "backend_ui"}
ROUNDS = 15
TARGETS = {"has_group": 1.10, "boot time": 1.10, "boot queries": 1.00, "group create": 1.10,
           "granted read queries": 1.00}  # fmt: skip
# A read the demo Backend UI user is granted (the Dummy app), and one it is refused.
GRANTED_READ = ("x_group_backend_dummy", "search_read", [], ["x_name"])
REFUSED_READ = ("res.partner.category", "search_read", [], ["name"])
REFUSALS = "group_backend.access.refusal"


def has_group_times(database):
    """Nanoseconds per has_group call, by user and check: the best of interleaved rounds."""
    import odoo

    checks = {"Internal User": "base.group_user", "another group": "base.group_system"}
    times, number = {}, 20_000
    with odoo.modules.registry.Registry(database).cursor() as cr:
        search = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})["res.users"].search
        users = {kind: search([("login", "=", login)]).id for kind, login in USERS.items()}
        pairs = [(kind, odoo.api.Environment(cr, uid, {}).user, check, group)
                 for kind, uid in users.items() for check, group in checks.items()]  # fmt: skip
        for _kind, user, _check, group in pairs:
            user.has_group(group)  # warm the caches
        for _round in range(7):  # users and checks interleaved, so that noise hits both
            for kind, user, check, group in pairs:
                call = lambda u=user, g=group: u.has_group(g)
                seconds = min(timeit.repeat(call, number=number, repeat=3)) / number
                times[kind, check] = min(times.get((kind, check), float("inf")), seconds * 1e9)
    return times


def group_create_times(database):
    """Median milliseconds of creating a group, with the addon's override and vanilla."""
    import odoo

    from odoo.addons.base.models.res_users import GroupsView

    samples, archs = {"addon": [], "vanilla": []}, {}
    with odoo.modules.registry.Registry(database).cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        groups, view = env["res.groups"], env.ref("base.user_groups_view")
        vanilla = GroupsView._update_user_groups_view
        for round_ in range(ROUNDS + 1):  # round 0 warms the caches
            for mode, samples_ in samples.items():
                as_mode = (patch.object(type(groups), "_update_user_groups_view", vanilla)
                           if mode == "vanilla" else nullcontext())  # fmt: skip
                with as_mode, closing(cr.savepoint()):  # closing: rolled back
                    started = time.perf_counter()
                    groups.create({"name": f"Bench group {round_}"})
                    env.flush_all()
                    samples_.append(time.perf_counter() - started)
                    archs[mode] = view.arch
                env.registry.clear_cache()
        cr.rollback()
    if archs["addon"] == archs["vanilla"]:
        sys.exit("bench: the vanilla rounds wrote the addon's arch: they were not vanilla")
    return {mode: statistics.median(values[1:]) * 1000 for mode, values in samples.items()}


def http_figures(database):
    """Median milliseconds and SQL queries (from Odoo's log) of the boot and the login, by user."""
    server = LiveServer(database, workers=0, log_name="bench.log")
    try:
        admin = Client(server, "admin")
        menu = admin.ref("mail.menu_root_discuss")
        sequence = admin.call("ir.ui.menu", "read", [menu], ["sequence"])[0]["sequence"]
        samples = {(kind, step): [] for kind in USERS for step in ("boot", "login")}
        for round_, (kind, login) in itertools.product(range(ROUNDS), USERS.items()):
            tag, started = f"{login}-{round_}", time.perf_counter()
            client = Client(server, login, path=f"/web/session/authenticate?bench=login-{tag}")
            samples[kind, "login"].append((time.perf_counter() - started, f"login-{tag}"))
            # writing a menu clears Odoo's caches, as after a change of menus or groups
            admin.call("ir.ui.menu", "write", [menu], {"sequence": sequence})
            started = time.perf_counter()
            client.json(f"/web/session/get_session_info?bench=boot-{tag}")
            client.session.get(f"{server.url}/web/webclient/load_menus/boot-{tag}", timeout=60)
            samples[kind, "boot"].append((time.perf_counter() - started, f"boot-{tag}"))
    finally:
        server.stop()
    pattern = r'"\w+ \S*(?:bench=|load_menus/)((?:boot|login)-[\w-]+) HTTP[^"]*" \d+ - (\d+) '
    queries = log_queries(server, pattern)
    return {key: (statistics.median(seconds for seconds, _tag in values) * 1000,
                  statistics.median(queries[tag] for _seconds, tag in values))
            for key, values in samples.items()}  # fmt: skip


def log_queries(server, pattern):
    """The SQL queries of each tagged request, from Odoo's request log."""
    queries = defaultdict(int)
    for tag, count in re.findall(pattern, server.log.read_text(errors="replace")):
        queries[tag] += int(count)
    return queries


def refusal_figures(database):
    """Median ms and queries: a granted read without and with a refusal recorded, a refused one."""
    server = LiveServer(database, workers=0, log_name="bench-refusals.log")
    try:
        admin, user = Client(server, "admin"), Client(server, "backend_ui")
        before = set(admin.call(REFUSALS, "search", [], context={"active_test": False}))
        samples = {step: [] for step in ("granted", "refused", "granted, refusal recorded")}

        def timed(step, call, tag):
            model, method, *args = call
            params = {"model": model, "method": method, "args": args, "kwargs": {}}
            started = time.perf_counter()
            try:
                user.json(f"/web/dataset/call_kw?bench={tag}", params)
            except RuntimeError:
                if step != "refused":
                    raise
            samples[step].append((time.perf_counter() - started, tag))

        for round_ in range(ROUNDS + 1):  # round 0 warms the caches
            # each read after a request of the administrator's: the same conditions
            recorded = admin.call(REFUSALS, "search", [], context={"active_test": False})
            admin.call(REFUSALS, "unlink", sorted(set(recorded) - before))
            timed("granted", GRANTED_READ, f"granted-{round_}")
            timed("refused", REFUSED_READ, f"refused-{round_}")
            if not admin.call(REFUSALS, "search_count", [("id", "not in", sorted(before))]):
                sys.exit("bench: the refused read was not recorded")
            timed("granted, refusal recorded", GRANTED_READ, f"with-{round_}")
        recorded = admin.call(REFUSALS, "search", [], context={"active_test": False})
        admin.call(REFUSALS, "unlink", sorted(set(recorded) - before))
    finally:
        server.stop()
    queries = log_queries(
        server, r'"POST \S*bench=((?:granted|refused|with)-\d+) HTTP[^"]*" \d+ - (\d+) '
    )
    return {step: (statistics.median(seconds for seconds, _tag in values[1:]) * 1000,
                   statistics.median(queries[tag] for _seconds, tag in values[1:]))
            for step, values in samples.items()}  # fmt: skip


def main(database, apps_database=None):
    import odoo

    odoo.tools.config.parse_config([*shlex.split(os.environ["ODOO"])[2:], "--log-level=warn"])
    (internal, ui), missed = USERS, []
    times = has_group_times(database)
    for check in ("Internal User", "another group"):
        print(f"has_group ({check}): internal user {times[internal, check]:.0f} ns, "
              f"Backend UI user {times[ui, check]:.0f} ns")  # fmt: skip
    for db in filter(None, (database, apps_database)):
        create = group_create_times(db)
        ratio = create["addon"] / create["vanilla"]
        missed += [f"group create on {db}"] if ratio > TARGETS["group create"] else []
        print(f"group create on {db} (median of {ROUNDS}): addon {create['addon']:.1f} ms, vanilla "
              f"{create['vanilla']:.1f} ms; addon / vanilla {ratio:.2f} (target 1.10)")  # fmt: skip
    figures = http_figures(database)
    for step in ("boot", "login"):
        (it, iq), (ut, uq) = figures[internal, step], figures[ui, step]
        print(f"{step} (median of {ROUNDS}): internal user {it:.1f} ms, {iq:.0f} queries; "
              f"Backend UI user {ut:.1f} ms, {uq:.0f} queries")  # fmt: skip
    refusals = refusal_figures(database)
    for step, (ms, count) in refusals.items():
        print(
            f"read as Backend UI user, {step} (median of {ROUNDS}): {ms:.1f} ms, "
            f"{count:.0f} queries" + (" (its recording included)" if step == "refused" else "")
        )
    ratios = {
        "has_group": times[ui, "Internal User"] / times[internal, "Internal User"],
        "boot time": figures[ui, "boot"][0] / figures[internal, "boot"][0],
        "boot queries": figures[ui, "boot"][1] / figures[internal, "boot"][1],
        "login time": figures[ui, "login"][0] / figures[internal, "login"][0],
        "granted read queries": refusals["granted, refusal recorded"][1] / refusals["granted"][1],
        "granted read time": refusals["granted, refusal recorded"][0] / refusals["granted"][0],
    }
    missed += [name for name, ratio in ratios.items() if ratio > TARGETS.get(name, ratio)]
    print("ratios (Backend UI / internal; granted read with / without a refusal recorded): "
          + ", ".join(f"{k} {v:.2f}" for k, v in ratios.items())
          + (f" -- MISSED: {', '.join(missed)}" if missed else " -- targets met"))  # fmt: skip
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main(*sys.argv[1:]) if len(sys.argv) in (2, 3) else sys.exit(__doc__)
