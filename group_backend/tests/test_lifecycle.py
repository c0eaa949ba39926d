# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Upgrade twice, uninstall and reinstall the addon on a populated database.

A standalone script, run by make lifecycle-check and make apps-lifecycle-check through Odoo's
runner: odoo/tests/test_module_operations.py -d DB standalone group_backend_lifecycle. DB (a
throwaway: the script commits) has the addon and its demo data. The script adds POPULATION users
of each type, each with a partner, a message, an activity and a channel membership, then
- upgrades the addon twice: no error, no duplicated record, the addon's records and every user's
  type and groups unchanged;
- uninstalls it: former backend users are Portal users (no backend) with their partner and data;
  counts drop only by the addon's demo records; nothing of the addon is left (checked in SQL:
  its models are gone);
- reinstalls it: the demo users come back as they were.
"""

import logging

from odoo.fields import Command
from odoo.tests import standalone

_logger = logging.getLogger(__name__)

ADDON = "group_backend"
POPULATION = 200
TYPES = {"internal": "base.group_user", "portal": "base.group_portal",
         "backend": f"{ADDON}.group_backend",
         "backend_ui": f"{ADDON}.group_backend_ui_users"}  # fmt: skip
DEMO_LOGINS = ("backend", "backend_ui", "internal")
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
COUNTS = "SELECT " + ", ".join(f"(SELECT count(*) FROM {table})" for table in OWNED)
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
    "tables": "SELECT count(*) FROM pg_tables WHERE tablename LIKE 'x_group_backend%%'"
    " OR tablename = 'group_backend_people_change'",
    "triggers": "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'group_backend%%'",
    "functions": "SELECT count(*) FROM pg_proc WHERE proname LIKE 'group_backend%%'",
}
# ir.model.inherit rows (a model's _inherit parents) are left out: Odoo names them after every
# module extending the parent (mail.thread here) but at an upgrade reflects only the loaded ones.
ADDON_RECORDS = f"""SELECT model, count(*) FROM ir_model_data WHERE module = '{ADDON}'
                       AND model != 'ir.model.inherit' GROUP BY model"""


def sql(cr, query, params=()):
    """The rows of the query."""
    cr.execute(query, params)
    return cr.fetchall()


def one(cr, query, params=()):
    """The first value of the query's first row."""
    return sql(cr, query, params)[0][0]


def users(env):
    """login -> (partner, active, share, group ids) of the populated users."""
    found = env["res.users"].with_context(active_test=False).search([("login", "=like", "lc_%")])
    return {u.login: (u.partner_id.id, u.active, u.share, sorted(u.groups_id.ids)) for u in found}


def demo_groups(env):
    """login -> XML ids of the groups of the demo users."""
    demo = env["res.users"].search([("login", "in", DEMO_LOGINS)])
    xmlids = demo.groups_id._get_external_ids()
    return {u.login: sorted(x for group in u.groups_id.ids for x in xmlids[group]) for u in demo}


def counts(cr):
    """table -> count of the tables of which the addon's data holds records."""
    return dict(zip(OWNED, sql(cr, COUNTS)[0], strict=True))


def immediate(env, button):
    """Press the addon's button_immediate_* button; the environment of the new registry."""
    getattr(env["ir.module.module"]._get(ADDON), button)()
    env.reset()
    return env()


def populate(env):
    """POPULATION users of each type with a partner, a message, an activity, a membership."""
    env = env(context=dict(env.context, no_reset_password=True, tracking_disable=True,
                           mail_create_nolog=True, mail_notrack=True))  # fmt: skip
    users = env["res.users"]
    for kind, xmlid in TYPES.items():
        users |= users.create([{"name": f"Lifecycle {kind} {n}", "login": f"lc_{kind}_{n}",
                                "groups_id": [Command.set([env.ref(xmlid).id])]}
                               for n in range(POPULATION)])  # fmt: skip
    partners = users.partner_id
    partners._message_log_batch({p.id: f"<p>Note about {p.name}</p>" for p in partners})
    env["mail.activity"].create([
        {"res_model_id": env["ir.model"]._get_id("res.partner"), "res_id": user.partner_id.id,
         "activity_type_id": env.ref("mail.mail_activity_data_todo").id,
         "summary": f"Follow up {user.login}",
         "user_id": (env.ref("base.user_admin") if user.share else user).id}
        for user in users
    ])  # fmt: skip
    channel = env["discuss.channel"].create({"name": "lifecycle", "channel_type": "channel"})
    env["discuss.channel.member"].create([{"channel_id": channel.id, "partner_id": p.id}
                                          for p in partners])  # fmt: skip
    env.flush_all()


def upgrade(env, number, before, records):
    """Upgrade the addon: no duplicated record, the same records, the users unchanged."""
    env = immediate(env, "button_immediate_upgrade")
    duplicates = sql(env.cr, DUPLICATES)
    assert not duplicates, f"duplicated records: {duplicates}"
    assert dict(sql(env.cr, ADDON_RECORDS)) == records, (records, sql(env.cr, ADDON_RECORDS))
    after = users(env)
    changed = sorted(login for login in before if after.get(login) != before[login])
    assert not changed, f"users changed by the upgrade: {changed[:10]}"
    _logger.info("lifecycle: upgrade %s: no error, no duplicated record, "
                 "%s users kept their type and groups", number, len(after))  # fmt: skip
    return env


def uninstall(env):
    """Uninstall the addon: backend users are Portal users, keep their data; nothing left."""
    cr, before = env.cr, users(env)
    backend_logins = [login for login in before if login.startswith("lc_backend_")]
    partners = tuple(before[login][0] for login in backend_logins)
    data = {what: {row[0] for row in sql(cr, query, [partners])} for what, query in DATA.items()}
    expected = {table: n - one(cr, OWNED[table]) for table, n in counts(cr).items()}
    backend_ids = [env.ref(TYPES["backend"]).id, env.ref(TYPES["backend_ui"]).id]
    env = immediate(env, "button_immediate_uninstall")
    assert env["ir.module.module"]._get(ADDON).state == "uninstalled"
    after = users(env)
    portal, internal = env.ref("base.group_portal").id, env.ref("base.group_user").id
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
        lost = data[what] - {row[0] for row in sql(cr, query, [partners])}
        assert not lost, f"{len(lost)} {what} of former backend users lost"
    assert counts(cr) == expected, (expected, counts(cr))
    left = {what: one(cr, query, {"backend_ids": backend_ids}) for what, query in LEFTOVERS.items()}
    left = {what: n for what, n in left.items() if n}
    assert not left, f"left behind by the uninstall: {left}"
    _logger.info("lifecycle: uninstall: %s backend users are Portal users with their partner and "
                 "data (%s); counts of partners, messages, activities and channels changed only "
                 "by the addon's demo records; nothing of the addon left", len(backend_logins),
                 ", ".join(f"{len(ids)} {what}" for what, ids in data.items()))  # fmt: skip
    return env


@standalone("group_backend_lifecycle")
def lifecycle(env):
    """Populate, upgrade twice, uninstall and reinstall the addon (see the module docstring)."""
    # The runner mutes Odoo's module loading below CRITICAL: checklog-odoo must see its warnings.
    logging.getLogger("odoo.modules.loading").setLevel(logging.WARNING)
    populate(env)
    before, records, demo = users(env), dict(sql(env.cr, ADDON_RECORDS)), demo_groups(env)
    assert len(before) == POPULATION * len(TYPES), len(before)
    assert set(demo) == set(DEMO_LOGINS), "the database needs the addon's demo data"
    _logger.info("lifecycle: %s users of each type (%s), each with a partner, a message, "
                 "an activity and a channel membership", POPULATION, ", ".join(TYPES))  # fmt: skip
    env = upgrade(env, 1, before, records)
    env = upgrade(env, 2, before, records)
    env = uninstall(env)
    env = immediate(env, "button_immediate_install")
    assert env["ir.module.module"]._get(ADDON).state == "installed"
    assert demo_groups(env) == demo, (demo, demo_groups(env))
    _logger.info("lifecycle: reinstall: installed, the demo users %s are as they were",
                 ", ".join(DEMO_LOGINS))  # fmt: skip
