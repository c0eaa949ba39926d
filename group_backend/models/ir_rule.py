# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from .res_users import employees_only


class IrRule(models.Model):
    _inherit = "ir.rule"

    def _make_access_error(self, operation, records):
        """Name no refused record and no rule to a backend user; record its refusal."""
        error = super(IrRule, employees_only(self))._make_access_error(operation, records)
        if self.env.user._is_backend_user():
            self.env["group_backend.access.refusal"]._note_refusal(
                records._name, operation, records
            )
        return error
