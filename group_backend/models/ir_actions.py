# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import AccessError

from .res_users import employees_only


class IrActionsActions(models.Model):
    _inherit = "ir.actions.actions"

    @api.model
    def get_bindings(self, model_name):
        """Offer a backend user, in a model's Action and Print menus, only what it may run:
        the actions of the groups it really holds (not of Internal User), and no server
        action given to no group (see IrActionsServer.run)."""
        if not self.env.user._is_backend_user():
            return super().get_bindings(model_name)
        bindings = super(IrActionsActions, employees_only(self)).get_bindings(model_name)
        ids = [action["id"] for actions in bindings.values() for action in actions]
        ungrouped = self.env["ir.actions.server"]._ungrouped_ids(ids)
        return {
            kind: kept
            for kind, actions in bindings.items()
            if (kept := [action for action in actions if action["id"] not in ungrouped])
        }


class IrActionsServer(models.Model):
    _inherit = "ir.actions.server"

    def run(self):
        """Let a backend user run only the server actions given to one of its groups.

        Odoo lets whoever may write a model run every server action of it that names
        no group: a write right given for one thing (a stage move) would run them all.
        Automations run them as superuser, and still do.
        """
        if self.env.su or not self.env.user._is_backend_user():
            return super().run()
        if self._ungrouped_ids(self.ids):
            raise AccessError(self.env._("You don't have enough access rights to run this action."))
        self._note_refused_groups()
        return super().run()

    def _note_refused_groups(self):
        """Record as a refusal (granted by the action's groups) an action Odoo refuses for them."""
        user_groups = self.env.user.sudo().groups_id
        for action in self.sudo():
            if not action.groups_id & user_groups:  # as Odoo's run() decides
                self.env["group_backend.access.refusal"]._note_action_refusal(action)

    @api.model
    def _ungrouped_ids(self, ids):
        """Return which of ``ids`` are server actions given to no group."""
        actions = self.sudo().browse(ids).exists()
        return set(actions.filtered(lambda action: not action.groups_id).ids)
