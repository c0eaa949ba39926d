# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestPostmortem(TransactionCase):
    def test_failing_rule_not_named_to_backend_users(self):
        automation = self.env["base.automation"].create(
            {"name": "Secret rule", "model_id": self.env.ref("base.model_res_partner").id,
             "trigger": "on_create"}
        )  # fmt: skip
        backend_ui = new_test_user(
            self.env, "gb_automation_ui", groups="group_backend.group_backend_ui_users"
        )
        internal = new_test_user(self.env, "gb_automation_internal", groups="base.group_user")
        for user, named in ((backend_ui, False), (internal, True)):
            with self.subTest(user=user.login):
                error = UserError("failed")
                automation.with_user(user)._add_postmortem(error)
                context = getattr(error, "context", {}) or {}
                self.assertEqual("base_automation" in context, named)
