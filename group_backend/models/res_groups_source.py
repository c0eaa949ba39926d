# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
# Kept apart from res_groups.py: the application group a group answers for, one concern.
# pylint: disable=consider-merging-classes-inherited
from odoo import api, fields, models, tools


class ResGroups(models.Model):
    _inherit = "res.groups"

    backend_source_group_id = fields.Many2one(
        "res.groups",
        string="Answers for",
        ondelete="set null",
        help="The application group this group was made from (by the access assistant): "
        "Odoo's code that asks whether a user is in that group (to make it the "
        "salesperson of its orders, say) answers yes for the backend users of this group, "
        "as it answers for Internal User. Views still show them what the group shows.",
    )

    @api.model
    @tools.ormcache("user_id")
    def _backend_answered_group_ids(self, user_id):
        """Return the ids of the application groups ``user_id``'s groups were made from,
        and of the groups they imply, user types left out (cleared with groups)."""
        user = self.env["res.users"].sudo().browse(user_id)
        sources = user.groups_id.backend_source_group_id
        user_types = self._user_type_groups()
        return frozenset((sources | sources.trans_implied_ids - user_types).ids)

    def write(self, vals):
        """Forget the answers kept when the group's source changes."""
        res = super().write(vals)
        if "backend_source_group_id" in vals or "implied_ids" in vals:
            self.env.registry.clear_cache()
        return res
