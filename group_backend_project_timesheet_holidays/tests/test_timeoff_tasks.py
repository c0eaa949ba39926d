# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged

from odoo.addons.group_backend_project.tests.common import ProjectScene


@tagged("post_install", "-at_install")
class TestTimeoffTasks(ProjectScene, TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_project_scene()

    def test_collaborator_reads_whether_a_task_is_for_time_off(self):
        """The task form's question, which read time off types as the user."""
        task = self.probe.with_user(self.colin)
        self.assertFalse(task.is_timeoff_task)
        self.assertEqual(task.leave_types_count, 0)
        self.assertFalse(self.env["hr.leave.type"].with_user(self.colin).has_access("read"))

    def test_collaborator_searches_tasks_not_for_time_off(self):
        """The task picker of a timesheet line leaves time off tasks out."""
        tasks = self.env["project.task"].with_user(self.colin)
        self.assertEqual(tasks.search([("is_timeoff_task", "=", False)]), self.probe)
