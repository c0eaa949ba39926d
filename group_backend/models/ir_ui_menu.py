# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models, tools


class IrUiMenu(models.Model):
    _inherit = "ir.ui.menu"

    @api.model
    @tools.ormcache("frozenset(self.env.user.groups_id.ids)", "debug")
    def _visible_menu_ids(self, debug=False):
        """Hide from backend users the root menus that name no group, and their items,
        and the menus of the server actions they may not run (see ir_actions.py)."""
        visible_ids = super()._visible_menu_ids(debug)
        backend_group_ids = self.env["res.users"]._backend_group_ids()
        group_ids = set(self.env.user._get_group_ids())
        if backend_group_ids.isdisjoint(group_ids):
            return visible_ids
        menus = self.sudo().with_context(**{"ir.ui.menu.full_list": True})
        menus = menus.browse(visible_ids)
        hidden_roots = menus.filtered(lambda menu: not menu.parent_id and not menu.groups_id)
        return {
            menu.id
            for menu in menus
            if menu._root_menu() not in hidden_roots and menu._action_runs_for(group_ids)
        }

    def _action_runs_for(self, group_ids):
        """Return whether a backend user of ``group_ids`` may run the menu's action.

        A server action runs for the groups it names only (Internal User's, which a
        backend user holds only through has_group, included), and one of no group
        for none of them; other actions are Odoo's to judge.
        """
        action = self.action
        if not action or action._name != "ir.actions.server":
            return True
        return not group_ids.isdisjoint(action.sudo().groups_id.ids)

    def _root_menu(self):
        """Return the root of this menu, through parent_id (already in the cache)."""
        menu = self
        while menu.parent_id:
            menu = menu.parent_id
        return menu

    @api.model
    @api.returns("self")
    def get_user_roots(self):
        """Give users who may not read menus an empty menu instead of an error."""
        if not self.env["ir.model.access"].check(self._name, "read", False):
            return self.browse()
        return super().get_user_roots()
