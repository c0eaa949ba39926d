# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import AccessError
from odoo.osv import expression

from .base import SHOP_CATALOG


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _hides_shop_documents(self):
        """Return whether the current user is a backend user, who reads the catalog as a visitor."""
        return not self.env.su and self.env.user._is_backend_user()

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Find backend users no file of the catalog but public ones, as visitors find none."""
        if self._hides_shop_documents():
            domain = expression.AND(
                [domain, ["|", ("res_model", "not in", list(SHOP_CATALOG)), ("public", "=", True)]]
            )
        return super()._search(domain, offset, limit, order)

    @api.model
    def check(self, mode, values=None):
        """Refuse backend users the catalog's documents by id: its pictures only are public."""
        result = super().check(mode, values)
        if self and self._hides_shop_documents():
            self.flush_model(["res_model", "res_field", "public"])
            self.env.cr.execute(
                "SELECT 1 FROM ir_attachment WHERE id IN %s AND res_model IN %s "
                "AND res_field IS NULL AND NOT COALESCE(public, FALSE) LIMIT 1",
                [tuple(self.ids), tuple(SHOP_CATALOG)],
            )
            if self.env.cr.fetchone():
                raise AccessError(self.env._("Sorry, you are not allowed to access this document."))
        return result
