# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class IrUiView(models.Model):
    _inherit = "ir.ui.view"

    def write(self, vals):
        """Add the addon's conditions to the groups view as Odoo writes it, once."""
        if "arch" not in vals or not self.env.context.get("group_backend_user_groups_view"):
            return super().write(vals)
        arch = self.env["res.groups"].sudo()._with_backend_conditions(vals["arch"])
        if len(vals) == 1 and all(view.arch == arch for view in self):
            return True  # as Odoo does: no useless validation when nothing changes
        return super().write(dict(vals, arch=arch))
