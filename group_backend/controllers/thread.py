# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.http import request

from odoo.addons.mail.controllers.thread import ThreadController


class BackendThreadController(ThreadController):
    def _prepare_post_data(self, post_data, thread, **kwargs):
        """Let backend users notify the partners they may read, and the followers."""
        post_data = super()._prepare_post_data(post_data, thread, **kwargs)
        if request.env.user._is_backend_user() and post_data.get("partner_ids"):
            partners = request.env["res.partner"].browse(post_data["partner_ids"])
            allowed = partners._filtered_access("read")
            allowed |= self._filter_message_post_partners(thread, partners - allowed)
            post_data["partner_ids"] = (partners & allowed).ids
        return post_data
