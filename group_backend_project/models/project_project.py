# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from odoo.addons.group_backend.models.res_users import (
    employees_only,
    unfollow_backend_users_without_access,
)


class ProjectProject(models.Model):
    _inherit = "project.project"

    def _check_project_sharing_access(self):
        """Project sharing is for employees, and for portal users who collaborate."""
        return super(ProjectProject, employees_only(self))._check_project_sharing_access()

    def _change_privacy_visibility(self, new_visibility):
        """Unfollow backend users who may no longer read, as Odoo unfollows portal users."""
        res = super()._change_privacy_visibility(new_visibility)
        unfollow_backend_users_without_access(self)
        unfollow_backend_users_without_access(self.tasks)
        return res
