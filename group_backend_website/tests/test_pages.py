# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged

PASSWORD = "Website-bridge-1"


@tagged("post_install", "-at_install")
class TestWebsitePages(HttpCase):
    """Logged-in backend users see the website's pages, the error pages too."""

    def test_pages_while_logged_in(self):
        for group in ("group_backend.group_backend", "group_backend.group_backend_ui_users"):
            user = new_test_user(
                self.env, f"gb_website_{group[-5:]}", groups=group, password=PASSWORD,
                context={"no_reset_password": True},
            )  # fmt: skip
            self.authenticate(user.login, PASSWORD)
            for path, status in (("/", 200), ("/contactus", 200), ("/web/login", 200),
                                 ("/no-such-page", 404)):  # fmt: skip
                with self.subTest(user=user.login, path=path):
                    response = self.url_open(path)
                    self.assertEqual(response.status_code, status)
                    self.assertNotIn("not allowed to access", response.text)

    def test_no_website_data_to_change(self):
        user = new_test_user(self.env, "gb_website_reader", groups="group_backend.group_backend")
        website = self.env["website"].with_user(user)
        self.assertTrue(website.has_access("read"))
        self.assertFalse(website.has_access("write"))
