# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class SaleOrderLine(models.Model):
    _inherit = "sale.order.line"

    def _action_launch_stock_rule(self, previous_product_uom_qty=False):
        """Plan a backend user's deliveries as the shop plans a customer's: as superuser.

        Confirming an order makes its procurement group and transfers, Inventory's
        records that Odoo gives Internal User: a backend user may confirm the orders
        its group lets it change, and gets no right on the warehouse for it.
        """
        lines = self
        if not self.env.su and self.env.user._is_backend_user():
            lines = self.sudo()
        return super(SaleOrderLine, lines)._action_launch_stock_rule(
            previous_product_uom_qty=previous_product_uom_qty
        )
