# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestBillFollowers(TransactionCase):
    def test_backend_user_in_cc_does_not_follow_the_bill(self):
        backend_ui = new_test_user(
            self.env, "gb_bill_ui", groups="group_backend.group_backend_ui_users",
            email="backend.ui@example.com",
        )  # fmt: skip
        internal = new_test_user(
            self.env, "gb_bill_internal", groups="base.group_user", email="internal@example.com"
        )
        journal = self.env["account.journal"].search(
            [("type", "=", "purchase"), ("company_id", "=", self.env.company.id)], limit=1
        ) or self.env["account.journal"].create(
            {"name": "Bills", "code": "GBBIL", "type": "purchase"}
        )
        bill = self.env["account.move"].message_new(
            {
                "subject": "A bill",
                "from": "Vendor <vendor@example.com>",
                "email_from": "Vendor <vendor@example.com>",
                "to": "bills@example.com",
                "cc": f"{backend_ui.email}, {internal.email}",
                "body": "Please pay",
                "attachments": [],
            },
            {"move_type": "in_invoice", "journal_id": journal.id},
        )
        self.assertIn(internal.partner_id, bill.message_partner_ids)
        self.assertNotIn(backend_ui.partner_id, bill.message_partner_ids)
