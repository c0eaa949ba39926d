# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


# Kept apart from res_users.py, which is about access: this is the administrator's check.
# pylint: disable=consider-merging-classes-inherited
class ResUsers(models.Model):
    """What a backend user may reach, for the administrator to check before giving it."""

    _inherit = "res.users"

    backend_access_summary = fields.Html(
        string="What this user can see",
        compute="_compute_backend_access_summary",
        sanitize=False,
        groups="base.group_erp_manager",
        help="Each model the user may reach, with the operations and the record rules that "
        "apply, from all of its groups: the live access rights and record rules.",
    )

    @api.depends("groups_id")
    def _compute_backend_access_summary(self):
        """Summarise what a backend user may reach, implied groups included; nothing for others."""
        backend_ids = self._backend_group_ids()
        summary = self.env["group_backend.access.summary"]
        for user in self:
            groups = user.groups_id._origin
            groups |= groups.trans_implied_ids  # a form not saved yet holds no implied group
            if backend_ids.isdisjoint(groups.ids):
                user.backend_access_summary = False
            else:
                user.backend_access_summary = summary._render(groups)
