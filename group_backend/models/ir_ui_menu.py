# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models, tools


class IrUiMenu(models.Model):
    _inherit = "ir.ui.menu"

    @api.model
    @tools.ormcache("frozenset(self.env.user.groups_id.ids)", "debug")
    def _visible_menu_ids(self, debug=False):
        """Hide from backend users the root menus that name no group, and their items,
        and the menus of server actions that name no group: no backend user runs them
        (see ir_actions.py). Those of groups stay: the group may be given them (Grant)."""
        visible_ids = super()._visible_menu_ids(debug)
        backend_group_ids = self.env["res.users"]._backend_group_ids()
        if backend_group_ids.isdisjoint(self.env.user._get_group_ids()):
            return visible_ids
        menus = self.sudo().with_context(**{"ir.ui.menu.full_list": True})
        menus = menus.browse(visible_ids)
        hidden_roots = menus.filtered(lambda menu: not menu.parent_id and not menu.groups_id)
        return {
            menu.id
            for menu in menus
            if menu._root_menu() not in hidden_roots and not menu._runs_ungrouped_action()
        }

    def _runs_ungrouped_action(self):
        """Return whether the menu runs a server action that names no group."""
        action = self.action
        return bool(action) and action._name == "ir.actions.server" and not action.groups_id

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
