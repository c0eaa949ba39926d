# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class ResPartner(models.Model):
    _inherit = "res.partner"

    def _to_store(self, store, /, **kwargs):
        """Send backend users no e-mail address of the people Discuss shows them."""
        return super(ResPartner, self._employees_only())._to_store(store, **kwargs)
