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
        if self.env.su or not self.env.user._is_backend_user():
            return True
        if values:
            self._check_backend_values(values)
        if not self:
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

    @api.model_create_multi
    def create(self, vals_list):
        """Check a backend user's new attachments whole: Odoo's check sees the document only."""
        if not self.env.su and self.env.user._is_backend_user():
            for values in vals_list:
                self.browse()._check_backend_values(values)
        return super().create(vals_list)

    def _check_backend_values(self, values):
        """Refuse a backend user an attachment it would publish, or place where it may not write.

        Odoo checks the document only when ``res_model`` and ``res_id`` come
        together: written one at a time, a file would land on any record. Here
        each attachment's document is the one it will have once written.
        """
        if values.get("public") or values.get("type") == "url":
            raise AccessError(
                self.env._("Only employees may publish a file or make a link attachment.")
            )
        if not {"res_model", "res_id", "res_field"}.intersection(values):
            return
        targets = [(att.res_model, att.res_id, att.res_field) for att in self.sudo()]
        for res_model, res_id, res_field in targets or [(None, 0, None)]:
            res_model = values.get("res_model", res_model)
            res_id = values.get("res_id", res_id)
            res_field = values.get("res_field", res_field)
            if not res_model:
                continue
            refused = AccessError(self.env._("Sorry, you are not allowed to access this document."))
            if res_model not in self.env:
                raise refused
            field = self.env[res_model]._fields.get(res_field) if res_field else None
            if res_field and not (field and field.is_accessible(self.env)):
                raise refused
            if not res_id or (res_model == "res.users" and res_id == self.env.uid):
                continue
            document = self.env[res_model].browse(res_id)
            if not document.exists():
                raise refused
            document.check_access("write")

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
