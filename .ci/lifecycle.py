#!/usr/bin/env python3
"""Upgrade twice, uninstall and reinstall the addon on a populated database.

usage: lifecycle.py DATABASE

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
TYPES = {
    "internal": "base.group_user",
    "portal": "base.group_portal",
    "backend": "group_backend.group_backend",
    "backend_ui": "group_backend.group_backend_ui_users",
}
DEMO_LOGINS = ("backend", "backend_ui", "internal")

POPULATE = """
from odoo.fields import Command
env = env(context=dict(env.context, no_reset_password=True, tracking_disable=True,
                       mail_create_nolog=True, mail_notrack=True))
types = {types!r}
users = env["res.users"]
for kind, xmlid in types.items():
    group = env.ref(xmlid)
    users |= users.create([
        {{"name": f"Lifecycle {{kind}} {{n}}", "login": f"lc_{{kind}}_{{n}}",
          "groups_id": [Command.set([group.id])]}}
        for n in range({population})
    ])
partners = users.partner_id
partners._message_log_batch({{p.id: f"<p>Note about {{p.name}}</p>" for p in partners}})
todo = env.ref("mail.mail_activity_data_todo")
admin = env.ref("base.user_admin")
env["mail.activity"].create([
    {{"res_model_id": env["ir.model"]._get_id("res.partner"), "res_id": user.partner_id.id,
      "activity_type_id": todo.id, "summary": f"Follow up {{user.login}}",
      "user_id": (admin if user.share else user).id}}
    for user in users
])
channel = env["discuss.channel"].create({{"name": "lifecycle", "channel_type": "channel"}})
env["discuss.channel.member"].create(
    [{{"channel_id": channel.id, "partner_id": partner.id}} for partner in partners]
)
env.cr.commit()
"""

UNINSTALL = """
env["ir.module.module"].search([("name", "=", {addon!r})]).button_immediate_uninstall()
env.cr.commit()
"""


class Lifecycle:
    def __init__(self, database):
        self.database = database
        self.odoo = shlex.split(os.environ["ODOO"])
        self.log_dir = Path(os.environ["LOG_DIR"])
        self.connection = psycopg2.connect(dbname=database)
        self.connection.autocommit = True

    # --- running Odoo --------------------------------------------------------------

    def odoo_run(self, step, *args, script=None):
        """Run odoo-bin on the database, logging to LOG_DIR/lifecycle-STEP.log; fail on an error."""
        log = self.log_dir / f"lifecycle-{step}.log"
        log.unlink(missing_ok=True)
        command = self.odoo[:2] + (["shell"] if script else []) + self.odoo[2:]
        command += ["-d", self.database, f"--logfile={log}", *args]
        result = subprocess.run(command, input=script, text=True, capture_output=True, check=False)
        if result.returncode:
            print(result.stdout, result.stderr, sep="\n")
            sys.exit(f"lifecycle: {step} failed (exit {result.returncode}); log: {log}")

    def sql(self, query, params=()):
        with self.connection.cursor() as cursor:
            cursor.execute(query, params)
            return cursor.fetchall()

    # --- what the checks compare ----------------------------------------------------

    def users(self, pattern):
        """login -> (partner, active, share, group ids) of the users matching ``pattern``."""
        rows = self.sql(
            """SELECT u.login, u.partner_id, u.active, u.share,
                      array_agg(r.gid ORDER BY r.gid) FILTER (WHERE r.gid IS NOT NULL)
                 FROM res_users u LEFT JOIN res_groups_users_rel r ON r.uid = u.id
                WHERE u.login LIKE %s GROUP BY u.id""",
            [pattern],
        )
        return {
            login: (partner, active, share, groups or [])
            for login, partner, active, share, groups in rows
        }

    def group_xmlids(self, logins):
        """login -> sorted XML ids of the user's groups."""
        rows = self.sql(
            """SELECT u.login, array_agg(d.module || '.' || d.name ORDER BY d.module, d.name)
                 FROM res_users u JOIN res_groups_users_rel r ON r.uid = u.id
                 JOIN ir_model_data d ON d.model = 'res.groups' AND d.res_id = r.gid
                WHERE u.login IN %s GROUP BY u.login""",
            [tuple(logins)],
        )
        return dict(rows)

    def xmlid(self, xmlid):
        module, name = xmlid.split(".")
        rows = self.sql(
            "SELECT res_id FROM ir_model_data WHERE module=%s AND name=%s", [module, name]
        )
        return rows[0][0] if rows else None

    def counts(self):
        tables = ("res_partner", "mail_message", "mail_activity", "discuss_channel")
        return {table: self.sql(f"SELECT count(*) FROM {table}")[0][0] for table in tables}

    def owned_counts(self):
        """How many records of each counted table the addon's own data holds or carries."""
        owned = "SELECT model, res_id FROM ir_model_data WHERE module = %s"
        own_ids = "SELECT res_id FROM ir_model_data WHERE module = %s AND model = %s"
        return {
            "res_partner": self.count(f"SELECT count(*) FROM ({own_ids}) o", ADDON, "res.partner"),
            "discuss_channel": self.count(
                f"SELECT count(*) FROM ({own_ids}) o", ADDON, "discuss.channel"
            ),
            "mail_message": self.count(
                f"SELECT count(*) FROM mail_message WHERE (model, res_id) IN ({owned})"
                f" OR id IN ({own_ids})",
                ADDON,
                ADDON,
                "mail.message",
            ),
            "mail_activity": self.count(
                f"SELECT count(*) FROM mail_activity WHERE (res_model, res_id) IN ({owned})"
                f" OR id IN ({own_ids})",
                ADDON,
                ADDON,
                "mail.activity",
            ),
        }

    def count(self, query, *params):
        return self.sql(query, params)[0][0]

    def data_of(self, partner_ids):
        """The ids of the messages, activities and channel memberships of these partners.

        Memberships of the addon's own (demo) channels are left out: they go with it.
        """
        ids = tuple(partner_ids)
        return (
            self.ids_of(
                "SELECT id FROM mail_message WHERE model = 'res.partner' AND res_id IN %s", ids
            ),
            self.ids_of(
                "SELECT id FROM mail_activity WHERE res_model = 'res.partner' AND res_id IN %s", ids
            ),
            self.ids_of(
                """SELECT id FROM discuss_channel_member
                    WHERE partner_id IN %s AND channel_id NOT IN (
                          SELECT res_id FROM ir_model_data
                           WHERE module = %s AND model = 'discuss.channel')""",
                ids,
                ADDON,
            ),
        )

    def ids_of(self, query, *params):
        return {row[0] for row in self.sql(query, params)}

    def duplicates(self):
        return self.sql(
            """SELECT model, name, count(*) FROM ir_model_data WHERE module = %s
                GROUP BY model, name HAVING count(*) > 1
               UNION ALL
               SELECT 'ir.model.access', name, count(*) FROM ir_model_access
                WHERE group_id IN (SELECT res_id FROM ir_model_data
                                    WHERE module = %s AND model = 'res.groups')
                GROUP BY name HAVING count(*) > 1
               UNION ALL
               SELECT 'ir.rule', name, count(*) FROM ir_rule
                WHERE id IN (SELECT res_id FROM ir_model_data
                              WHERE module = %s AND model = 'ir.rule')
                GROUP BY name HAVING count(*) > 1""",
            [ADDON, ADDON, ADDON],
        )

    def addon_records(self):
        """model -> count of the records the addon's XML ids name."""
        return dict(self.sql(
            "SELECT model, count(*) FROM ir_model_data WHERE module = %s GROUP BY model", [ADDON]
        ))  # fmt: skip

    # --- the steps ------------------------------------------------------------------

    def populate(self):
        script = POPULATE.format(types=TYPES, population=POPULATION)
        self.odoo_run("populate", script=script)
        users = self.users("lc_%")
        assert len(users) == POPULATION * len(TYPES), len(users)
        print(
            f"lifecycle: {POPULATION} users of each type ({', '.join(TYPES)}), each with a "
            "partner, a message, an activity and a channel membership"
        )

    def upgrade(self, number, before_users, before_records):
        self.odoo_run(f"upgrade-{number}", "-u", ADDON, "--stop-after-init")
        duplicates = self.duplicates()
        assert not duplicates, f"duplicated records: {duplicates}"
        assert self.addon_records() == before_records, (before_records, self.addon_records())
        after = self.users("lc_%")
        changed = sorted(login for login in before_users if after.get(login) != before_users[login])
        assert not changed, f"users changed by the upgrade: {changed[:10]}"
        print(
            f"lifecycle: upgrade {number}: no error, no duplicated record, "
            f"{len(after)} users kept their type and groups"
        )

    def uninstall(self):
        before_users = self.users("lc_%")
        backend_logins = [
            login for login in before_users if login.startswith(("lc_backend_", "lc_backend_ui_"))
        ]
        partners = [before_users[login][0] for login in backend_logins]
        before_data = self.data_of(partners)
        expected = {t: n - self.owned_counts()[t] for t, n in self.counts().items()}
        backend_ids = [self.xmlid(TYPES["backend"]), self.xmlid(TYPES["backend_ui"])]
        self.odoo_run("uninstall", script=UNINSTALL.format(addon=ADDON))

        state = self.sql("SELECT state FROM ir_module_module WHERE name = %s", [ADDON])[0][0]
        assert state == "uninstalled", state
        after_users = self.users("lc_%")
        portal_id, internal_id = self.xmlid("base.group_portal"), self.xmlid("base.group_user")
        for login in before_users:
            assert login in after_users, f"{login} was deleted"
            partner, active, share, groups = after_users[login]
            assert partner == before_users[login][0], f"{login} lost its partner"
            assert active == before_users[login][1], f"{login} changed its active flag"
            if login in backend_logins:
                assert share and portal_id in groups and internal_id not in groups, (login, groups)
                assert not set(groups) & set(backend_ids), (login, groups)
            else:
                assert after_users[login] == before_users[login], f"{login} changed"
        for before, after, what in zip(
            before_data,
            self.data_of(partners),
            ("messages", "activities", "memberships"),
            strict=True,
        ):
            assert before <= after, f"{len(before - after)} {what} of former backend users lost"
        assert self.counts() == expected, (expected, self.counts())
        leftovers = {
            "XML ids": self.sql("SELECT count(*) FROM ir_model_data WHERE module = %s", [ADDON]),
            "groups": self.sql("SELECT count(*) FROM res_groups WHERE id = ANY(%s)", [backend_ids]),
            "access rights": self.sql(
                "SELECT count(*) FROM ir_model_access WHERE name LIKE 'Backend%%users %%'"
            ),
            "record rules": self.sql(
                "SELECT count(*) FROM ir_rule WHERE name LIKE 'Backend%%users:%%'"
            ),
            "menus": self.sql(
                "SELECT count(*) FROM ir_ui_menu_group_rel WHERE gid = ANY(%s)", [backend_ids]
            ),
            "tables": self.sql(
                "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'x_group_backend%%'"
            ),
        }
        left = {what: rows[0][0] for what, rows in leftovers.items() if rows[0][0]}
        assert not left, f"left behind by the uninstall: {left}"
        print(
            f"lifecycle: uninstall: {len(backend_logins)} backend users are Portal users with "
            f"their partner and data ({len(before_data[0])} messages, {len(before_data[1])} "
            f"activities, {len(before_data[2])} channel memberships); counts of partners, "
            "messages, activities and channels changed only by the addon's demo records; "
            "nothing of the addon left"
        )

    def reinstall(self, demo_groups):
        self.odoo_run("reinstall", "-i", ADDON, "--stop-after-init")
        state = self.sql("SELECT state FROM ir_module_module WHERE name = %s", [ADDON])[0][0]
        assert state == "installed", state
        back = self.group_xmlids(DEMO_LOGINS)
        assert back == demo_groups, (demo_groups, back)
        print(
            "lifecycle: reinstall: installed, the demo users "
            f"{', '.join(DEMO_LOGINS)} are back as they were"
        )

    def run(self):
        self.populate()
        users, records = self.users("lc_%"), self.addon_records()
        demo_groups = self.group_xmlids(DEMO_LOGINS)
        assert set(demo_groups) == set(DEMO_LOGINS), "the database needs the addon's demo data"
        self.upgrade(1, users, records)
        self.upgrade(2, users, records)
        self.uninstall()
        self.reinstall(demo_groups)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    Lifecycle(sys.argv[1]).run()
