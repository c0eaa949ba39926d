# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.exceptions import AccessError


class Website(models.Model):
    _inherit = "website"

    def _check_user_can_modify(self, record):
        """Refuse a backend user who may not change the page without logging a refusal.

        The layout asks it for the publish button of every page shown to a
        logged-in user, by raising and catching an access error, which Odoo logs
        as "Access Denied" at each page a backend user visits.
        """
        user = record.env.user
        if not record.env.su and user._is_backend_user() and not record.has_access("write"):
            raise AccessError(self.env._("You may not change this page."))
        return super()._check_user_can_modify(record)
