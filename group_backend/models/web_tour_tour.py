# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from .res_users import EMPLOYEES_ONLY


class WebTourTour(models.Model):
    _inherit = "web_tour.tour"

    @api.model
    def get_current_tour(self):
        """Run no onboarding tour for backend users: Odoo's tours are for employees."""
        return super(WebTourTour, self.with_context(**{EMPLOYEES_ONLY: True})).get_current_tour()

    @api.model
    def consume(self, tourName):
        """Record tours as consumed by employees only, as get_current_tour offers them."""
        return super(WebTourTour, self.with_context(**{EMPLOYEES_ONLY: True})).consume(tourName)
