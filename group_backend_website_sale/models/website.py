# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from odoo.addons.group_backend.models.res_users import employees_only


class Website(models.Model):
    _inherit = "website"

    def sale_product_domain(self):
        """Offer backend users the products a visitor may buy: Odoo trusts internal users here."""
        website = employees_only(self) if self.env.user._is_backend_user() else self
        return super(Website, website).sale_product_domain()
