# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class AccountMove(models.Model):
    _inherit = "account.move"

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        """Make followers of a bill received by e-mail only the employees in its Cc."""
        return super(AccountMove, self._employees_only()).message_new(msg_dict, custom_values)
