# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from .res_users import employees_only


class MailMessage(models.Model):
    _inherit = "mail.message"

    def _hides_internal_notes(self):
        """Return whether the current user is a backend user kept from internal notes."""
        return not self.env.su and self.env.user._is_backend_user_without_notes()

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Find no internal note for backend users, as Odoo finds none for portal users."""
        if self._hides_internal_notes():
            domain = self._get_search_domain_share() + list(domain)
        return super()._search(domain, offset, limit, order)

    def _get_forbidden_access(self, operation):
        """Refuse backend users internal notes by id, as Odoo refuses portal users."""
        messages = employees_only(self) if self._hides_internal_notes() else self
        forbidden = super(MailMessage, messages)._get_forbidden_access(operation)
        return forbidden.with_env(self.env)
