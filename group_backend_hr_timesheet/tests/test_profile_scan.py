# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every stored model, as a Timesheets collaborator: its own time, its own employee."""

from odoo.tests import tagged

from odoo.addons.group_backend_project.tests import test_profile_scan as project_scan

from .test_timesheet_collaborator import COLLABORATOR


@tagged("post_install", "-at_install")
class TestTimesheetCollaboratorScan(project_scan.TestProjectCollaboratorScan):
    """Beside the project's records: its own timesheet lines and employee, nobody else's."""

    profile = COLLABORATOR

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        employees = cls.env["hr.employee"]
        colin = employees.create({"name": "Colin Collaborator", "user_id": cls.colin.id})
        ian = employees.create({"name": "Ian Employee", "user_id": cls.ian.id})
        (cls.apollo | cls.borealis).allow_timesheets = True
        cls.env["account.analytic.line"].create(
            [
                {"name": name, "task_id": task.id, "project_id": task.project_id.id,
                 "employee_id": employee.id, "unit_amount": 1}
                for name, task, employee in (
                    ("Colin on the probe", cls.probe, colin),
                    ("Ian on the probe", cls.probe, ian),
                    ("Ian on the secret", cls.secret, ian),
                )
            ]
        )  # fmt: skip

    def plumbing(self):
        plumbing = project_scan.project_plumbing()
        plumbing.update(
            {
                "account.analytic.line": ("its own timesheet lines",
                                          lambda u: [("user_id", "=", u.id)]),
                "hr.employee.public": ("its own employee", lambda u: [("user_id", "=", u.id)]),
                # hr searches employees through hr.employee.public for users without HR rights
                "hr.employee": ("its own employee", lambda u: [("user_id", "=", u.id)]),
            }
        )  # fmt: skip
        return plumbing
