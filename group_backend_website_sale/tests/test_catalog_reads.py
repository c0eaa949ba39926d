# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo.fields import Command
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from odoo.addons.group_backend.tests.common import new_users_of_types

from ..models.base import SHOP_CATALOG

PASSWORD = "Catalog-bridge-1"
# What Odoo logs when it refuses a call: expected here, asserted on the answers.
REFUSAL_LOGGERS = (
    "odoo.http",
    "odoo.models",
    "odoo.addons.base.models.ir_model",
    "odoo.addons.base.models.ir_rule",
)
PICTURE = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="
)
NOTE = "GBREAD-EMPLOYEES-ONLY"


@tagged("post_install", "-at_install")
class TestCatalogReads(HttpCase):
    """Over RPC, backend users read what the shop shows a visitor of the catalog, nothing more."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        color = cls.env["product.attribute"].create(
            {
                "name": "GB colour",
                "value_ids": [
                    Command.create({"name": "GB red"}),
                    Command.create({"name": "GB blue"}),
                ],
            }
        )
        cls.published, cls.unpublished = cls.env["product.template"].create(
            [
                {
                    "name": name,
                    "sale_ok": True,
                    "is_published": published,
                    "list_price": 42,
                    "standard_price": 17,
                    "image_1920": base64.b64encode(PICTURE),
                    "attribute_line_ids": [
                        (
                            0,
                            0,
                            {"attribute_id": color.id, "value_ids": [(6, 0, color.value_ids.ids)]},
                        )
                    ],
                }
                for name, published in (("Gbread lamp", True), ("Gbread prototype", False))
            ]
        )
        cls.env["product.image"].create(
            [
                {"name": f"Picture of {template.name}", "product_tmpl_id": template.id,
                 "image_1920": base64.b64encode(PICTURE)}
                for template in cls.published | cls.unpublished
            ]
        )  # fmt: skip
        pricelist = cls.env["product.pricelist"].create({"name": "GB pricelist"})
        cls.env["product.pricelist.item"].create(
            [
                {"pricelist_id": pricelist.id, "applied_on": "1_product",
                 "product_tmpl_id": template.id, "fixed_price": 30}
                for template in cls.published | cls.unpublished
            ]
        )  # fmt: skip
        cls.document = cls.env["ir.attachment"].create(
            {"name": "GB supplier terms.txt", "raw": b"our margin", "res_model": "product.template",
             "res_id": cls.published.id}
        )  # fmt: skip
        cls.published.message_post(body=NOTE, message_type="comment", subtype_xmlid="mail.mt_note")
        cls.users = new_users_of_types(cls.env, "gb_catalog", PASSWORD)

    def call_kw(self, model, method, args, kwargs=None):
        """Call ``model.method`` over JSON-RPC as the logged-in user."""
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )

    def assertRefused(self, model, method, args, kwargs=None):
        """Assert that the call is refused with an access error."""
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(JsonRpcException) as caught:
            self.call_kw(model, method, args, kwargs)
        self.assertIn("AccessError", str(caught.exception), f"{model}.{method}")

    def found(self, model, domain):
        """The ids of ``model`` the logged-in user finds with ``domain``."""
        return {row["id"] for row in self.call_kw(model, "search_read", [domain, ["id"]])}

    def test_every_model_granted_is_read_as_a_visitor(self):
        """The models this module grants are those whose employee fields it closes."""
        rights = self.env["ir.model.access"].search(
            [("id", "in", self.env["ir.model.data"].search(
                [("module", "=", "group_backend_website_sale"), ("model", "=", "ir.model.access")]
            ).mapped("res_id"))]
        )  # fmt: skip
        granted = set(rights.model_id.mapped("model")) - {"res.country", "res.country.state"}
        self.assertEqual(granted, SHOP_CATALOG)

    def test_products_and_what_belongs_to_them_are_the_published_ones(self):
        published, unpublished = self.published, self.unpublished
        expected = {
            "product.template": ([("id", "in", (published | unpublished).ids)], published.ids),
            "product.product": (
                [("product_tmpl_id", "in", (published | unpublished).ids)],
                published.product_variant_ids.ids,
            ),
            "product.template.attribute.line": (
                [("product_tmpl_id", "in", (published | unpublished).ids)],
                published.attribute_line_ids.ids,
            ),
            "product.template.attribute.value": (
                [("product_tmpl_id", "in", (published | unpublished).ids)],
                published.attribute_line_ids.product_template_value_ids.ids,
            ),
            "product.image": (
                [("product_tmpl_id", "in", (published | unpublished).ids)],
                published.product_template_image_ids.ids,
            ),
            "product.pricelist.item": (
                [("product_tmpl_id", "in", (published | unpublished).ids)],
                self.env["product.pricelist.item"]
                .search([("product_tmpl_id", "=", published.id)])
                .ids,
            ),
        }
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            # Odoo's portal users read what belongs to any product: variants, pictures...
            checked = expected if user._is_backend_user() else ["product.template"]
            for model in checked:
                with self.subTest(user=user.login, model=model):
                    domain, ids = expected[model]
                    self.assertEqual(self.found(model, domain), set(ids))

    def test_cost_is_refused(self):
        """The cost, and the stock's value where stock_account computes it, beside the price."""
        variant = self.published.product_variant_ids[0]
        valuation = [name for name in ("avg_cost", "total_value") if name in variant._fields]
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            for product in (self.published, variant):
                with self.subTest(user=user.login, model=product._name):
                    read = self.call_kw(product._name, "read", [product.ids, ["list_price"]])
                    self.assertEqual(read[0]["list_price"], 42)
                    self.assertRefused(product._name, "read", [product.ids, ["standard_price"]])
                    self.assertRefused(product._name, "search", [[("standard_price", "=", 17)]])
                    self.assertNotIn(
                        "standard_price", self.call_kw(product._name, "fields_get", [])
                    )
            for name in valuation:  # computed as superuser, from stock read as the user
                with self.subTest(user=user.login, field=name):
                    self.assertRefused(variant._name, "read", [variant.ids, [name]])

    def test_the_product_chatter_asks_for_no_activities(self):
        """The activities are for employees: the form does not ask, and the chatter leaves
        them out; an employee's still has them."""
        for user in self.users[1:]:  # the backend types
            self.authenticate(user.login, PASSWORD)
            views = self.call_kw("product.template", "get_views", [[[False, "form"]]])
            self.assertNotIn("has_activities", views["models"]["product.template"], user.login)
            data = self.make_jsonrpc_request("/mail/thread/data", {
                "thread_model": "product.template", "thread_id": self.published.id,
                "request_list": ["activities"],
            })  # fmt: skip
            [thread] = data["mail.thread"]
            self.assertNotIn("activities", thread, user.login)
            self.assertTrue(thread["hasReadAccess"], user.login)
        views = self.env["product.template"].get_views([[False, "form"]])
        self.assertTrue(views["models"]["product.template"]["has_activities"])

    def test_documents_are_refused_and_pictures_given(self):
        documents = [("res_model", "=", "product.template"), ("res_id", "=", self.published.id)]
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            picture = self.url_open(f"/web/image/product.template/{self.published.id}/image_128")
            self.assertEqual(picture.status_code, 200)
            self.assertEqual(picture.headers["Content-Type"], "image/png")
            self.assertRefused("ir.attachment", "read", [self.document.ids, ["name"]])
            if user.has_group("group_backend.group_backend_ui_users"):  # may read attachments
                self.assertEqual(self.found("ir.attachment", documents), set())
            else:
                self.assertRefused("ir.attachment", "search", [documents])

    def test_internal_notes_are_refused(self):
        notes = [("model", "=", "product.template"), ("res_id", "=", self.published.id)]
        for user in self.users:
            self.authenticate(user.login, PASSWORD)
            messages = self.call_kw("mail.message", "search_read", [notes, ["body"]])
            self.assertNotIn(NOTE, str(messages), user.login)

    def test_internal_notes_stay_refused_with_the_notes_switch(self):
        """Backend users who read their team's notes (a profile) read none of the catalog's."""
        notes = [("model", "=", "product.template"), ("res_id", "=", self.published.id)]
        switch = self.env.ref("group_backend.group_backend_internal_notes")
        for user in self.users[1:]:  # the backend types
            user.groups_id = [Command.link(switch.id)]
            self.authenticate(user.login, PASSWORD)
            messages = self.call_kw("mail.message", "search_read", [notes, ["body"]])
            self.assertNotIn(NOTE, str(messages), user.login)

    def test_orders_are_refused(self):
        for user in self.users[1:]:  # portal users read the orders they follow
            self.authenticate(user.login, PASSWORD)
            self.assertRefused("sale.order", "search", [[]])
            self.assertRefused("sale.order.line", "search", [[]])
