# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from .base import SHOP_CATALOG


class MailMessage(models.Model):
    _inherit = "mail.message"

    @api.model
    def _models_never_noted(self):
        """Keep the catalog's internal notes from backend users, whatever their groups:
        they read it as the shop's visitors."""
        return (*super()._models_never_noted(), *sorted(SHOP_CATALOG))
