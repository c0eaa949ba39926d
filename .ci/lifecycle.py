#!/usr/bin/env python3
"""Upgrade twice, uninstall and reinstall the addon on a populated database.

usage: lifecycle.py DATABASE   (make test and make lifecycle run it)

DATABASE has the addon installed with its demo data. The script adds
POPULATION users of each type (internal, portal, Backend, Backend UI) with a
partner, a message, an activity and a channel membership each, then:

- upgrades the addon twice: no error, no duplicated record, every user keeps
  its type and its groups;
- uninstalls it: every former backend user still exists with its partner,
  messages, activities and memberships, and is a Portal user (the safe type:
  no backend); the counts of partners, messages, activities and channels drop
  only by the addon's own demo records; nothing of the addon is left;
- reinstalls it: the demo users come back as they were.

The environment gives ODOO (odoo-bin and its options, without -d) and LOG_DIR;
the PG* variables name the PostgreSQL server. make checks Odoo's log of every
step, LOG_DIR/lifecycle-*.log, with checklog-odoo.
"""

import os
import shlex
import subprocess
import sys
from pathlib import Path

import psycopg2

ADDON = "group_backend"
POPULATION = 200
TYPES = {"internal": "base.group_user", "portal": "base.group_portal",
         "backend": f"{ADDON}.group_backend",
         "backend_ui": f"{ADDON}.group_backend_ui_users"}  # fmt: skip
DEMO_LOGINS = ("backend", "backend_ui", "internal")
POPULATE = """
from odoo.fields import Command
env = env(context=dict(env.context, no_reset_password=True, tracking_disable=True,
                       mail_create_nolog=True, mail_notrack=True))
users = env["res.users"]
for kind, xmlid in {types!r}.items():
    users |= users.create([{{"name": f"Lifecycle {{kind}} {{n}}", "login": f"lc_{{kind}}_{{n}}",
                             "groups_id": [Command.set([env.ref(xmlid).id])]}}
                           for n in range({population})])
partners = users.partner_id
partners._message_log_batch({{p.id: f"<p>Note about {{p.name}}</p>" for p in partners}})
env["mail.activity"].create([
    {{"res_model_id": env["ir.model"]._get_id("res.partner"), "res_id": user.partner_id.id,
      "activity_type_id": env.ref("mail.mail_activity_data_todo").id,
      "summary": f"Follow up {{user.login}}",
      "user_id": (env.ref("base.user_admin") if user.share else user).id}}
    for user in users
])
channel = env["discuss.channel"].create({{"name": "lifecycle", "channel_type": "channel"}})
env["discuss.channel.member"].create([{{"channel_id": channel.id, "partner_id": p.id}}
                                      for p in partners])
env.cr.commit()
"""
UNINSTALL = f"""
env["ir.module.module"].search([("name", "=", {ADDON!r})]).button_immediate_uninstall()
env.cr.commit()
"""
OWN = f"SELECT res_id FROM ir_model_data WHERE module = '{ADDON}' AND model = "
OWN_RECORDS = f"SELECT model, res_id FROM ir_model_data WHERE module = '{ADDON}'"
OWNED = {  # table -> the count of its records that the addon's data holds or carries
    "res_partner": f"SELECT count(*) FROM ({OWN}'res.partner') o",
    "discuss_channel": f"SELECT count(*) FROM ({OWN}'discuss.channel') o",
    "mail_message": f"SELECT count(*) FROM mail_message WHERE (model, res_id) IN ({OWN_RECORDS})"
    f" OR id IN ({OWN}'mail.message')",
    "mail_activity": f"SELECT count(*) FROM mail_activity WHERE (res_model, res_id) IN "
    f"({OWN_RECORDS}) OR id IN ({OWN}'mail.activity')",
}
DATA = {  # what of the partners %s must survive the uninstall (the addon's demo channels go)
    "messages": "SELECT id FROM mail_message WHERE model = 'res.partner' AND res_id IN %s",
    "activities": "SELECT id FROM mail_activity WHERE res_model = 'res.partner' AND res_id IN %s",
    "channel memberships": "SELECT id FROM discuss_channel_member WHERE partner_id IN %s"
    f" AND channel_id NOT IN ({OWN}'discuss.channel')",
}
DUPLICATES = f"""
    SELECT model, name, count(*) FROM ir_model_data WHERE module = '{ADDON}'
     GROUP BY model, name HAVING count(*) > 1
    UNION ALL SELECT 'ir.model.access', name, count(*) FROM ir_model_access
     WHERE group_id IN ({OWN}'res.groups') GROUP BY name HAVING count(*) > 1
    UNION ALL SELECT 'ir.rule', name, count(*) FROM ir_rule WHERE id IN ({OWN}'ir.rule')
     GROUP BY name HAVING count(*) > 1"""
LEFTOVERS = {  # what of the addon an uninstall must leave: nothing
    "XML ids": f"SELECT count(*) FROM ir_model_data WHERE module = '{ADDON}'",
    "groups": "SELECT count(*) FROM res_groups WHERE id = ANY(%(backend_ids)s)",
    "access rights": "SELECT count(*) FROM ir_model_access WHERE name LIKE 'Backend%%users %%'",
    "record rules": "SELECT count(*) FROM ir_rule WHERE name LIKE 'Backend%%users:%%'",
    "menus": "SELECT count(*) FROM ir_ui_menu_group_rel WHERE gid = ANY(%(backend_ids)s)",
    "tables": "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'x_group_backend%%'",
}


def odoo_run(database, step, *args, script=None):
    """Run odoo-bin on the database, logging to LOG_DIR/lifecycle-STEP.log; fail on an error."""
    odoo, log = (
        shlex.split(os.environ["ODOO"]),
        Path(os.environ["LOG_DIR"]) / f"lifecycle-{step}.log",
    )
    command = odoo[:2] + (["shell"] if script else []) + odoo[2:]
    command += ["-d", database, f"--logfile={log}", *args]
    result = subprocess.run(command, input=script, text=True, capture_output=True, check=False)
    if result.returncode:
        print(result.stdout, result.stderr, sep="\n")
        sys.exit(f"lifecycle: {step} failed (exit {result.returncode}); log: {log}")


def sql(query, params=()):
    with CONNECTION.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchall()


def one(query, params=()):
    return sql(query, params)[0][0]


def users():
    """login -> (partner, active, share, group ids) of the populated users."""
    rows = sql("""SELECT u.login, u.partner_id, u.active, u.share,
                         array_agg(r.gid ORDER BY r.gid) FILTER (WHERE r.gid IS NOT NULL)
                    FROM res_users u LEFT JOIN res_groups_users_rel r ON r.uid = u.id
                   WHERE u.login LIKE 'lc_%%' GROUP BY u.id""")  # fmt: skip
    return {
        login: (partner, active, share, groups or [])
        for login, partner, active, share, groups in rows
    }


def demo_groups():
    """login -> sorted XML ids of the groups of the demo users."""
    return dict(sql("""SELECT u.login,
                              array_agg(d.module || '.' || d.name ORDER BY d.module, d.name)
                         FROM res_users u JOIN res_groups_users_rel r ON r.uid = u.id
                         JOIN ir_model_data d ON d.model = 'res.groups' AND d.res_id = r.gid
                        WHERE u.login IN %s GROUP BY u.login""", [DEMO_LOGINS]))  # fmt: skip


def ref(xmlid):
    rows = sql("SELECT res_id FROM ir_model_data WHERE module=%s AND name=%s", xmlid.split("."))
    return rows[0][0] if rows else None


def counts():
    return {table: one(f"SELECT count(*) FROM {table}") for table in OWNED}


def addon_records():
    """model -> count of the records the addon's XML ids name.

    Odoo's ir.model.inherit rows (a model's _inherit parents) are left out: it
    names them after every module that extends the parent (mail.thread here),
    but at an upgrade reflects them only for the models of the modules loaded.
    """
    return dict(
        sql(
            f"SELECT model, count(*) FROM ir_model_data WHERE module = '{ADDON}' "
            "AND model != 'ir.model.inherit' GROUP BY model"
        )
    )


def state():
    return one("SELECT state FROM ir_module_module WHERE name = %s", [ADDON])


def upgrade(database, number, before_users, before_records):
    odoo_run(database, f"upgrade-{number}", "-u", ADDON, "--stop-after-init")
    assert not sql(DUPLICATES), f"duplicated records: {sql(DUPLICATES)}"
    assert addon_records() == before_records, (before_records, addon_records())
    after = users()
    changed = sorted(login for login in before_users if after.get(login) != before_users[login])
    assert not changed, f"users changed by the upgrade: {changed[:10]}"
    print(f"lifecycle: upgrade {number}: no error, no duplicated record, "
          f"{len(after)} users kept their type and groups")  # fmt: skip


def uninstall(database):
    before = users()
    backend_logins = [
        login for login in before if login.startswith(("lc_backend_", "lc_backend_ui_"))
    ]
    partners = tuple(before[login][0] for login in backend_logins)
    data = {what: {row[0] for row in sql(query, [partners])} for what, query in DATA.items()}
    expected = {table: n - one(OWNED[table]) for table, n in counts().items()}
    backend_ids = [ref(TYPES["backend"]), ref(TYPES["backend_ui"])]
    odoo_run(database, "uninstall", script=UNINSTALL)
    assert state() == "uninstalled", state()
    after, portal, internal = users(), ref("base.group_portal"), ref("base.group_user")
    for login, (partner, active, _share, _groups) in before.items():
        assert login in after, f"{login} was deleted"
        assert after[login][:2] == (partner, active), f"{login} lost its partner or active flag"
        share, groups = after[login][2:]
        if login in backend_logins:
            assert share and portal in groups and internal not in groups, (login, groups)
            assert not set(groups) & set(backend_ids), (login, groups)
        else:
            assert after[login] == before[login], f"{login} changed"
    for what, query in DATA.items():
        lost = data[what] - {row[0] for row in sql(query, [partners])}
        assert not lost, f"{len(lost)} {what} of former backend users lost"
    assert counts() == expected, (expected, counts())
    left = {what: one(query, {"backend_ids": backend_ids}) for what, query in LEFTOVERS.items()}
    left = {what: n for what, n in left.items() if n}
    assert not left, f"left behind by the uninstall: {left}"
    print(f"lifecycle: uninstall: {len(backend_logins)} backend users are Portal users with their "
          f"partner and data ({', '.join(f'{len(ids)} {what}' for what, ids in data.items())}); "
          "counts of partners, messages, activities and channels changed only by the addon's "
          "demo records; nothing of the addon left")  # fmt: skip


def main(database):
    odoo_run(database, "populate", script=POPULATE.format(types=TYPES, population=POPULATION))
    before, records, demo = users(), addon_records(), demo_groups()
    assert len(before) == POPULATION * len(TYPES), len(before)
    assert set(demo) == set(DEMO_LOGINS), "the database needs the addon's demo data"
    print(f"lifecycle: {POPULATION} users of each type ({', '.join(TYPES)}), each with a "
          "partner, a message, an activity and a channel membership")  # fmt: skip
    upgrade(database, 1, before, records)
    upgrade(database, 2, before, records)
    uninstall(database)
    odoo_run(database, "reinstall", "-i", ADDON, "--stop-after-init")
    assert state() == "installed", state()
    assert demo_groups() == demo, (demo, demo_groups())
    print(
        f"lifecycle: reinstall: installed, the demo users {', '.join(DEMO_LOGINS)} are as they were"
    )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    CONNECTION = psycopg2.connect(dbname=sys.argv[1])
    CONNECTION.autocommit = True
    main(sys.argv[1])
