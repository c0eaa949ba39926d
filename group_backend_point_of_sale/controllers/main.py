# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.http import request

from odoo.addons.group_backend.models.res_users import EMPLOYEES_ONLY
from odoo.addons.point_of_sale.controllers.main import PosController


class BackendPosController(PosController):
    @http.route()
    def pos_web(self, *args, **kwargs):
        """The point of sale is for employees: Odoo opens its sessions as superuser."""
        request.update_context(**{EMPLOYEES_ONLY: True})
        return super().pos_web(*args, **kwargs)
