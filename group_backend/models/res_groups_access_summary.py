# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


# Kept apart from res_groups.py, which writes the user form: this is the administrator's check.
# pylint: disable=consider-merging-classes-inherited
class ResGroups(models.Model):
    """What a group's users may reach, for the administrator to check before giving it."""

    _inherit = "res.groups"

    access_summary = fields.Html(
        string="What this group can see",
        compute="_compute_access_summary",
        sanitize=False,
        groups="base.group_erp_manager",
        help="Each model the group's users may reach through it, with the operations and the "
        "record rules that apply, from the group and the groups it implies.",
    )

    @api.depends("implied_ids")
    def _compute_access_summary(self):
        """Summarise what the group gives, with the groups it implies."""
        summary = self.env["group_backend.access.summary"]
        for group in self:
            groups = group._origin | group.implied_ids._origin
            group.access_summary = summary._render(groups | groups.trans_implied_ids)
