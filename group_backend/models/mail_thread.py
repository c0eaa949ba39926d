# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _unsubscribe_backend_users_without_access(self):
        """Unfollow backend users from the records they may not read, as Odoo does portal users.

        Odoo subscribes the partners of non-share users where it trusts them as
        employees (e-mail in Cc, a project made private): their messages would
        reach backend users who may not read the record.
        """
        for record in self:
            followers = record.message_partner_ids.filtered(
                lambda partner, rec=record: (
                    partner.user_ids
                    and all(
                        user._is_backend_user() and not rec.with_user(user).has_access("read")
                        for user in partner.user_ids
                    )
                )
            )
            if followers:
                record.message_unsubscribe(partner_ids=followers.ids)
