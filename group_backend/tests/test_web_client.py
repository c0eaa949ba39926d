# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import os
import shutil
import unittest

from odoo.tests import HttpCase, tagged

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@tagged("post_install", "-at_install")
class TestWebClient(HttpCase):
    """The web client works for a Backend UI user, in a real browser (demo data)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not any(shutil.which(name) for name in BROWSERS):
            if os.environ.get("SKIP_BROWSER") == "1":
                raise unittest.SkipTest("no Chromium, and SKIP_BROWSER=1")
            raise AssertionError(
                "The browser tours need Chromium: install Debian's chromium "
                "(make test does it when it may), or set SKIP_BROWSER=1 to skip them."
            )
        cls.demo_user = cls.env.ref("group_backend.demo_user_backend_ui", raise_if_not_found=False)
        if not cls.demo_user:
            raise AssertionError(
                "The browser tours run on the addon's demo data: install it with demo."
            )

    def posted_in(self, channel):
        return self.env["mail.message"].search(
            [
                ("model", "=", "discuss.channel"),
                ("res_id", "=", channel.id),
                ("body", "ilike", "Hello from the group_backend tour"),
            ]
        )

    def test_backend_ui_user_tour(self):
        user = self.demo_user
        channel = self.env.ref("group_backend.demo_channel_backend_team")
        self.assertNotEqual(user.tz, "America/New_York")
        self.start_tour("/odoo", "group_backend_ui_user_tour", login=user.login)
        self.assertEqual(user.tz, "America/New_York")
        self.assertEqual(self.posted_in(channel).author_id, user.partner_id)

    def test_internal_user_tour(self):
        """The same steps for an internal user show the full menu: nothing hidden too much."""
        user = self.env.ref("group_backend.demo_user_internal")
        channel = self.env.ref("mail.channel_all_employees")
        self.start_tour("/odoo", "group_backend_internal_user_tour", login=user.login)
        self.assertEqual(user.tz, "America/New_York")
        self.assertEqual(self.posted_in(channel).author_id, user.partner_id)
