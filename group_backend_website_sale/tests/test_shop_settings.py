# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.fields import Command
from odoo.tests import TransactionCase, tagged

from odoo.addons.group_backend.tests.common import BACKEND, BACKEND_UI

from ..hooks import SHOP_DISPLAY_GROUPS, post_init_hook

COMPARISON = "website_sale.group_product_price_comparison"


@tagged("post_install", "-at_install")
class TestShopSettings(TransactionCase):
    """The shop's display settings show backend users what they show portal users."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.portal = cls.env.ref("base.group_portal")
        cls.backend_types = cls.env.ref(BACKEND) | cls.env.ref(BACKEND_UI)

    def shown(self, group):
        """For each backend type, whether it holds the display group ``group``."""
        return [self.env.ref(group) in user_type.implied_ids for user_type in self.backend_types]

    def test_backend_types_hold_the_display_groups_of_portal_users(self):
        for xmlid in SHOP_DISPLAY_GROUPS:
            with self.subTest(group=xmlid):
                held = self.env.ref(xmlid) in self.portal.implied_ids
                self.assertEqual(self.shown(xmlid), [held, held])

    def test_installing_gives_them_what_portal_users_hold(self):
        comparison = self.env.ref(COMPARISON)
        self.portal.implied_ids = [Command.link(comparison.id)]
        self.backend_types.write({"implied_ids": [Command.unlink(comparison.id)]})
        post_init_hook(self.env)
        self.assertEqual(self.shown(COMPARISON), [True, True])

    def test_settings_apply_to_backend_types(self):
        for enabled in (True, False):
            with self.subTest(enabled=enabled):
                self.env["res.config.settings"].create(
                    {"group_product_price_comparison": enabled}
                ).execute()
                self.assertEqual(self.shown(COMPARISON), [enabled, enabled])
