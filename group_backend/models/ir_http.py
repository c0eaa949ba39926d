# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    def session_info(self):
        """Tell the web client that a backend user is offered no onboarding, and its notes."""
        result = super().session_info()
        if self.env.user._is_backend_user():
            result.update(
                is_backend_user=True,
                tour_enabled=False,
                backend_reads_internal_notes=self.env.user._reads_internal_notes(),
            )
        return result

    def get_frontend_session_info(self):
        """Tell the website's scripts (live chat) too that the user is a backend user."""
        result = super().get_frontend_session_info()
        user = self.env.user
        if user and user._is_backend_user():
            result["is_backend_user"] = True
        return result
