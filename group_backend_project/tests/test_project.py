# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestProject(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        cls.backend_ui = new_test_user(
            cls.env, "gb_project_backend_ui", groups="group_backend.group_backend_ui_users",
            email="backend.ui@example.com",
        )  # fmt: skip
        cls.internal = new_test_user(
            cls.env, "gb_project_internal", groups="project.group_project_user"
        )
        cls.project = cls.env["project.project"].create(
            {"name": "Shared", "privacy_visibility": "portal"}
        )

    def test_no_project_sharing_for_backend_users(self):
        """Even granted projects, a backend user gets no project sharing, as in Odoo's route."""
        readers = self.env["res.groups"].create(
            {"name": "Project readers",
             "implied_ids": [(4, self.env.ref("group_backend.group_backend_ui_users").id)]}
        )  # fmt: skip
        self.env["ir.model.access"].create(
            {"name": "project readers", "group_id": readers.id, "perm_read": True,
             "model_id": self.env.ref("project.model_project_project").id}
        )  # fmt: skip
        self.backend_ui.groups_id = [(4, readers.id)]
        project = self.project.sudo()
        self.assertFalse(project.with_user(self.backend_ui)._check_project_sharing_access())
        self.assertTrue(project.with_user(self.internal)._check_project_sharing_access())

    def test_private_project_unfollows_backend_users(self):
        task = self.env["project.task"].create({"name": "Task", "project_id": self.project.id})
        for record in (self.project, task):
            record.message_subscribe(partner_ids=(self.backend_ui | self.internal).partner_id.ids)
        self.project.privacy_visibility = "followers"
        for record in (self.project, task):
            self.assertNotIn(self.backend_ui.partner_id, record.message_partner_ids)
            self.assertIn(self.internal.partner_id, record.message_partner_ids)

    def test_cc_does_not_make_backend_users_follow(self):
        task = self.env["project.task"].create(
            {"name": "From an e-mail", "project_id": self.project.id,
             "email_cc": self.backend_ui.email}
        )  # fmt: skip
        self.assertNotIn(self.backend_ui.partner_id, task.message_partner_ids)
