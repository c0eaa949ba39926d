# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.exceptions import AccessError

from odoo.addons.base.models.ir_model import ACCESS_ERROR_HEADER


class IrModelAccess(models.Model):
    _inherit = "ir.model.access"

    def _make_access_error(self, model, mode):
        """Record a backend user's refusal, and tell it to ask for an application group."""
        error = super()._make_access_error(model, mode)
        if not self.env.user._is_backend_user():
            return error
        self.env["group_backend.access.refusal"]._note_refusal(model, mode)
        return self._backend_access_error(model, mode)

    def _backend_access_error(self, model, mode):
        """Advise a backend user to ask for an application group, not for another user type."""
        header = str(ACCESS_ERROR_HEADER[mode]) % {
            "document_kind": self.env["ir.model"]._get(model).name or model,
            "document_model": model,
        }
        user_types = self.env.ref("base.module_category_user_type").sudo()
        prefix = f"{user_types.name}/"
        groups = [
            name
            for name in self.group_names_with_access(model, mode)
            if not name.startswith(prefix)
        ]
        if groups:
            listed = "\n".join(f"\t- {name}" for name in groups)
            advice = self.env._(
                "These application groups allow it:\n%(groups)s\n\nAsk your administrator "
                "to give you one of them, or an application group that allows it.",
                groups=listed,
            )
        else:
            advice = self.env._(
                "No application group allows it yet: ask your administrator for an "
                "application group that does."
            )
        return AccessError(f"{header}\n\n{advice}")
