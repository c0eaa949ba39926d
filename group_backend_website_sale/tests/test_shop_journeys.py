# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from odoo.addons.group_backend.tests.browser import JourneyCase


@tagged("post_install", "-at_install")
class TestShopJourneys(JourneyCase):
    """The demo backend users log in, search the shop, buy a lamp and reach the payment step."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lamp, cls.prototype = cls.env["product.template"].create(
            [
                {"name": name, "sale_ok": True, "is_published": published, "list_price": 42}
                for name, published in (
                    ("Backend shop lamp", True),
                    ("Backend shop prototype", False),
                )
            ]
        )

    def bought_by(self, xmlid):
        """The products in the shop's cart of the demo user ``xmlid``, its address."""
        partner = self.env.ref(xmlid).partner_id
        cart = self.env["sale.order"].search(
            [("partner_id", "=", partner.id), ("website_id", "!=", False), ("state", "=", "draft")]
        )
        products = cart.order_line.filtered(lambda line: not line.is_delivery).product_template_id
        return products, cart.partner_invoice_id.street

    def test_backend_ui_user_shops(self):
        self.journey("group_backend_journey_shop_ui_user")
        bought = self.bought_by("group_backend.demo_user_backend_ui")
        self.assertEqual(bought, (self.lamp, "Rue de la Loi 16"))

    def test_backend_user_shops(self):
        self.journey("group_backend_journey_shop_backend_user")
        bought = self.bought_by("group_backend.demo_user_backend")
        self.assertEqual(bought, (self.lamp, "Rue de la Loi 16"))
