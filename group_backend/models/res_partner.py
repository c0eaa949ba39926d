# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.osv import expression

from odoo.addons.mail.tools.discuss import Store

# What Discuss sends a backend user of other people (the card: res_partner_people.py).
STORE_CARD_FIELDS = frozenset(
    {"active", "avatar_128", "display_name", "im_status", "is_company", "name", "user",
     "write_date"}
)  # fmt: skip


class ResPartner(models.Model):
    _inherit = "res.partner"

    @api.model
    def _backend_contacts(self, among=None):
        """Return the people who work with the current user (as superuser).

        A backend user may read no partner but its own: Discuss shows the
        members of its channels through Odoo's own sudo. These are the people a
        backend user may look for, chat with and invite: their names and
        avatars, nothing more. ``among``: the partner ids to look at, if not all
        (see res_partner_coworkers.py).
        """
        ids = self._backend_coworker_ids_found()
        if among is not None:
            ids = ids.intersection(among)
        return self.sudo().browse(sorted(ids))

    def _is_backend_request(self):
        """Return whether the current user is a backend user, not in sudo."""
        return not self.env.su and self.env.user._is_backend_user()

    @api.readonly
    @api.model
    def im_search(self, name, limit=20, excluded_ids=None):
        """Let a backend user find, to chat with, the people it shares a channel with."""
        if not self._is_backend_request():
            return super().im_search(name, limit=limit, excluded_ids=excluded_ids)
        contacts = self._backend_contacts() - self.browse(excluded_ids or [])
        users = (
            self.env["res.users"]
            .sudo()
            .search(
                [
                    ("partner_id", "in", contacts.ids),
                    ("name", "ilike", name),
                    ("active", "=", True),
                    ("share", "=", False),
                ],
                order="name, id",
                limit=limit,
            )
        )
        return Store(users.partner_id).get_result()

    @api.readonly
    @api.model
    def search_for_channel_invite(self, search_term, channel_id=None, limit=30):
        """Let a backend user invite to its channel the people it shares another with."""
        if not self._is_backend_request():
            return super().search_for_channel_invite(
                search_term, channel_id=channel_id, limit=limit
            )
        channel = self.env["discuss.channel"]
        if channel_id:  # as the user: a channel it is a member of
            channel = channel.search([("id", "=", int(channel_id))])
        contacts = self._backend_contacts() - channel.channel_member_ids.partner_id
        domain = [
            ("id", "in", contacts.ids),
            ("name", "ilike", search_term),
            ("active", "=", True),
            ("user_ids.active", "=", True),
            ("user_ids.share", "=", False),
        ]
        if channel.group_public_id:
            domain.append(("user_ids.groups_id", "in", channel.group_public_id.id))
        partners = self.sudo().search(domain, order="name, id")
        store = Store()
        partners[:limit]._search_for_channel_invite_to_store(store, channel)
        return {"count": len(partners), "data": store.get_result()}

    @api.readonly
    @api.model
    def get_mention_suggestions_from_channel(self, channel_id, search, limit=8):
        """Let a backend user mention the members of its channel, and no one else.

        mail also suggests employees who are not members, which a backend user
        may not know of.
        """
        if not self._is_backend_request():
            return super().get_mention_suggestions_from_channel(channel_id, search, limit=limit)
        # as the user: a channel it is a member of
        channel = self.env["discuss.channel"].search([("id", "=", channel_id)])
        if not channel:
            return []
        domain = expression.AND(
            [self._get_mention_suggestions_domain(search), [("channel_ids", "in", channel.id)]]
        )
        partners = self.sudo()._search_mention_suggestions(domain, limit)
        members = self.env["discuss.channel.member"].search(
            [("channel_id", "=", channel.id), ("partner_id", "in", partners.ids)]
        )
        return Store(members, fields={"channel": [], "persona": []}).get_result()

    @api.model
    def _get_mention_suggestions_domain(self, search):
        """Let a backend user find people by name, not by an e-mail address it may not see."""
        if self.env.user._is_backend_user():
            return [("name", "ilike", search), ("active", "=", True)]
        return super()._get_mention_suggestions_domain(search)

    def _to_store(self, store, /, *, fields=None, **kwargs):
        """Give a backend user the card of other people only: no e-mail, no country."""
        user = self.env.user
        if not (user and user._is_backend_user() and self - user.partner_id):
            return super()._to_store(store, fields=fields, **kwargs)
        # each part keeps the prefetching of all: the partners' users are read at once
        own = (self & user.partner_id).with_prefetch(self._prefetch_ids)
        if own:
            super(ResPartner, own)._to_store(store, fields=fields, **kwargs)
        if fields is None:  # mail's default list, which adds the e-mail
            fields = ["active", "avatar_128", "email", "im_status", "is_company", "name", "user"]
        fields = [name for name in fields if name in STORE_CARD_FIELDS]
        others = (self - user.partner_id).with_prefetch(self._prefetch_ids)
        return super(ResPartner, others)._to_store(store, fields=fields, **kwargs)
