# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import AccessError


class AccountAnalyticLine(models.Model):
    _inherit = "account.analytic.line"

    @api.model
    def _get_favorite_project_id(self, employee_id=False):
        """Propose a backend user no project it may not read (the company's internal one).

        Odoo reads the internal project as the user when it has no timesheet
        yet: as superuser here, then only a project the user may read is kept.
        """
        if self.env.su or not self.env.user._is_backend_user():
            return super()._get_favorite_project_id(employee_id)
        project_id = super(AccountAnalyticLine, self.sudo())._get_favorite_project_id(employee_id)
        if project_id and self.env["project.project"].browse(project_id).has_access("read"):
            return project_id
        return False

    def _check_can_create(self):
        """Check a backend user's new lines as they are (see _check_backend_lines)."""
        result = super()._check_can_create()
        self._check_backend_lines()
        return result

    def write(self, vals):
        """Check a backend user's lines as they are after the change: Odoo checks the
        rules before it, and then recomputes the project from a new task."""
        result = super().write(vals)
        self._check_backend_lines()
        return result

    def _check_backend_lines(self):
        """Refuse a backend user a line on a task of another project, on a project or task
        it may not read, or of another employee: its rules hold for the line as saved."""
        if self.env.su or not self.env.user._is_backend_user():
            return
        timesheets = self.filtered("project_id")
        for line in timesheets.sudo():
            task = line.task_id
            if (
                (task and task.project_id != line.project_id)
                or line.employee_id.user_id != self.env.user
                or not line.project_id.with_env(self.env).has_access("read")
                or (task and not task.with_env(self.env).has_access("read"))
            ):
                raise AccessError(
                    self.env._(
                        "You may log your own time only, on the tasks of the projects you "
                        "follow, each task in its own project."
                    )
                )
        timesheets.check_access("write")
