#!/usr/bin/env python3
"""Measure what a Backend UI user costs next to an internal user, and a group's creation.

usage: bench.py DATABASE [APPS_DATABASE]   (make bench runs it)

On DATABASE (the addon installed with its demo data), for the demo internal user
and the demo Backend UI user, side by side:

- has_group: the time of one call, in process, caches warm: the Internal User
  check the web client and mail make (``_is_internal``), and another group;
- boot: the web client's boot work over HTTP, session info then menu load, with
  Odoo's caches cleared first: milliseconds and SQL queries (from Odoo's own
  request log lines);
- login: /web/session/authenticate over HTTP, milliseconds and queries.

It prints the figures, then the ratios Backend UI user / internal user on the
last line, and fails when they miss the targets: has_group <= 1.10, boot time
<= 1.10, boot queries <= 1.00.

Group create, addon / vanilla, on DATABASE and on APPS_DATABASE (a database
with common apps) when given: creating a res.groups makes Odoo regenerate the
user form's groups view (base.user_groups_view), which the addon amends. In one
process, rounds alternate: the same create() as the addon runs it, then as
vanilla Odoo runs it, each rolled back, medians compared. Vanilla is Odoo's own
method: for its rounds, the registry's res.groups class resolves
_update_user_groups_view to base's implementation (GroupsView in
odoo/addons/base/models/res_users.py) instead of following its MRO into the
addon's override; nothing else changes, and the addon holds no switch for it.
The script checks that the vanilla rounds wrote another arch than the addon's.
The ratio's target is 1.10: the script fails when it is missed.

The environment gives ODOO (odoo-bin and its options, without -d) and LOG_DIR.
"""

import os
import re
import shlex
import statistics
import sys
import time
import timeit
from contextlib import closing, nullcontext
from unittest.mock import patch

from live import Admin, Client, LiveServer

USERS = {"internal user": "internal", "Backend UI user": "backend_ui"}
ROUNDS = 15
TARGETS = {"has_group": 1.10, "boot time": 1.10, "boot queries": 1.00}
GROUP_CREATE_TARGET = 1.10


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
    """Median milliseconds and queries of the boot and of the login, by user."""
    server = LiveServer(database, workers=0, log_name="bench.log")
    try:
        admin = Admin(server)
        menu = admin.ref("mail.menu_root_discuss")
        sequence = admin.call("ir.ui.menu", "read", [menu], ["sequence"])[0]["sequence"]
        samples = {(kind, step): [] for kind in USERS for step in ("boot", "login")}
        for round_ in range(ROUNDS):
            for kind, login in USERS.items():
                tag = f"{login}-{round_}"
                client = Client(server, login)
                started = time.perf_counter()
                client.json(f"/web/session/authenticate?bench=login-{tag}",
                            {"db": database, "login": login, "password": login})  # fmt: skip
                samples[kind, "login"].append((time.perf_counter() - started, f"login-{tag}"))
                # writing a menu clears Odoo's caches, as after a change of menus or groups
                admin.call("ir.ui.menu", "write", [menu], {"sequence": sequence})
                started = time.perf_counter()
                client.json(f"/web/session/get_session_info?bench=boot-{tag}")
                client.session.get(f"{server.url}/web/webclient/load_menus/boot-{tag}", timeout=60)
                samples[kind, "boot"].append((time.perf_counter() - started, f"boot-{tag}"))
    finally:
        server.stop()
    queries = queries_by_tag(server.log)
    figures = {}
    for (kind, step), values in samples.items():
        figures[kind, step] = (
            statistics.median(seconds for seconds, _tag in values) * 1000,
            statistics.median(queries.get(tag, 0) for _seconds, tag in values),
        )
    return figures


def queries_by_tag(log):
    """The SQL queries Odoo logged for the requests of each bench tag."""
    queries = {}
    for line in log.read_text(errors="replace").splitlines():
        match = re.search(
            r'"\w+ \S*(?:bench=|load_menus/)((?:boot|login)-[\w-]+) HTTP[^"]*" \d+ - (\d+) ', line
        )
        if match:
            queries[match.group(1)] = queries.get(match.group(1), 0) + int(match.group(2))
    return queries


def main(database, apps_database=None):
    import odoo

    odoo.tools.config.parse_config([*shlex.split(os.environ["ODOO"])[2:], "--log-level=warn"])
    internal, ui = USERS
    times = has_group_times(database)
    for check in ("Internal User", "another group"):
        print(
            f"has_group ({check}): internal user {times[internal, check]:.0f} ns, "
            f"Backend UI user {times[ui, check]:.0f} ns"
        )
    slow_creates = []
    for db in filter(None, (database, apps_database)):
        create = group_create_times(db)
        ratio = create["addon"] / create["vanilla"]
        if ratio > GROUP_CREATE_TARGET:
            slow_creates.append(f"group create on {db}")
        print(
            f"group create on {db} (median of {ROUNDS}): addon {create['addon']:.1f} ms, "
            f"vanilla {create['vanilla']:.1f} ms; addon / vanilla {ratio:.2f} "
            f"(target {GROUP_CREATE_TARGET:.2f}) -- "
            + ("target met" if ratio <= GROUP_CREATE_TARGET else "MISSED")
        )
    figures = http_figures(database)
    for step in ("boot", "login"):
        print(
            f"{step} (median of {ROUNDS}): internal user {figures[internal, step][0]:.1f} ms, "
            f"{figures[internal, step][1]:.0f} queries; Backend UI user "
            f"{figures[ui, step][0]:.1f} ms, {figures[ui, step][1]:.0f} queries"
        )
    ratios = {
        "has_group": times[ui, "Internal User"] / times[internal, "Internal User"],
        "boot time": figures[ui, "boot"][0] / figures[internal, "boot"][0],
        "boot queries": figures[ui, "boot"][1] / figures[internal, "boot"][1],
        "login time": figures[ui, "login"][0] / figures[internal, "login"][0],
    }
    missed = [name for name, target in TARGETS.items() if ratios[name] > target] + slow_creates
    print(
        "ratios Backend UI / internal: "
        + ", ".join(f"{name} {ratio:.2f}" for name, ratio in ratios.items())
        + (f" -- MISSED: {', '.join(missed)}" if missed else " -- targets met")
    )
    if missed:
        sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    main(*sys.argv[1:])
