# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .common import BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestAccessErrorMessage(UserTypesCase):
    """A backend user's access error advises an application group, not Internal User."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        category = cls.env["ir.module.category"].create({"name": "Banking"})
        cls.clerk = cls.env["res.groups"].create(
            {
                "name": "Bank clerk",
                "category_id": category.id,
                "implied_ids": [Command.link(cls.env.ref(BACKEND_UI).id)],
            }
        )
        cls.env["ir.model.access"].create(
            {
                "name": "Bank clerks read bank accounts",
                "model_id": cls.env.ref("base.model_res_partner_bank").id,
                "group_id": cls.clerk.id,
                "perm_read": True,
            }
        )

    def access_error(self, user, model):
        with self.assertRaises(AccessError) as error:
            self.as_user(user).env[model].search([])
        return str(error.exception)

    def test_backend_user_told_which_application_group(self):
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                message = self.access_error(user, "res.partner.bank")
                self.assertIn("You are not allowed to access", message)
                self.assertIn("Banking/Bank clerk", message)
                self.assertIn("Ask your administrator", message)
                self.assertNotIn("Internal User", message)
                self.assertNotIn("User types", message)

    def test_backend_user_told_to_ask_for_one(self):
        """Only user types may read meeting reminders: no application group to name."""
        message = self.access_error(self.backend, "calendar.alarm")
        self.assertIn("No application group allows it yet", message)
        self.assertNotIn("Internal User", message)

    def test_other_users_keep_odoo_message(self):
        message = self.access_error(self.portal, "res.partner.bank")
        self.assertIn("User types/Internal User", message)
        self.assertIn("Contact your administrator", message)
