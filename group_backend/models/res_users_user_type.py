# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

from odoo.addons.base.models.res_users import is_selection_groups, name_selection_groups


# Kept apart from res_users.py, which is about access: this file is the administrator's view.
# pylint: disable=consider-merging-classes-inherited
class ResUsers(models.Model):
    """The user type as an administrator sees it: a column, a filter, a help line."""

    _inherit = "res.users"

    user_type_id = fields.Many2one(
        "res.groups",
        string="User type",
        compute="_compute_user_type_id",
        store=True,
        index=True,
        help="Internal User, Backend user, Backend UI user, Portal or Public: "
        "the group of the User types category the user is in.",
    )
    user_type_help = fields.Char(
        string="About this user type",
        compute="_compute_user_type_help",
    )

    @api.depends("groups_id")
    def _compute_user_type_id(self):
        """Keep the user's group of the User types category, Internal User first as Odoo."""
        user_types = self.env["res.groups"]._user_type_groups()
        internal = self.env.ref("base.group_user")
        for user in self:
            held = user.groups_id._origin & user_types  # new records too (the form)
            user.user_type_id = held & internal or held[:1]

    @api.depends("groups_id")
    def _compute_user_type_help(self):
        """Say in one line what the chosen user type gives."""
        lines = self._user_type_help_lines()
        for user in self:
            user.user_type_help = lines.get(user.user_type_id.id, "")

    @api.model
    def _user_type_help_lines(self):
        """Return one short help line per user type, by group id."""
        _ = self.env._
        lines = {
            "base.group_user": _(
                "Employees: the backend, with everything granted to internal users."
            ),
            "group_backend.group_backend": _(
                "A backend session granted nothing but what its groups give "
                "(the external API, for instance)."
            ),
            "group_backend.group_backend_ui_users": _(
                "The web client on the user's own data, and the applications of the user's groups."
            ),
            "base.group_portal": _("No backend: the portal, with the documents shared with them."),
            "base.group_public": _("Visitors of the website who are not logged in."),
        }
        by_id = {}
        for group in self.env["res.groups"]._user_type_groups():
            by_id[group.id] = (group.comment or "").strip().split("\n")[0]
        definitions = self.env["res.groups"]._get_group_definitions()
        for xmlid, line in lines.items():
            if (group_id := definitions.get_id(xmlid)) is not None:
                by_id[group_id] = line
        return by_id

    @api.model
    def fields_get(self, allfields=None, attributes=None):
        """Give the user type field one short help line per type: the tooltip fits."""
        res = super().fields_get(allfields, attributes)
        if not any(is_selection_groups(name) for name in res):
            return res  # most views of users show no groups field
        user_types = self.env["res.groups"].sudo()._user_type_groups().sorted("id")
        field = res.get(name_selection_groups(user_types.ids))
        if field and "help" in field:
            lines = self._user_type_help_lines()
            field["help"] = "\n".join(f"{group.name}: {lines[group.id]}" for group in user_types)
        return res
