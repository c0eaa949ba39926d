# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from odoo.addons.group_backend.tests.common import new_users_of_types

PASSWORD = "Website-bridge-1"
TEMPLATE = "website_sale.dynamic_filter_template_product_product_mini_name"


@tagged("post_install", "-at_install")
class TestProductSnippets(HttpCase):
    """Product snippets show a logged-in backend user the products a visitor sees.

    website_sale's product snippets search in sudo and keep published products
    only for public and portal users (website_snippet_filter.py, _get_products).
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.website = cls.env["website"].get_current_website()
        products = cls.env["product.product"].create(
            [
                {"name": name, "sale_ok": True, "is_published": published, "list_price": 10}
                for name, published in (("GB published lamp", True), ("GB secret prototype", False))
            ]
        )
        order = cls.env["sale.order"].create(
            {
                "partner_id": cls.env["res.partner"].create({"name": "GB buyer"}).id,
                "website_id": cls.website.id,
                "company_id": cls.website.company_id.id,
                "order_line": [(0, 0, {"product_id": product.id}) for product in products],
            }
        )
        order.action_confirm()
        cls.users = new_users_of_types(cls.env, "gb_shop", PASSWORD)

    def test_backend_users_get_published_products_only(self):
        latest_sold = self.env.ref("website_sale.dynamic_filter_latest_sold_products")
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            with self.subTest(user=user.login):
                rendered = "".join(
                    self.make_jsonrpc_request(
                        "/website/snippet/filters",
                        {"filter_id": latest_sold.id, "template_key": TEMPLATE, "limit": 16},
                    )
                )
                self.assertIn("GB published lamp", rendered)
                self.assertNotIn("GB secret prototype", rendered)
