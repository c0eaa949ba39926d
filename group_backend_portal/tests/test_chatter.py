# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged

PASSWORD = "Portal-bridge-1"


@tagged("post_install", "-at_install")
class TestPortalChatter(HttpCase):
    """A document's link shows a backend user what its customer sees, not internal notes."""

    def test_token_shows_no_internal_notes(self):
        if "sale.order" not in self.env:
            self.skipTest("needs a document of the portal with a chatter: install sale")
        customer = self.env["res.partner"].create({"name": "Customer", "email": "c@example.com"})
        order = self.env["sale.order"].create({"partner_id": customer.id})
        # a comment that an employee marked internal on the chatter
        order.message_post(
            body="Internal note", message_type="comment", subtype_xmlid="mail.mt_comment"
        ).is_internal = True
        order.message_post(
            body="To the customer", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        user = new_test_user(
            self.env, "gb_portal_backend", groups="group_backend.group_backend_ui_users",
            password=PASSWORD, context={"no_reset_password": True},
        )  # fmt: skip
        self.authenticate(user.login, PASSWORD)
        result = self.make_jsonrpc_request(
            "/mail/chatter_fetch",
            {
                "thread_model": "sale.order",
                "thread_id": order.id,
                "token": order._portal_ensure_token(),
            },
        )
        bodies = " ".join(message["body"] for message in result["data"]["mail.message"])
        self.assertIn("To the customer", bodies)
        self.assertNotIn("Internal note", bodies)
