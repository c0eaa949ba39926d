# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from odoo.addons.group_backend.models.res_users import employees_only


class PaymentProvider(models.Model):
    _inherit = "payment.provider"

    @api.model
    def _get_compatible_providers(self, *args, **kwargs):
        """Offer backend users the published providers only: Odoo trusts internal users here."""
        if not self.env.user._is_backend_user():
            return super()._get_compatible_providers(*args, **kwargs)
        providers = super(PaymentProvider, employees_only(self))._get_compatible_providers(
            *args, **kwargs
        )
        return providers.with_env(self.env)
