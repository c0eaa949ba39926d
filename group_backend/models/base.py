# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from .res_users import EMPLOYEES_ONLY


class Base(models.AbstractModel):
    _inherit = "base"

    def _employees_only(self):
        """Return ``self`` where Internal User checks answer for employees only.

        Overrides of Odoo methods that trust internal users beyond their rights
        call ``super()`` on this: backend users then get what others get there.
        """
        return self.with_context(**{EMPLOYEES_ONLY: True})
