# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import itertools
import re

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.tools import SQL

from .res_partner_coworkers import flushed

# What a backend user reads of the other people an application group lets it see
# (its coworkers): their names and avatars, never how to reach them.
CARD_FIELDS = frozenset(
    {
        "id", "display_name", "name", "complete_name", "active", "im_status",
        "avatar_128", "avatar_256", "avatar_512", "avatar_1024", "avatar_1920",
        "write_date", "is_company", "commercial_partner_id", "parent_id", "company_id",
        "user_ids", "partner_id", "share", "partner_share", "is_backend_coworker",
    }
)  # fmt: skip
# Contact details a backend user may not search people by, nor group them by.
CONTACT_FIELDS = frozenset(
    {
        "email", "email_normalized", "email_formatted", "phone", "mobile",
        "phone_sanitized", "phone_mobile_search", "street", "street2", "zip", "city",
        "state_id", "country_id", "vat", "website", "comment", "bank_ids",
        "contact_address", "contact_address_inline",
    }
)  # fmt: skip


class PeopleCard(models.AbstractModel):
    """Names and avatars only: how a backend user reads other people (res.partner, res.users)."""

    _name = "group_backend.people.card"
    _description = "Backend users read others' names and avatars only"

    def _card_owner_ids(self):
        """Return the ids of the records of ``self``'s model that are the user's own."""
        raise NotImplementedError

    def _read_format(self, fnames, load="_classic_read"):
        """Blank for a backend user all but the names and avatars of other people."""
        result = super()._read_format(fnames, load)
        hidden = set(fnames) - CARD_FIELDS
        if not hidden or self.env.su or not self.env.user._is_backend_user():
            return result
        own = self._card_owner_ids()
        for values in result:
            if values["id"] not in own:
                values.update(dict.fromkeys(hidden & values.keys(), False))
        return result

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Refuse a backend user searching or sorting people by their contact details."""
        self._check_backend_people_search(
            itertools.chain(
                (leaf[0] for leaf in domain if isinstance(leaf, list | tuple)),
                (order or "").split(","),
            )
        )
        return super()._search(domain, offset, limit, order)

    @api.model
    def _read_group(self, domain, groupby=(), aggregates=(), having=(), offset=0, limit=None,
                    order=None):  # fmt: skip
        """Refuse a backend user grouping people by their contact details."""
        self._check_backend_people_search([*groupby, *aggregates])
        return super()._read_group(domain, groupby, aggregates, having, offset, limit, order)

    def _check_backend_people_search(self, paths):
        """Raise if a backend user's ``paths`` (of a domain, an order, a grouping) name a
        contact detail of people (checked for backend users only: searches are a hot path)."""
        if self.env.su or not self.env.user._is_backend_user():
            return
        names = {
            name
            for path in paths
            if isinstance(path, str)
            for name in re.split(r"[.:\s]+", path.strip())
        }
        searched = CONTACT_FIELDS.intersection(names)
        if searched:
            raise AccessError(
                self.env._(
                    "You may not search people by their contact details (%(fields)s).",
                    fields=", ".join(sorted(searched)),
                )
            )


class ResPartner(models.Model):
    _name = "res.partner"
    _inherit = ["res.partner", "group_backend.people.card"]  # noqa: RUF012

    is_backend_coworker = fields.Boolean(
        compute="_compute_is_backend_coworker",
        search="_search_is_backend_coworker",
        help="The current backend user works with this person: they share a channel, or "
        "what an application group lets them share (a project). Record rules of "
        "application groups use it to show backend users the names of their coworkers.",
    )

    @api.depends_context("uid")
    def _compute_is_backend_coworker(self):
        """Tell whether each person works with the current user (see _backend_contacts)."""
        coworkers = self._backend_coworker_ids_found()
        for partner in self:
            partner.is_backend_coworker = partner._origin.id in coworkers

    def _search_is_backend_coworker(self, operator, value):
        """Find the people the current user works with, as they are in this transaction (see
        res_partner_coworkers.py: PostgreSQL finds them, at most once a transaction)."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Search people who are coworkers or not."))
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", sorted(self._backend_coworker_ids_found()))]

    @api.model
    def _search_display_name(self, operator, value):
        """Find people by name only for a backend user, not by an address it may not see."""
        if self.env.su or not self.env.user._is_backend_user():
            return super()._search_display_name(operator, value)
        return [("complete_name", operator, value)]

    def _card_owner_ids(self):
        """The user's own contact, and its companies' contacts, which it reads whole."""
        user = self.env.user
        return {user.partner_id.id, *user.company_ids.partner_id.ids}


class ResUsers(models.Model):
    _name = "res.users"
    _inherit = ["res.users", "group_backend.people.card"]  # noqa: RUF012

    @api.model
    def _search_display_name(self, operator, value):
        """Find users by name only for a backend user, not by a login it may not see."""
        if self.env.su or not self.env.user._is_backend_user():
            return super()._search_display_name(operator, value)
        return [("name", operator, value)]

    def _card_owner_ids(self):
        """The user itself."""
        return {self.env.uid}

    @api.model
    def _backend_coworker_ids(self):
        """Return the ids of the users the current user works with."""
        partners = sorted(self.env["res.partner"]._backend_coworker_ids_found())
        query = SQL("SELECT id FROM res_users WHERE partner_id = ANY(%s) ORDER BY id", partners)
        rows = self.env.execute_query(flushed(query, self, "partner_id"))
        return [id_ for [id_] in rows]
