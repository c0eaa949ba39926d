# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

# The shop's display settings apply to every visitor: backend users are visitors too.
SHOP_VISITORS = (
    "base.group_portal,base.group_user,base.group_public,"
    "group_backend.group_backend,group_backend.group_backend_ui_users"
)


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    group_delivery_invoice_address = fields.Boolean(group=SHOP_VISITORS)
    group_show_uom_price = fields.Boolean(group=SHOP_VISITORS)
    group_product_price_comparison = fields.Boolean(group=SHOP_VISITORS)
