# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from .res_users import employees_only


class ResPartner(models.Model):
    _inherit = "res.partner"

    def _to_store(self, store, /, **kwargs):
        """Send backend users no e-mail address of the people Discuss shows them."""
        return super(ResPartner, employees_only(self))._to_store(store, **kwargs)
