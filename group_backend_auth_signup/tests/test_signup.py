# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestSignupParams(TransactionCase):
    """Backend users get no sign-up token and no login of anyone: account takeover."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        # free sign-up: with website, each website says so
        cls.env["ir.config_parameter"].sudo().set_param("auth_signup.invitation_scope", "b2c")
        if "website" in cls.env:
            cls.env["website"].search([]).auth_signup_uninvited = "b2c"
        cls.customer = cls.env["res.partner"].create(
            {"name": "A customer", "email": "c@example.com"}
        )
        cls.portal = new_test_user(cls.env, "gb_signup_portal", groups="base.group_portal")
        cls.internal = new_test_user(cls.env, "gb_signup_internal", groups="base.group_user")
        cls.backend = new_test_user(
            cls.env, "gb_signup_backend", groups="group_backend.group_backend"
        )
        cls.backend_ui = new_test_user(
            cls.env, "gb_signup_backend_ui", groups="group_backend.group_backend_ui_users"
        )
        cls.targets = cls.customer | cls.portal.partner_id | cls.env.ref("base.partner_admin")

    def test_backend_users_get_no_token_or_login(self):
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                params = self.targets.with_user(user).signup_get_auth_param()
                for partner in self.targets:
                    self.assertEqual(params[partner.id], {})
        self.assertFalse(self.customer.signup_type)

    def test_employees_still_get_them(self):
        """An internal user (or Odoo's own sharing, as superuser) is unchanged."""
        params = self.targets.with_user(self.internal).signup_get_auth_param()
        self.assertEqual(params[self.portal.partner_id.id]["auth_login"], self.portal.login)
        self.assertTrue(params[self.customer.id]["auth_signup_token"])
        params = self.targets.with_user(self.backend_ui).sudo().signup_get_auth_param()
        self.assertIn("auth_login", params[self.portal.partner_id.id])
