# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.http import request

from odoo.addons.group_backend.models.res_users import EMPLOYEES_ONLY
from odoo.addons.portal.controllers.mail import PortalChatter


class BackendPortalChatter(PortalChatter):
    @http.route()
    def portal_message_fetch(self, *args, **kwargs):
        """With a document's token, show backend users what its customer sees: no internal notes."""
        request.update_context(**{EMPLOYEES_ONLY: True})
        return super().portal_message_fetch(*args, **kwargs)
