# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class ProjectTask(models.Model):
    _inherit = "project.task"

    def _compute_leave_types_count(self):
        """Count a task's time off types as superuser for a backend user, who reads none.

        The task form asks whether the task is a time off task: a count of
        configuration, which Odoo reads with the user's rights.
        """
        if self.env.su or not self.env.user._is_backend_user():
            return super()._compute_leave_types_count()
        return super(ProjectTask, self.sudo())._compute_leave_types_count()

    def _search_is_timeoff_task(self, operator, value):
        """Find time off tasks as superuser for a backend user (task pickers ask it)."""
        if self.env.su or not self.env.user._is_backend_user():
            return super()._search_is_timeoff_task(operator, value)
        return super(ProjectTask, self.sudo())._search_is_timeoff_task(operator, value)
