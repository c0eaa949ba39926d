# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The Timesheets collaborator under attack, beside a portal user: its time agrees with its
projects and tasks, as saved, and it books none on what it may not read."""

import logging

from odoo.tests import tagged

from odoo.addons.group_backend.tests.attacks import Attack
from odoo.addons.group_backend_project.tests.test_attacks import ProfileAttacks

from .test_timesheet_collaborator import COLLABORATOR

_logger = logging.getLogger(__name__)


@tagged("post_install", "-at_install")
class TestTimesheetCollaboratorAttacks(ProfileAttacks):
    profile = COLLABORATOR

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        employees = cls.env["hr.employee"]
        cls.colin_employee = employees.create({"name": "Colin", "user_id": cls.colin.id})
        cls.ian_employee = employees.create({"name": "Ian", "user_id": cls.ian.id})
        (cls.apollo | cls.borealis).allow_timesheets = True
        cls.line = cls.env["account.analytic.line"].create(
            {"name": "Colin's time", "task_id": cls.probe.id, "project_id": cls.apollo.id,
             "employee_id": cls.colin_employee.id, "unit_amount": 1}
        )  # fmt: skip

    def timesheet_attacks(self):
        """Time booked where the user may not look, or as someone else."""
        line, apollo, borealis, secret = self.line, self.apollo, self.borealis, self.secret
        new = {"name": "Sideways", "unit_amount": 3, "employee_id": self.colin_employee.id}
        return [
            Attack("time on a hidden task, the line on a followed project", "web",
                   "account.analytic.line", "create",
                   [{**new, "project_id": apollo.id, "task_id": secret.id}], {}, "error"),
            Attack("time on a hidden task alone", "web", "account.analytic.line", "create",
                   [{**new, "task_id": secret.id}], {}, "error"),
            Attack("time on a hidden project", "web", "account.analytic.line", "create",
                   [{**new, "project_id": borealis.id}], {}, "error"),
            Attack("a followed task on another project", "web", "account.analytic.line",
                   "create", [{**new, "project_id": borealis.id, "task_id": self.probe.id}],
                   {}, "error"),
            Attack("time as a coworker", "web", "account.analytic.line", "create",
                   [{**new, "project_id": apollo.id, "employee_id": self.ian_employee.id}], {},
                   "error"),
            Attack("own line moved onto a hidden task", "web", "account.analytic.line", "write",
                   [line.ids, {"task_id": secret.id}], {}, "error"),
            Attack("own line moved onto a hidden project", "web", "account.analytic.line",
                   "write", [line.ids, {"project_id": borealis.id}], {}, "error"),
            Attack("own line given to a coworker", "web", "account.analytic.line", "write",
                   [line.ids, {"employee_id": self.ian_employee.id}], {}, "error"),
            Attack("time on a hidden project from a followed task's tab", "web", "project.task",
                   "write", [self.probe.ids, {"timesheet_ids": [(0, 0, {
                       **new, "project_id": borealis.id})]}], {}, "error"),
        ]  # fmt: skip

    def test_attacks_fail_and_change_nothing(self):
        hours = self.secret.effective_hours
        count = self.attack_all(
            self.timesheet_attacks() + self.people_attacks() + self.following_attacks()
        )
        self.secret.invalidate_recordset()
        self.assertEqual(self.secret.effective_hours, hours, "the hidden task's hours")
        _logger.info(
            "group_backend attack table: %s attempts as a Timesheets collaborator and as a "
            "portal user, all refused, nothing changed",
            count,
        )

    def test_time_on_its_own_tasks_still_works(self):
        lines = self.env["account.analytic.line"].with_user(self.colin)
        line = lines.create(
            {"name": "Fine", "task_id": self.probe.id, "project_id": self.apollo.id,
             "unit_amount": 2}
        )  # fmt: skip
        self.assertEqual((line.employee_id, line.project_id), (self.colin_employee, self.apollo))
        line.write({"unit_amount": 3, "name": "Finer"})
        self.assertEqual(line.unit_amount, 3)
