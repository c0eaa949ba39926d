# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class MailNotification(models.Model):
    _inherit = "mail.notification"

    def _filtered_for_web_client(self):
        """Show a backend user the delivery of messages to itself only.

        mail sends employees every notification of the messages they read (who
        was notified, by e-mail or inbox); a backend user may read its own
        only, and a message that notified someone else broke its Discuss.
        """
        notifications = self
        if not self.env.su and self.env.user._is_backend_user():
            notifications = self._filtered_access("read")
        return super(MailNotification, notifications)._filtered_for_web_client()
