# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


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
