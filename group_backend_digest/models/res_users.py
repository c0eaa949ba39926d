# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model_create_multi
    def create(self, vals_list):
        """Keep new backend users off the default digest that Odoo gives new employees."""
        users = super().create(vals_list)
        backend_users = users.filtered(lambda user: user._is_backend_user())
        if backend_users:
            digests = (
                self.env["digest.digest"].sudo().search([("user_ids", "in", backend_users.ids)])
            )
            digests.user_ids -= backend_users
        return users
