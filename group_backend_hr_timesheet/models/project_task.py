# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class ProjectTask(models.Model):
    _inherit = "project.task"

    @api.model
    def _backend_writable_fields(self):
        """Let a backend user log its time on a task too (the Timesheets tab)."""
        return super()._backend_writable_fields() | {"timesheet_ids"}
