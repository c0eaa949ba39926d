# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

PASSWORD = "Hr-bridge-1"


@tagged("post_install", "-at_install")
class TestBackendUsersWithHr(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user = new_test_user(
            cls.env, "gb_hr_backend_ui", groups="group_backend.group_backend_ui_users",
            password=PASSWORD, context={"no_reset_password": True},
        )  # fmt: skip

    def test_web_client_loads_its_menus(self):
        self.authenticate(self.user.login, PASSWORD)
        self.assertEqual(self.url_open("/odoo", allow_redirects=False).status_code, 200)
        menus = self.env["ir.ui.menu"].with_user(self.user).load_menus(debug=False)
        self.assertIn(self.env.ref("mail.menu_root_discuss").id, menus["root"]["children"])

    def test_no_employee_data_granted(self):
        departments = self.env["hr.department"].with_user(self.user)
        self.assertFalse(departments.has_access("read"))
        with mute_logger("odoo.addons.base.models.ir_model"):
            self.assertFalse(self.env["hr.employee"].with_user(self.user).has_access("read"))
