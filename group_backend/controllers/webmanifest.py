# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.http import request

from odoo.addons.web.controllers.webmanifest import WebManifest


class BackendWebManifest(WebManifest):
    def _get_shortcuts(self):
        """Offer no app shortcut to a backend user who may not read the modules.

        web asks which apps are installed, as the user, and catches the refusal
        that Odoo logs as "Access Denied" at each page load of a backend user.
        """
        modules = request.env["ir.module.module"]
        if request.env.user._is_backend_user() and not modules.has_access("read"):
            return []
        return super()._get_shortcuts()
