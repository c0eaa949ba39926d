# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from odoo.addons.group_backend.models.res_users import unfollow_backend_users_without_access


class ProjectTask(models.Model):
    _inherit = "project.task"

    @api.model_create_multi
    def create(self, vals_list):
        """Unfollow the backend users Odoo subscribes from the Cc, if they may not read."""
        tasks = super().create(vals_list)
        unfollow_backend_users_without_access(tasks.filtered("email_cc"))
        return tasks
