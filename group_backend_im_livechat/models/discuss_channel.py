# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from odoo.addons.group_backend.models.res_users import EMPLOYEES_ONLY


class DiscussChannel(models.Model):
    _inherit = "discuss.channel"

    def _to_store(self, store):
        """Describe a backend user's live chats as they are described to its visitors.

        For employees, im_livechat adds the live chat channel (the website's
        support team) read with their rights: a backend user who chatted on the
        website may not read it, and its Discuss failed to load.
        """
        user = self.env.user
        livechats = self.filtered(lambda channel: channel.channel_type == "livechat")
        if not (livechats and user and user._is_backend_user()):
            return super()._to_store(store)
        if self - livechats:
            super(DiscussChannel, self - livechats)._to_store(store)
        visitor_view = livechats.with_context(**{EMPLOYEES_ONLY: True})
        return super(DiscussChannel, visitor_view)._to_store(store)
