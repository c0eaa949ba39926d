# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import models


class ResPartner(models.Model):
    _inherit = "res.partner"

    def signup_get_auth_param(self):
        """Give backend users no one's login or sign-up token: what they share goes without.

        Odoo refuses the call to other non-internal users; backend users with an
        app may share its documents (portal links, share wizard), so they get an
        answer with no parameter for any partner instead of an error.
        """
        if self.env.su or self.env.is_admin() or not self.env.user._is_backend_user():
            return super().signup_get_auth_param()
        return defaultdict(dict)
