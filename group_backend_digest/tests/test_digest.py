# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestDigest(TransactionCase):
    def test_new_backend_users_get_no_digest(self):
        digest = self.env["digest.digest"].create({"name": "Figures"})
        parameters = self.env["ir.config_parameter"].sudo()
        parameters.set_param("digest.default_digest_emails", "True")
        parameters.set_param("digest.default_digest_id", digest.id)
        internal = new_test_user(self.env, "gb_digest_internal", groups="base.group_user")
        self.assertIn(internal, digest.user_ids)
        for group in ("group_backend.group_backend", "group_backend.group_backend_ui_users"):
            with self.subTest(group=group):
                user = new_test_user(self.env, f"gb_digest_{group[-5:]}", groups=group)
                self.assertNotIn(user, digest.user_ids)
