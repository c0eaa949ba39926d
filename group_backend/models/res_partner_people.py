# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What a backend user knows of other people: their card, and nothing else.

The one list of what it may read, search, sort and group others by is CARD_FIELDS;
the one list of the people records it knows whole is ``_card_owner_ids()``.
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.osv import expression
from odoo.tools import SQL

from .res_partner_coworkers import flushed

# The models of people: a backend user knows the others of them by their card only.
PEOPLE_MODELS = ("res.partner", "res.users")
# The card: what a backend user reads, searches, sorts and groups other people by
# (their names and avatars, and the relations that place them), never how to reach them.
CARD_FIELDS = frozenset(
    {
        "id", "display_name", "name", "complete_name", "active", "im_status",
        "avatar_128", "avatar_256", "avatar_512", "avatar_1024", "avatar_1920",
        "write_date", "is_company", "commercial_partner_id", "parent_id", "company_id",
        "user_ids", "partner_id", "share", "partner_share", "is_backend_coworker",
        "is_backend_record_person",
    }
)  # fmt: skip
# The context keys a person's display name may follow for a backend user: the others
# (show_email, show_address, show_vat, partner_show_db_id...) add details to it.
DISPLAY_CONTEXT_KEPT = frozenset({"lang", "uid"})


def card_domain(model, domain):
    """Return ``domain`` of ``model`` where each condition on people beyond their card
    holds only for the people the current backend user reads whole (its own records).

    Other people then never match such a condition (nor its negation: negations are
    distributed first), whatever their values: a search tells nothing of them beyond
    their card. ``domain`` itself is returned when unchanged.
    """
    if "!" in domain:
        domain = expression.distribute_not(expression.normalize_domain(domain))
    result, changed = [], False
    for item in domain:
        condition = None
        if isinstance(item, list | tuple) and len(item) == 3 and isinstance(item[0], str):
            condition = _card_condition(model, *item)
        if condition is None:
            result.append(item)
        else:
            result.extend(condition)
            changed = True
    return result if changed else domain


def _card_condition(model, path, operator, value):
    """Return the domain items that replace a condition on people beyond their card, or None."""
    names = path.split(".")
    current, field = model, None
    for index, name in enumerate(names):
        field = current._fields.get(name)
        if field is None:
            return None  # Odoo says what is wrong with it
        if current._name in PEOPLE_MODELS and name not in CARD_FIELDS:
            own = ["&", ("id", "in", list(current._card_owner_ids())),
                   (".".join(names[index:]), operator, value)]  # fmt: skip
            return [(".".join(names[:index]), "any", own)] if index else own
        if index < len(names) - 1:
            if not field.relational:
                return None  # a date's part, a property: the field itself decides
            current = model.env[field.comodel_name]
    if operator in ("any", "not any") and field.relational and isinstance(value, list | tuple):
        subdomain = card_domain(model.env[field.comodel_name], value)
        if subdomain is not value:
            return [(path, operator, subdomain)]
    return None


class PeopleCard(models.AbstractModel):
    """Names and avatars only: how a backend user reads other people (res.partner, res.users).

    Searches are limited in ``base._search`` (``card_domain``), for every model's
    paths to people; reads, sorts, groupings and exports here.
    """

    _name = "group_backend.people.card"
    _description = "Backend users read others' names and avatars only"

    def _card_owner_ids(self):
        """Return the ids of the records of ``self``'s model that are the user's own."""
        raise NotImplementedError

    def _knows_only_cards(self):
        """Return whether the current user knows other people by their card only."""
        return bool(self.env.uid) and not self.env.su and self.env.user._is_backend_user()

    def _read_format(self, fnames, load="_classic_read"):
        """Blank for a backend user all but the card of other people."""
        result = super()._read_format(fnames, load)
        hidden = set(fnames) - CARD_FIELDS
        if not hidden or not self._knows_only_cards():
            return result
        own = self._card_owner_ids()
        blank = {
            name: [] if self._fields[name].type in ("one2many", "many2many") else False
            for name in hidden
        }  # an empty list for x2many: what web_read iterates on
        for values in result:
            if values["id"] not in own:
                values.update({name: blank[name] for name in hidden & values.keys()})
        return result

    @api.model
    def _read_group(self, domain, groupby=(), aggregates=(), having=(), offset=0, limit=None,
                    order=None):  # fmt: skip
        """Refuse a backend user grouping or counting people by what is not on their card."""
        if self._knows_only_cards():
            self._check_card_paths([*groupby, *aggregates])
        return super()._read_group(domain, groupby, aggregates, having, offset, limit, order)

    def _order_field_to_sql(self, alias, field_name, direction, nulls, query):
        """Sort people for a backend user by their card only: other terms are left out."""
        if field_name.split(".")[0] not in CARD_FIELDS and self._knows_only_cards():
            return SQL()
        return super()._order_field_to_sql(alias, field_name, direction, nulls, query)

    def export_data(self, fields_to_export):
        """Refuse a backend user exporting other people beyond their card."""
        if self._knows_only_cards() and self - self.browse(self._card_owner_ids()):
            self._check_card_paths(path.split("/")[0] for path in fields_to_export)
        return super().export_data(fields_to_export)

    def _check_card_paths(self, paths):
        """Raise if ``paths`` (groupings, aggregates, exported columns) leave the card."""
        names = {path.split(":")[0].split(".")[0] for path in paths if isinstance(path, str)}
        beyond = names - CARD_FIELDS - {"__count", ".id"}
        if beyond:
            raise AccessError(
                self.env._(
                    "You know other people by their names and pictures only: you may not "
                    "group or export them by %(fields)s.",
                    fields=", ".join(sorted(beyond)),
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
        if not self._knows_only_cards():
            return super()._search_display_name(operator, value)
        return [("complete_name", operator, value)]

    @api.depends_context("uid")
    def _compute_display_name(self):
        """Name other people to a backend user as their card does, whatever the context
        asks to add (e-mail, address, tax id): a many2one's name is computed as superuser
        with the caller's context, wherever it is read."""
        field = self._fields["display_name"]
        added = {
            key: False
            for key in self.env.registry.field_depends_context[field]
            if key not in DISPLAY_CONTEXT_KEPT and self.env.context.get(key)
        }
        if not (added and self.env.uid and self.env.user._is_backend_user()):
            return super()._compute_display_name()
        own = self.browse(self._card_owner_ids()) & self
        super(ResPartner, own)._compute_display_name()
        others = self - own
        plain = others.with_context(**added)
        # computed here: the field is being computed for these records, whatever the context
        super(ResPartner, plain)._compute_display_name()
        for partner, name in zip(others, plain.mapped("display_name"), strict=True):
            partner.display_name = name
        return None

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
        if not self._knows_only_cards():
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
