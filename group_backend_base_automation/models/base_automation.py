# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from odoo.addons.group_backend.models.res_users import employees_only


class BaseAutomation(models.Model):
    _inherit = "base.automation"

    @api.model
    def _add_postmortem(self, e):
        """Name the failing automation rule to employees only, as Odoo reads it as superuser."""
        return super(BaseAutomation, employees_only(self))._add_postmortem(e)
