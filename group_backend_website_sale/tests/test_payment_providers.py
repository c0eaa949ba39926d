# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.group_backend.tests.common import new_users_of_types


@tagged("post_install", "-at_install")
class TestPaymentProviders(HttpCase):
    """The payment step offers backend users the published providers, as a visitor."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        company = cls.env["website"].get_current_website().company_id
        cls.published, cls.unpublished = cls.env["payment.provider"].create(
            [
                {"name": name, "state": "test", "is_published": published, "company_id": company.id}
                for name, published in (("GB published", True), ("GB being tested", False))
            ]
        )
        cls.internal = new_test_user(cls.env, "gb_pay_internal", groups="base.group_user")
        cls.users = new_users_of_types(cls.env, "gb_pay", "Payment-bridge-1")

    def offered_to(self, user):
        """The providers of this test that the payment forms offer ``user``."""
        company = self.env["website"].get_current_website().company_id
        providers = (
            self.env["payment.provider"]
            .with_user(user)
            .sudo()
            ._get_compatible_providers(company.id, user.partner_id.id, 10.0)
        )
        return providers & (self.published | self.unpublished)

    def test_unpublished_providers_are_for_employees(self):
        self.assertEqual(self.offered_to(self.internal), self.published | self.unpublished)
        for user in self.users:
            with self.subTest(user=user.login):
                self.assertEqual(self.offered_to(user), self.published)
