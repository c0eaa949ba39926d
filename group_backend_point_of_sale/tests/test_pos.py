# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

PASSWORD = "Pos-bridge-1"


@tagged("post_install", "-at_install")
class TestPointOfSale(HttpCase):
    def test_backend_users_open_no_pos_session(self):
        config = self.env["pos.config"].search([], limit=1) or self.env["pos.config"].create(
            {"name": "Shop"}
        )
        sessions = self.env["pos.session"].search_count([])
        for group in ("group_backend.group_backend", "group_backend.group_backend_ui_users"):
            with self.subTest(group=group):
                user = new_test_user(
                    self.env, f"gb_pos_{group[-5:]}", groups=group, password=PASSWORD,
                    context={"no_reset_password": True},
                )  # fmt: skip
                self.authenticate(user.login, PASSWORD)
                # Odoo's route returns its not-found response, and warns that it does
                with mute_logger("odoo.http"):
                    response = self.url_open(
                        f"/pos/web?config_id={config.id}", allow_redirects=False
                    )
                self.assertEqual(response.status_code, 404)
        self.assertEqual(self.env["pos.session"].search_count([]), sessions)
