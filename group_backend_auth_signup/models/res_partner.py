# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from odoo.addons.group_backend.models.res_users import EMPLOYEES_ONLY


class ResPartner(models.Model):
    _inherit = "res.partner"

    def signup_get_auth_param(self):
        """Give backend users what non-internal users get: no one's login or token."""
        partners = self.with_context(**{EMPLOYEES_ONLY: True})
        return super(ResPartner, partners).signup_get_auth_param()
