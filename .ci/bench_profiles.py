#!/usr/bin/env python3
"""What a profile costs next to an employee: a Timesheets collaborator against an employee.

usage: bench_profiles.py DATABASE   (make bench: DATABASE is a fresh copy of the profiles one)

Builds its data set in DATABASE: 3,000 partners, 300 users, 3 projects that both bench
users follow (1,000 tasks each) and 7 they do not (1,000 tasks each), task followers and
assignees drawn from each project's team, 10 messages a task (100,000 in all), project
channels, timesheets. The employee is Internal User + Project / User + Timesheets / User
own timesheets; the collaborator is Timesheets / Collaborator (backend user); both follow
the same 3 projects, are members of the same channels and log time on the same tasks.

In process, each call in a fresh cursor and environment as a request would have, the two
users alternating call by call (who goes first alternates too), ROUNDS rounds after a
warming one: for each call, the median of the collaborator / employee time ratios of the
rounds (paired), the median times and both query counts. The coworker search (the people
rule) is counted with 100 and with 1,000 tasks a followed project: the same queries.
Targets: every ratio <= 1.25; the coworker search's query count the same at 100 and at
1,000 tasks. Fails on a missed target. The environment gives ODOO (odoo-bin and its
options, without -d); BENCH_REUSE=1 reuses the data set DATABASE holds from an earlier run.
"""

import contextlib
import os
import random
import shlex
import statistics
import sys
import time
import types

from lxml import etree

ROUNDS = 21
TARGET = 1.25
PARTNERS, USERS, TEAM = 3000, 300, 20
FOLLOWED, OTHERS, TASKS, FIRST_TASKS = 3, 7, 1000, 100
MESSAGES_PER_TASK, THREAD_MESSAGES, TIMESHEETS = 10, 60, 150
BENCH_USERS = {
    "employee": (
        "Employee",
        ["base.group_user", "project.group_project_user", "hr_timesheet.group_hr_timesheet_user"],
    ),
    "collaborator": ("Collaborator", ["group_backend_hr_timesheet.group_timesheet_collaborator"]),
}
QUIET = {
    "tracking_disable": True,
    "mail_create_nolog": True,
    "mail_create_nosubscribe": True,
    "mail_notrack": True,
    "no_reset_password": True,
    "mail_auto_subscribe_no_notify": True,
}
FIRST_NAMES = [
    "Ada",
    "Alan",
    "Barbara",
    "Carla",
    "Dana",
    "Edsger",
    "Frances",
    "Grace",
    "Hedy",
    "Ivan",
    "Joan",
    "Karla",
    "Linus",
    "Maria",
    "Niklaus",
    "Olga",
    "Radia",
    "Sara",
    "Tim",
    "Ursula",
    "Vint",
    "Wanda",
    "Yara",
    "Zora",
]
LAST_NAMES = [
    "Abbot",
    "Baker",
    "Carter",
    "Dalton",
    "Evans",
    "Fischer",
    "Garcia",
    "Hansen",
    "Ibarra",
    "Jansen",
    "Kovacs",
    "Larsen",
    "Moreau",
    "Novak",
    "Ortega",
    "Petrov",
    "Quinn",
    "Rossi",
    "Santos",
    "Tanaka",
    "Ueda",
    "Varga",
    "Walsh",
    "Young",
]


def log(message):
    print(f"bench profiles: {message}", flush=True)


# --- the data set ------------------------------------------------------------------


def create_people(env, rng):
    """3,000 partners and 300 employees (Project / User), by batches."""
    names = [f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" for _ in range(PARTNERS + USERS)]
    partners = env["res.partner"].create(
        [
            {"name": name, "email": f"p{i}@bench.example.com"}
            for i, name in enumerate(names[:PARTNERS])
        ]
    )
    groups = [env.ref("base.group_user").id, env.ref("project.group_project_user").id]
    users = env["res.users"].create(
        [
            {"name": name, "login": f"bench_user_{i}", "groups_id": [(6, 0, groups)]}
            for i, name in enumerate(names[PARTNERS:])
        ]
    )
    return partners, users


def create_bench_users(env):
    """The two users compared, each with its employee (timesheets need one)."""
    bench = {}
    for kind, (name, groups) in BENCH_USERS.items():
        user = env["res.users"].create(
            {
                "name": f"Bench {name}",
                "login": f"bench_{kind}",
                "groups_id": [(6, 0, [env.ref(group).id for group in groups])],
            }
        )
        env["hr.employee"].create({"name": user.name, "user_id": user.id})
        bench[kind] = user
    return bench


def create_projects(env, users, bench):
    """3 projects the bench users follow and 7 they do not, each with a team of 20 users."""
    stages = env["project.task.type"].create(
        [{"name": name, "sequence": i} for i, name in enumerate(("To Do", "Doing", "Done"))]
    )
    projects = env["project.project"].create(
        [
            {"name": f"Bench project {i}", "user_id": users[i * TEAM].id,
             "type_ids": [(6, 0, stages.ids)], "privacy_visibility": "employees"}
            for i in range(FOLLOWED + OTHERS)
        ]
    )  # fmt: skip
    teams = {}
    for i, project in enumerate(projects):
        team = users[i * TEAM : (i + 1) * TEAM]
        teams[project.id] = team
        followers = team.partner_id
        if i < FOLLOWED:
            followers |= (bench["employee"] | bench["collaborator"]).partner_id
        project.message_subscribe(partner_ids=followers.ids)
    return projects[:FOLLOWED], projects[FOLLOWED:], stages, teams


def add_tasks(env, rng, projects, stages, teams, partners, count):
    """``count`` tasks in each project: 1 or 2 assignees and 2 followers of its team, a
    customer following one task in ten."""
    for project in projects:
        team = teams[project.id]
        tasks = env["project.task"].create(
            [
                {"name": f"Task {i} of {project.name}", "project_id": project.id,
                 "stage_id": rng.choice(stages).id,
                 "user_ids": [(6, 0, rng.sample(team.ids, rng.randint(1, 2)))]}
                for i in range(count)
            ]
        )  # fmt: skip
        rows = []
        for task in tasks:
            followers = set(rng.sample(team.partner_id.ids, 2))
            if rng.random() < 0.1:
                followers.add(rng.choice(partners.ids))
            rows += [(task.id, partner_id) for partner_id in followers]
        insert_followers(env, "project.task", rows)
    env.invalidate_all()


def insert_followers(env, model, rows):
    """Follow records by SQL (what message_subscribe writes, the subtypes aside)."""
    env.cr.execute(
        """INSERT INTO mail_followers (res_model, res_id, partner_id)
           SELECT %s, res_id, partner_id FROM unnest(%s::int[], %s::int[]) AS f(res_id, partner_id)
           ON CONFLICT DO NOTHING""",
        (model, [row[0] for row in rows], [row[1] for row in rows]),
    )


def add_messages(env, teams):
    """10 messages a task by SQL, a quarter of them notes, written by its project's team."""
    comment, note = env.ref("mail.mt_comment").id, env.ref("mail.mt_note").id
    for project_id, team in teams.items():
        env.cr.execute(
            """INSERT INTO mail_message (model, res_id, message_type, subtype_id, is_internal,
                                         author_id, body, date, create_date, write_date,
                                         create_uid, write_uid, record_name)
               SELECT 'project.task', task.id, 'comment',
                      CASE WHEN n %% 4 = 0 THEN %(note)s ELSE %(comment)s END, FALSE,
                      (%(authors)s::int[])[1 + (task.id + n) %% %(size)s],
                      '<p>Message ' || n || ' on ' || task.name || '</p>',
                      now() - (task.id + n) * interval '1 minute', now(), now(), 1, 1, task.name
                 FROM project_task task CROSS JOIN generate_series(1, %(count)s) n
                WHERE task.project_id = %(project)s""",
            {"note": note, "comment": comment, "authors": team.partner_id.ids,
             "size": len(team), "count": MESSAGES_PER_TASK, "project": project_id},
        )  # fmt: skip


def add_discuss_and_time(env, followed, bench, teams):
    """A channel for each followed project (its team and the bench users), a chat of each
    bench user with a teammate, messages; and timesheets of the bench users."""
    both = (bench["employee"] | bench["collaborator"]).partner_id
    for project in followed:
        team = teams[project.id]
        channel = env["discuss.channel"].create({"name": project.name, "channel_type": "channel"})
        channel.add_members(partner_ids=(team.partner_id | both).ids, post_joined_message=False)
        for i in range(20):
            channel.with_user(team[i % len(team)]).message_post(
                body=f"News {i} of {project.name}", message_type="comment"
            )
    mate = teams[followed[0].id][1]
    for user in bench.values():
        chat = env["discuss.channel"].with_user(user).sudo().channel_get([mate.partner_id.id])
        chat.with_user(mate).message_post(body="Hello", message_type="comment")
    tasks = env["project.task"].search([("project_id", "in", followed.ids)], limit=TIMESHEETS)
    for user in bench.values():
        employee = env["hr.employee"].search([("user_id", "=", user.id)])
        env["account.analytic.line"].create(
            [
                {"name": f"Work {i}", "task_id": task.id, "project_id": task.project_id.id,
                 "employee_id": employee.id, "user_id": user.id, "unit_amount": 1.0}
                for i, task in enumerate(tasks)
            ]
        )  # fmt: skip


def copy_tasks(env, rng, sources, projects, teams, partners):
    """The tasks of each of ``projects``, copied by SQL from one of ``sources``, with
    assignees and followers of its own team (what the ORM writes, the personal stages aside)."""
    for i, project in enumerate(projects):
        env.cr.execute(
            """INSERT INTO project_task (name, project_id, stage_id, company_id, active, state,
                                         priority, sequence, display_in_project, create_uid,
                                         write_uid, create_date, write_date,
                                         date_last_stage_update)
               SELECT name || ' (' || %s || ')', %s, stage_id, company_id, active, state,
                      priority, sequence, display_in_project, 1, 1, now(), now(), now()
                 FROM project_task WHERE project_id = %s
               RETURNING id""",
            (project.name, project.id, sources[i % len(sources)].id),
        )
        task_ids = [id_ for [id_] in env.cr.fetchall()]
        team = teams[project.id]
        assigned = [(task_id, rng.choice(team.ids)) for task_id in task_ids]
        env.cr.execute(
            """INSERT INTO project_task_user_rel (task_id, user_id)
               SELECT * FROM unnest(%s::int[], %s::int[])""",
            ([row[0] for row in assigned], [row[1] for row in assigned]),
        )
        followers = [(task_id, partner_id) for task_id in task_ids
                     for partner_id in rng.sample(team.partner_id.ids, 2)]  # fmt: skip
        followers += [(task_id, rng.choice(partners.ids)) for task_id in task_ids[::10]]
        insert_followers(env, "project.task", followers)
    env.invalidate_all()


def build(registry):
    """Build the data set; return the bench users' ids, the bench task and project, and the
    collaborator's coworker search at 100 and 1,000 tasks a followed project."""
    import odoo

    rng = random.Random(20)
    started = step = time.perf_counter()

    def done(what):
        nonlocal step
        log(f"{what} ({time.perf_counter() - step:.0f} s)")
        step = time.perf_counter()

    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, QUIET)
        partners, users = create_people(env, rng)
        bench = create_bench_users(env)
        followed, others, stages, teams = create_projects(env, users, bench)
        done(f"{len(partners)} partners, {len(users)} users, {len(teams)} projects")
        cr.commit()
        coworker_search(registry, bench["collaborator"].id)  # the caches of the registry warmed
        add_tasks(env, rng, followed, stages, teams, partners, FIRST_TASKS)
        cr.commit()
        coworkers = {FIRST_TASKS: coworker_search(registry, bench["collaborator"].id)}
        add_tasks(env, rng, followed, stages, teams, partners, TASKS - FIRST_TASKS)
        cr.commit()
        coworkers[TASKS] = coworker_search(registry, bench["collaborator"].id)
        done(f"{TASKS} tasks in each of the {FOLLOWED} followed projects")
        copy_tasks(env, rng, followed, others, teams, partners)
        add_messages(env, teams)
        thread = env["project.task"].search([("project_id", "=", followed[0].id)], limit=1)
        env.cr.execute(
            "UPDATE mail_message SET res_id = %s WHERE id IN (SELECT id FROM mail_message"
            " WHERE model = 'project.task' AND res_id != %s LIMIT %s)",
            (thread.id, thread.id, THREAD_MESSAGES - MESSAGES_PER_TASK),
        )
        done("the other projects' tasks, the messages")
        add_discuss_and_time(env, followed, bench, teams)
        cr.execute("ANALYZE")
        done("channels, timesheets")
        counts = {
            model: env[model].search_count([])
            for model in ("res.partner", "res.users", "project.task", "mail.message")
        }
    log(
        f"data set built in {time.perf_counter() - started:.0f} s: "
        + ", ".join(f"{count:,} {model}" for model, count in counts.items())
    )
    return {kind: user.id for kind, user in bench.items()}, thread.id, followed[0].id, coworkers


def reuse(registry):
    """The data set of an earlier run, if DATABASE holds one (BENCH_REUSE=1: while working
    on the calls); the coworker search is then measured at 1,000 tasks only."""
    import odoo

    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        users = env["res.users"].search(
            [("login", "in", [f"bench_{kind}" for kind in BENCH_USERS])]
        )
        if len(users) != len(BENCH_USERS):
            return None
        uids = {user.login.removeprefix("bench_"): user.id for user in users}
        project = env["project.project"].search([("name", "=", "Bench project 0")])
        thread = env["project.task"].search([("project_id", "=", project.id)], limit=1)
    log("reusing the data set of an earlier run (BENCH_REUSE)")
    return uids, thread.id, project.id, {TASKS: coworker_search(registry, uids["collaborator"])}


# --- the calls --------------------------------------------------------------------


def field_nodes(node):
    """The field nodes of an arch, not those of the subviews of its fields."""
    for child in node:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "field":
            yield child
        else:
            yield from field_nodes(child)


def arch_spec(node, model, models):
    """The web client's specification for the fields of ``node`` (an arch) of ``model``."""
    fields = models[model]["fields"]
    spec = {}
    for field in field_nodes(node):
        name = field.get("name")
        description = fields.get(name)
        if not description:
            continue
        if description["type"] in ("one2many", "many2many"):
            subviews = [child for child in field if child.tag in ("list", "kanban")]
            comodel = description["relation"]
            if subviews and comodel in models:
                spec[name] = {"fields": arch_spec(subviews[0], comodel, models)}
            else:
                spec[name] = {"fields": {"display_name": {}}}
        elif description["type"] == "many2one":
            spec[name] = {"fields": {"display_name": {}}}
        else:
            spec[name] = {}
    return spec


def view_spec(env, model, view_type):
    """The specification the web client reads records of ``model`` with, in its view for
    the user (each user gets the view its groups allow)."""
    views = env[model].get_views([(False, view_type)])
    arch = etree.fromstring(views["views"][view_type]["arch"])
    return arch_spec(arch, model, views["models"])


@contextlib.contextmanager
def as_request(env):
    """Give the controllers' code the ``request`` it reads its environment from."""
    import odoo.http

    class Request:
        session = types.SimpleNamespace(debug="")

        def __init__(self):
            self.env = env

        def update_context(self, **overrides):
            self.env = self.env(context=dict(self.env.context, **overrides))

    odoo.http._request_stack.push(Request())
    try:
        yield
    finally:
        odoo.http._request_stack.pop()


# The views the web client reads records with, loaded once (it caches them).
VIEWS = {
    "task form": ("project.task", "form"),
    "task kanban": ("project.task", "kanban"),
    "project kanban": ("project.project", "kanban"),
    "timesheets": ("account.analytic.line", "list"),
}


def calls(thread_id, project_id):
    """The calls compared: name -> function of an environment and the user's view specs."""
    from odoo.addons.mail.controllers.discuss.channel import DiscussChannelWebclientController
    from odoo.addons.mail.controllers.thread import ThreadController

    chatter = ["activities", "attachments", "followers", "scheduledMessages", "suggestedRecipients"]
    return {
        "partner name_search 'a' (8)": lambda env, specs: env["res.partner"].name_search(
            "a", limit=8
        ),
        "mail.message search_read on a task (30)": lambda env, specs: env[
            "mail.message"
        ].search_read(
            [("model", "=", "project.task"), ("res_id", "=", thread_id)],
            ["author_id", "body", "date", "message_type", "subtype_id"],
            limit=30,
        ),
        "task chatter data": lambda env, specs: ThreadController().mail_thread_data(
            "project.task", thread_id, chatter
        ),
        "task form web_read": lambda env, specs: (
            env["project.task"].browse(thread_id).web_read(specs["task form"])
        ),
        "/mail/thread/messages": lambda env, specs: ThreadController().mail_thread_messages(
            "project.task", thread_id, limit=30
        ),
        "task kanban (80)": lambda env, specs: env["project.task"].web_search_read(
            [("project_id", "=", project_id)], specs["task kanban"], limit=80
        ),
        "project kanban": lambda env, specs: env["project.project"].web_search_read(
            [], specs["project kanban"], limit=80
        ),
        "My Timesheets (80)": lambda env, specs: env["account.analytic.line"].web_search_read(
            [("project_id", "!=", False), ("user_id", "=", env.uid)],
            specs["timesheets"],
            limit=80,
        ),
        "discuss init": lambda env, specs: DiscussChannelWebclientController()._process_request(
            init_messaging={}, failures=True, systray_get_activities=True, channels_as_member=True
        ),
    }


@contextlib.contextmanager
def request_env(registry, uid):
    """An environment of user ``uid`` in a fresh cursor, as a request has, rolled back."""
    import odoo

    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, uid, {})
        env = env(context=env["res.users"].context_get())
        with as_request(env):
            yield env
        cr.rollback()


def user_specs(registry, uid):
    """The specifications of the views of VIEWS, as the user gets them."""
    with request_env(registry, uid) as env:
        return {name: view_spec(env, *view) for name, view in VIEWS.items()}


def run(registry, uid, call, specs=None):
    """Seconds and SQL queries of ``call`` as user ``uid``."""
    with request_env(registry, uid) as env:
        before = env.cr.sql_log_count
        started = time.perf_counter()
        call(env, specs)
        seconds = time.perf_counter() - started
        return seconds, env.cr.sql_log_count - before


def coworker_search(registry, uid):
    """The collaborator's search of its coworkers, right after a change (PostgreSQL finds
    them) and again (the ids kept): (queries, milliseconds) of each, and how many."""
    found, figures = [], []
    for _again in range(2):
        found.clear()
        seconds, queries = run(
            registry,
            uid,
            lambda env, specs: found.extend(
                env["res.partner"].search([("is_backend_coworker", "=", True)])
            ),
        )
        figures.append((queries, seconds * 1000))
    return (*figures, len(found))


def measure(registry, uids, thread_id, project_id):
    """Paired rounds: {call: (employee ms, collaborator ms, median ratio, queries, queries)}."""
    samples = {}
    specs = {kind: user_specs(registry, uid) for kind, uid in uids.items()}
    for round_ in range(ROUNDS + 1):  # round 0 warms the caches
        for name, call in calls(thread_id, project_id).items():
            order = ["employee", "collaborator"][:: 1 if round_ % 2 else -1]
            result = {kind: run(registry, uids[kind], call, specs[kind]) for kind in order}
            if round_:
                samples.setdefault(name, []).append(result)
    figures = {}
    for name, rounds in samples.items():
        employee = [r["employee"] for r in rounds]
        collaborator = [r["collaborator"] for r in rounds]
        figures[name] = (
            statistics.median(s for s, _q in employee) * 1000,
            statistics.median(s for s, _q in collaborator) * 1000,
            statistics.median(c[0] / e[0] for e, c in zip(employee, collaborator, strict=True)),
            statistics.median(q for _s, q in employee),
            statistics.median(q for _s, q in collaborator),
        )
    return figures


def main(database):
    import odoo

    odoo.tools.config.parse_config([*shlex.split(os.environ["ODOO"])[2:], "--log-level=warn"])
    registry = odoo.modules.registry.Registry(database)
    built = reuse(registry) if os.environ.get("BENCH_REUSE") else None
    uids, thread_id, project_id, coworkers = built or build(registry)
    missed = []
    figures = measure(registry, uids, thread_id, project_id)
    width = max(map(len, figures))
    print(f"Timesheets collaborator / employee, in process, paired medians of {ROUNDS} rounds:")
    print(f"{'call':{width}}  employee  collaborator  ratio  queries (employee, collaborator)")
    for name, (employee, collaborator, ratio, e_queries, c_queries) in figures.items():
        missed += [name] if ratio > TARGET else []
        print(
            f"{name:{width}}  {employee:6.1f} ms  {collaborator:9.1f} ms  x{ratio:.2f}"
            f"  {e_queries:.0f} vs {c_queries:.0f}"
        )
    for tasks, ((queries, ms), (kept_queries, kept_ms), found) in coworkers.items():
        print(
            f"coworker search, {tasks:,} tasks a followed project ({found} coworkers): "
            f"{queries} queries, {ms:.1f} ms after a change; {kept_queries} queries, "
            f"{kept_ms:.1f} ms after none"
        )
    if len({(first[0], again[0]) for first, again, _found in coworkers.values()}) > 1:
        missed.append("coworker search queries")
    print(
        f"targets: every ratio <= {TARGET}, the coworker search's queries the same"
        + (f" -- MISSED: {', '.join(missed)}" if missed else " -- targets met")
    )
    sys.exit(1 if missed else 0)


if __name__ == "__main__":
    main(*sys.argv[1:]) if len(sys.argv) == 2 else sys.exit(__doc__)
