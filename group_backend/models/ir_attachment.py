# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import AccessError


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    @api.model
    def check(self, mode, values=None):
        """Refuse backend users the attachments of documents deleted or of no model.

        Odoo lets internal users read those, as there is no document to check.
        """
        super().check(mode, values)
        if not self or self.env.su or not self.env.user._is_backend_user():
            return True
        self.flush_model(["res_model", "res_id", "create_uid", "public"])
        self.env.cr.execute(
            "SELECT res_model, res_id FROM ir_attachment WHERE id IN %s AND res_id != 0 "
            "AND create_uid IS DISTINCT FROM %s AND NOT (COALESCE(public, FALSE) AND %s)",
            [tuple(self.ids), self.env.uid, mode == "read"],
        )
        for res_model, res_id in self.env.cr.fetchall():
            if res_model not in self.env or not self.env[res_model].browse(res_id).exists():
                raise AccessError(self.env._("Sorry, you are not allowed to access this document."))
        return True

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Hide from backend users the attachments of models not installed, as check() does."""
        query = super()._search(domain, offset, limit, order)
        if self.env.su or not self.env.user._is_backend_user():
            return query
        ids = query.get_result_ids()
        if not ids:
            return query
        self.env.cr.execute(
            "SELECT id, res_model FROM ir_attachment WHERE id IN %s AND res_id != 0 "
            "AND create_uid IS DISTINCT FROM %s AND NOT COALESCE(public, FALSE)",
            [ids, self.env.uid],
        )
        hidden = {id_ for id_, res_model in self.env.cr.fetchall() if res_model not in self.env}
        if not hidden:
            return query
        return self.browse(id_ for id_ in ids if id_ not in hidden)._as_query(order)
