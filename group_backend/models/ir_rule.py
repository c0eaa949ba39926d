# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from .res_users import employees_only


class IrRule(models.Model):
    _inherit = "ir.rule"

    def _make_access_error(self, operation, records):
        """Name no refused record and no rule to a backend user, as to a portal user."""
        return super(IrRule, employees_only(self))._make_access_error(operation, records)
