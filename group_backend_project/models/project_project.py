# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class ProjectProject(models.Model):
    _inherit = "project.project"

    def _check_project_sharing_access(self):
        """Project sharing is for employees, and for portal users who collaborate."""
        return super(ProjectProject, self._employees_only())._check_project_sharing_access()

    def _change_privacy_visibility(self, new_visibility):
        """Unfollow backend users who may no longer read, as Odoo unfollows portal users."""
        res = super()._change_privacy_visibility(new_visibility)
        self._unsubscribe_backend_users_without_access()
        self.tasks._unsubscribe_backend_users_without_access()
        return res
