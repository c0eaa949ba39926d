# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The Timesheets collaborator profile: time on the tasks of followed projects, own lines."""

import logging
from datetime import datetime

import pytz

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.group_backend.tests.browser import JourneyCase, near_midnight_timezone
from odoo.addons.group_backend_project.tests.common import ProjectScene

_logger = logging.getLogger(__name__)

COLLABORATOR = "group_backend_hr_timesheet.group_timesheet_collaborator"
REFUSALS = ("odoo.addons.base.models.ir_rule", "odoo.addons.base.models.ir_model", "odoo.models")


@tagged("post_install", "-at_install")
class TestTimesheetCollaborator(ProjectScene, JourneyCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_project_scene(COLLABORATOR)
        employees = cls.env["hr.employee"]
        cls.colin_employee = employees.create(
            {"name": "Colin Collaborator", "user_id": cls.colin.id}
        )
        cls.ian_employee = employees.create({"name": "Ian Employee", "user_id": cls.ian.id})
        (cls.apollo | cls.borealis).allow_timesheets = True
        lines = cls.env["account.analytic.line"]
        cls.ian_line = lines.create(
            {"name": "Ian's time", "task_id": cls.probe.id, "project_id": cls.apollo.id,
             "employee_id": cls.ian_employee.id, "unit_amount": 2}
        )  # fmt: skip
        internal = cls.env.company.internal_project_id
        cls.internal_project = internal

    def colin_lines(self):
        return self.env["account.analytic.line"].search([("user_id", "=", self.colin.id)])

    def test_collaborator_logs_time(self):
        """From the login form: the task's Timesheets tab, then the Timesheets app."""
        self.journey("group_backend_timesheet_collaborator")
        lines = self.colin_lines()
        self.assertEqual(sorted(lines.mapped("name")), ["Drew the probe", "Reviewed the probe"])
        self.assertEqual(lines.task_id, self.probe)
        self.assertEqual(lines.employee_id, self.colin_employee)
        self.assertEqual(self.probe.stage_id, self.done)

    def test_collaborator_reads_its_own_time_only(self):
        env = self.env(user=self.colin)
        mine = env["account.analytic.line"].create(
            {"name": "Mine", "task_id": self.probe.id, "project_id": self.apollo.id,
             "employee_id": self.colin_employee.id, "unit_amount": 1}
        )  # fmt: skip
        self.assertEqual(env["account.analytic.line"].search([]), mine)
        self.assertEqual(env["hr.employee.public"].search([]).ids, self.colin_employee.ids)
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            env["account.analytic.line"].browse(self.ian_line.id).read(["name"])
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            env["account.analytic.account"].search([])
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            env["account.analytic.line"].create(
                {"name": "Elsewhere", "task_id": self.secret.id,
                 "project_id": self.borealis.id, "employee_id": self.colin_employee.id}
            )  # fmt: skip

    def test_internal_project_is_not_proposed(self):
        """The first timesheet of a collaborator proposes no project it may not read."""
        self.assertTrue(self.internal_project, "hr_timesheet makes an internal project")
        lines = self.env["account.analytic.line"].with_user(self.colin)
        defaults = lines.with_context(is_timesheet=True).default_get(
            ["project_id", "employee_id", "user_id"]
        )
        self.assertFalse(defaults.get("project_id"))
        self.assertEqual(defaults.get("employee_id"), self.colin_employee.id)

    def test_summary_of_a_profile_user_lists_exactly_its_rights(self):
        """'What this user can see' of a timesheet collaborator: its profile's rights, rules."""
        summary = self.env["group_backend.access.summary"]._summary(self.colin.groups_id)
        perms = {entry["model"].model: entry["perms"] for entry in summary}
        access = self.env["ir.model.access"].with_user(self.colin)
        for mode in ("read", "write", "create", "unlink"):
            with self.subTest(mode=mode):
                listed = {model for model, ops in perms.items() if mode in ops}
                self.assertEqual(listed, set(access._get_allowed_models(mode)))
        self.assertIn("account.analytic.line", perms)
        self.assertNotIn("account.analytic.account", perms)
        rules = {entry["model"].model: entry["rules"] for entry in summary}
        applying = self.env["ir.rule"].with_user(self.colin)._get_rules("project.task", "read")
        self.assertEqual(rules["project.task"].filtered("perm_read"), applying.sudo())


@tagged("post_install", "-at_install")
class TestTimesheetCollaboratorNearMidnight(TestTimesheetCollaborator):
    """The same where it is just before midnight for the collaborator and its browser: the
    line's date, today, is yesterday for the server (UTC)."""

    @classmethod
    def setUpClass(cls):
        cls.browser_timezone = timezone = near_midnight_timezone()
        local = datetime.now(pytz.timezone(timezone))
        _logger.info("group_backend journeys near midnight: in %s, at %s", timezone, local)
        super().setUpClass()
        cls.colin.tz = timezone
