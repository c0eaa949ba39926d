# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class IrUiMenu(models.Model):
    _inherit = "ir.ui.menu"

    def _load_menus_blacklist(self):
        """Let hr ask whether a backend user manages a department, which it may not read.

        hr counts the departments the user manages, as the user, to hide their
        menu: a backend user without access to departments lost the whole menu.
        The answer only hides menus, so it is asked as superuser.
        """
        menus = self.sudo() if self.env.user._is_backend_user() else self
        return super(IrUiMenu, menus)._load_menus_blacklist()
