# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Command

from .group_backend_app_access_wizard import access_right_name


class GroupBackendAccessGrantWizard(models.TransientModel):
    """Grant a refused operation to a group of the administrator's that implies a backend type."""

    _name = "group_backend.access.grant.wizard"
    _description = "Grant a backend access refusal"

    refusal_id = fields.Many2one("group_backend.access.refusal", required=True, ondelete="cascade")
    model_id = fields.Many2one(related="refusal_id.model_id")
    operation = fields.Selection(related="refusal_id.operation")
    action_id = fields.Many2one(related="refusal_id.action_id")
    allowed_group_ids = fields.Many2many(
        "res.groups",
        compute="_compute_allowed_group_ids",
        help="Technical: the groups that imply a backend type and not Internal User.",
    )
    suggested_group_ids = fields.Many2many(
        "res.groups",
        string="Groups of the refused users",
        compute="_compute_allowed_group_ids",
        help="The application groups of the refused users: granting one of them lets "
        "these users through.",
    )
    group_id = fields.Many2one(
        "res.groups",
        string="Grant to",
        required=True,
        domain="[('id', 'in', allowed_group_ids)]",
        compute="_compute_group_id",
        store=True,
        readonly=False,
        precompute=True,
        help="A group of yours that implies Backend user or Backend UI user.",
    )

    @api.depends("refusal_id")
    def _compute_allowed_group_ids(self):
        """Offer the groups implying a backend type, those of the refused users first."""
        allowed = self.env["res.groups"]._backend_application_groups()
        for wizard in self:
            wizard.allowed_group_ids = allowed
            wizard.suggested_group_ids = allowed & wizard.refusal_id.group_ids

    @api.depends("suggested_group_ids")
    def _compute_group_id(self):
        """Default to the refused users' own application group, the one they were given."""
        for wizard in self:
            suggested = wizard.suggested_group_ids._origin  # a wizard being made: new records
            # the groups given, not those they imply themselves
            wizard.group_id = (suggested - suggested.trans_implied_ids)[:1] or suggested[:1]

    def action_grant(self):
        """Create the access right of the refused operation for the group; archive the refusal."""
        self.ensure_one()
        group = self.group_id
        if group not in self.env["res.groups"]._backend_application_groups():
            raise UserError(
                self.env._(
                    'The group "%(group)s" does not imply a backend type, or implies Internal '
                    "User: choose a group of yours that implies Backend user or Backend UI user.",
                    group=group.full_name,
                )
            )
        if self.refusal_id.refused_by == "action":
            return self._grant_action(group)
        right = self.env["ir.model.access"].create(
            {
                "name": access_right_name(self.env, group, self.model_id, {self.operation}),
                "model_id": self.model_id.id,
                "group_id": group.id,
                f"perm_{self.operation}": True,
            }
        )
        self.refusal_id.write({"granted_access_id": right.id, "active": False})
        return {"type": "ir.actions.act_window_close"}

    def _grant_action(self, group):
        """Give the refused action to the group: add it to the action's groups; archive the refusal.

        As superuser: the administrators of access rights may not write actions, and
        this adds a group to those already allowed, taking nothing from them.
        """
        self.refusal_id.action_id.sudo().groups_id = [Command.link(group.id)]
        self.refusal_id.write({"granted_group_id": group.id, "active": False})
        return {"type": "ir.actions.act_window_close"}
