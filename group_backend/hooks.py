# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo.fields import Command
from odoo.tools import SQL


def uninstall_hook(env):
    """Make Backend and Backend UI users Portal users before their types disappear; drop
    the log of the changes to who works with whom, and its triggers (the bridges' too).

    Portal is the safe type: no backend. The users keep their partner, their
    data and their other groups; groups that implied a backend type stop doing
    so, since that type is about to go.
    """
    backend_types = env.ref("group_backend.group_backend") | env.ref(
        "group_backend.group_backend_ui_users"
    )
    implying = env["res.groups"].search([("implied_ids", "in", backend_types.ids)])
    implying.write({"implied_ids": [Command.unlink(group.id) for group in backend_types]})
    portal = env.ref("base.group_portal")
    users_by_groups = defaultdict(env["res.users"].browse)
    for user in backend_types.with_context(active_test=False).users:
        users_by_groups[user.groups_id - backend_types | portal] += user
    for groups, users in users_by_groups.items():
        # no "Portal Access Granted" note: the uninstall adds no message
        users.with_context(mail_notrack=True).write({"groups_id": [Command.set(groups.ids)]})
    env.cr.execute(
        SQL(
            "DROP FUNCTION IF EXISTS group_backend_people_changed() CASCADE;"
            " DROP TABLE IF EXISTS group_backend_people_change"
        )
    )
