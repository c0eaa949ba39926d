# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import AccessError

from odoo.addons.mail.tools.discuss import Store


class DiscussChannel(models.Model):
    _inherit = "discuss.channel"

    @api.model
    @api.returns("self", lambda channels: Store(channels).get_result())
    def channel_get(self, partners_to, pin=True, force_open=False):
        """Let a backend user open a chat with someone it shares a channel with."""
        if not self.env["res.partner"]._is_backend_request():
            return super().channel_get(partners_to, pin=pin, force_open=force_open)
        self._check_backend_contacts(partners_to)
        channel = super(DiscussChannel, self.sudo()).channel_get(
            partners_to, pin=pin, force_open=force_open
        )
        return channel.sudo(False)

    @api.model
    @api.returns("self", lambda channels: Store(channels).get_result())
    def create_group(self, partners_to, default_display_mode=False, name=""):
        """Let a backend user start a conversation (a meeting) with the people it shares a
        channel with."""
        if not self.env["res.partner"]._is_backend_request():
            return super().create_group(partners_to, default_display_mode, name)
        self._check_backend_contacts(partners_to)
        channel = super(DiscussChannel, self.sudo()).create_group(
            partners_to, default_display_mode, name
        )
        return channel.sudo(False)

    def add_members(
        self,
        partner_ids=None,
        guest_ids=None,
        invite_to_rtc_call=False,
        open_chat_window=False,
        post_joined_message=True,
    ):
        """Let a backend user invite to its channels the people it shares a channel with."""
        others = self.env["res.partner"].browse(partner_ids or []) - self.env.user.partner_id
        channels = self
        if self.env["res.partner"]._is_backend_request() and (others or guest_ids):
            self._check_backend_invitation(others, guest_ids)
            channels = self.sudo()
        members = super(DiscussChannel, channels).add_members(
            partner_ids=partner_ids,
            guest_ids=guest_ids,
            invite_to_rtc_call=invite_to_rtc_call,
            open_chat_window=open_chat_window,
            post_joined_message=post_joined_message,
        )
        return members.with_env(self.env)

    @api.model
    def _check_backend_contacts(self, partner_ids):
        """Refuse a backend user anyone but itself and the people it shares a channel with."""
        partners = self.env["res.partner"].browse(partner_ids) - self.env.user.partner_id
        if partners - self.env["res.partner"]._backend_contacts(among=partners.ids):
            raise AccessError(self.env._("You may only talk with people you share a channel with."))

    def _check_backend_invitation(self, partners, guest_ids):
        """Refuse an invitation that Odoo's rules would refuse a backend user."""
        self._check_backend_contacts(partners.ids)
        if guest_ids:
            raise AccessError(self.env._("You may not invite guests."))
        for channel in self:
            # the user reads its own channels only (record rules)
            if not channel.is_member or channel.channel_type not in ("channel", "group"):
                raise AccessError(self.env._("You may only invite people to your own channels."))
            group = channel.sudo().group_public_id
            if group and partners.sudo().user_ids.filtered(lambda u, g=group: g not in u.groups_id):
                raise AccessError(
                    self.env._(
                        "Only members of %(group)s may join %(channel)s.",
                        group=group.name,
                        channel=channel.name,
                    )
                )
