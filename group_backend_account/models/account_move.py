# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from odoo.addons.group_backend.models.res_users import employees_only


class AccountMove(models.Model):
    _inherit = "account.move"

    @api.model
    def message_new(self, msg_dict, custom_values=None):
        """Make followers of a bill received by e-mail only the employees in its Cc."""
        return super(AccountMove, employees_only(self)).message_new(msg_dict, custom_values)
