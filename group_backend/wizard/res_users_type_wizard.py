# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.base.models.res_users import name_selection_groups


class ResUsersTypeWizard(models.TransientModel):
    """Set the user type of several users at once, as the user form does for one."""

    _name = "res.users.type.wizard"
    _description = "Set the user type of several users"

    user_ids = fields.Many2many(
        "res.users",
        string="Users",
        default=lambda self: self._default_user_ids(),
    )
    user_type_id = fields.Many2one(
        "res.groups",
        string="User type",
        required=True,
        domain=lambda self: [
            ("category_id", "=", self.env.ref("base.module_category_user_type").id)
        ],
    )
    user_type_help = fields.Char(compute="_compute_user_type_help")

    @api.model
    def _default_user_ids(self):
        """The users selected in the list the wizard is opened from."""
        if self.env.context.get("active_model") != "res.users":
            return []
        return self.env.context.get("active_ids", [])

    @api.depends("user_type_id")
    def _compute_user_type_help(self):
        """Say in one line what the chosen user type gives."""
        lines = self.env["res.users"]._user_type_help_lines()
        for wizard in self:
            wizard.user_type_help = lines.get(wizard.user_type_id.id, "")

    def action_apply(self):
        """Give every user the type, as the user form would; change nobody if one fails."""
        self.ensure_one()
        user_types = self.env["res.groups"]._user_type_groups()
        type_field = name_selection_groups(user_types.sorted("id").ids)
        errors = []
        for user in self.user_ids:
            try:
                with self.env.cr.savepoint():
                    user.write({type_field: self.user_type_id.id})
            except (AccessError, UserError, ValidationError) as error:
                self.env.invalidate_all()
                errors.append(f"{user.name} ({user.login}): {error.args[0]}")
        if errors:
            raise UserError(
                self.env._(
                    "No user type was changed: %(count)s of %(total)s users cannot be %(type)s.",
                    count=len(errors),
                    total=len(self.user_ids),
                    type=self.user_type_id.name,
                )
                + "\n\n"
                + "\n\n".join(errors)
            )
        return {"type": "ir.actions.act_window_close"}
