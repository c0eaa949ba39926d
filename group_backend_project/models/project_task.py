# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class ProjectTask(models.Model):
    _inherit = "project.task"

    @api.model_create_multi
    def create(self, vals_list):
        """Unfollow the backend users Odoo subscribes from the Cc, if they may not read."""
        tasks = super().create(vals_list)
        tasks.filtered("email_cc")._unsubscribe_backend_users_without_access()
        return tasks
