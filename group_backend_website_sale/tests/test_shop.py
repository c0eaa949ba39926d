# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.fields import Command
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.group_backend.tests.browser import ServerLog
from odoo.addons.group_backend.tests.common import BACKEND_UI, new_users_of_types

PASSWORD = "Shop-bridge-1"
PUBLISHED = "Gbshop lantern"
UNPUBLISHED = "Gbshop prototype"
ACCESSORY = "Gbshop secret bulb"
SNIPPET_TEMPLATE = "website_sale.dynamic_filter_template_product_product_mini_name"
# Where Odoo logs the refusals these tests provoke on purpose.
REFUSAL_LOGGERS = (
    "odoo.http",
    "odoo.addons.base.models.ir_rule",
    "odoo.addons.base.models.ir_model",
)


@tagged("post_install", "-at_install")
class TestShopForBackendUsers(HttpCase):
    """A logged-in backend user shops as a portal user: the published catalog, nothing more."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.published, cls.unpublished, cls.accessory = cls.env["product.template"].create(
            [
                {"name": name, "sale_ok": True, "is_published": published, "list_price": 42}
                for name, published in ((PUBLISHED, True), (UNPUBLISHED, False), (ACCESSORY, False))
            ]
        )
        cls.published.accessory_product_ids = cls.accessory.product_variant_id
        cls.users = new_users_of_types(cls.env, "gb_shop_pages", PASSWORD)

    def slug(self, template):
        """The path of a product's page."""
        return f"/shop/{self.env['ir.http']._slug(template)}"

    def assertShows(self, response, text, shown=True):
        """Assert that the page ``response`` shows ``text`` (or not), naming the page."""
        where = f"{response.request.method} {response.request.path_url} ({response.status_code})"
        self.assertEqual(text in response.text, shown, f"{text!r} {'not ' * shown}in {where}")

    def test_shop_pages_open_for_backend_users(self):
        """The shop, a search and a published product's page open, as for a portal user."""
        pages = {
            "/shop": None,
            "/shop?search=Gbshop": PUBLISHED,
            self.slug(self.published): PUBLISHED,
        }
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            with self.subTest(user=user.login):
                with ServerLog().watching() as log:
                    for path, text in pages.items():
                        response = self.url_open(path, allow_redirects=False)
                        self.assertEqual(response.status_code, 200, path)
                        self.assertShows(response, f'"uid": {user.id}')
                        if text:
                            self.assertShows(response, text)
                if user._is_backend_user():  # Odoo logs a portal user's refused publish button
                    self.assertEqual(log.problems, [], "the server logged problems")

    def test_unpublished_product_is_not_reachable(self):
        """Its page, the search, the snippets and the link suggestions show the published only."""
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            with self.subTest(user=user.login):
                with mute_logger(*REFUSAL_LOGGERS):
                    page = self.url_open(self.slug(self.unpublished), allow_redirects=False)
                self.assertIn(page.status_code, (403, 404))
                self.assertShows(page, UNPUBLISHED, shown=False)
                search = self.url_open("/shop?search=Gbshop")
                self.assertShows(search, PUBLISHED)
                self.assertShows(search, UNPUBLISHED, shown=False)
                self.assertEqual(self.autocomplete("Gbshop"), [self.slug(self.published)])
                self.assertEqual(self.newest_products("Gbshop"), [PUBLISHED])
                links = self.make_jsonrpc_request(
                    "/website/get_suggested_links", {"needle": "gbshop", "limit": 50}
                )
                urls = [link["value"] for link in links["matching_pages"]]
                self.assertIn(self.slug(self.published), urls)
                self.assertNotIn(self.slug(self.unpublished), urls)

    def test_shop_filters_unpublished_products_for_backend_users_granted_the_catalog(self):
        """The shop's publication filters hold a backend user given every product, as a visitor."""
        products = self.env["ir.model"]._get("product.template") | self.env["ir.model"]._get(
            "product.product"
        )
        catalog = self.env["res.groups"].create(
            {
                "name": "GB whole catalog",
                "implied_ids": [Command.link(self.env.ref(BACKEND_UI).id)],
                "model_access": [
                    Command.create({"name": "GB read", "model_id": model.id, "perm_read": True})
                    for model in products
                ],
                "rule_groups": [
                    Command.create({"name": "GB all", "model_id": model.id, "domain_force": "[]"})
                    for model in products
                ],
            }
        )
        user = self.users[-1]
        user.groups_id = [Command.link(catalog.id)]
        self.assertTrue(self.unpublished.with_user(user).has_access("read"))
        self.authenticate(user.login, PASSWORD)
        self.assertShows(self.url_open("/shop?search=Gbshop"), UNPUBLISHED, shown=False)
        self.make_jsonrpc_request(
            "/shop/cart/update_json",
            {"product_id": self.published.product_variant_id.id, "add_qty": 1},
        )
        cart = self.url_open("/shop/cart")
        self.assertShows(cart, PUBLISHED)
        self.assertShows(cart, ACCESSORY, shown=False)
        # the accessories the cart and the snippets suggest: the shop's domain holds them too
        accessories = self.published.with_user(user)._get_website_accessory_product()
        self.assertFalse(accessories)

    def autocomplete(self, term):
        """The pages of the products the shop's search box suggests for ``term``."""
        result = self.make_jsonrpc_request(
            "/website/snippet/autocomplete",
            {
                "search_type": "products",
                "term": term,
                "order": "name asc",
                "limit": 10,
                "options": {
                    "displayImage": True,
                    "displayDescription": True,
                    "displayExtraLink": True,
                    "displayDetail": True,
                    "allowFuzzy": False,
                },
            },
        )
        return [product["website_url"] for product in result["results"]]

    def newest_products(self, term):
        """The products named ``term`` that the "Newest Products" snippet shows."""
        newest = self.env.ref("website_sale.dynamic_filter_newest_products")
        rendered = "".join(
            self.make_jsonrpc_request(
                "/website/snippet/filters",
                {
                    "filter_id": newest.id,
                    "template_key": SNIPPET_TEMPLATE,
                    "limit": 16,
                    "search_domain": [("name", "ilike", term)],
                },
            )
        )
        names = (PUBLISHED, UNPUBLISHED, ACCESSORY)
        return [name for name in names if name in rendered]
