# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
# Kept apart from res_partner.py and base.py: the people of a group's records, one concern.
# pylint: disable=consider-merging-classes-inherited
"""The people of the records a backend user may read: the customer of its opportunity.

A group names the fields that link its models' records to people (res.groups'
``backend_people_field_ids``, which the access assistant fills in); its backend users
read the card of the people those fields link to, in the records their record rules
let them read (a rule of group_backend on res.partner, on ``is_backend_record_person``).
The ids are found as the user, by the ORM, once a transaction at most.
"""

from odoo import api, fields, models
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tools import SQL

from .res_partner_coworkers import flushed

# the key, in the transaction's data (cr.postcommit.data), of the people found
TRANSACTION_KEY = "group_backend.record_people"
# besides the models of the fields: what decides which fields and records there are
WATCHED_MODELS = frozenset({"res.users", "res.groups", "ir.rule"})


class ResPartner(models.Model):
    _inherit = "res.partner"

    is_backend_record_person = fields.Boolean(
        compute="_compute_is_backend_record_person",
        search="_search_is_backend_record_person",
        help="The current backend user may read a record linked to this person by a field "
        "its groups name (People of its records): the customer of its opportunity, say.",
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_is_backend_record_person(self):
        """Tell whether each person is linked to a record the current user may read."""
        people = self._backend_record_people_ids()
        for partner in self:
            partner.is_backend_record_person = partner._origin.id in people

    def _search_is_backend_record_person(self, operator, value):
        """Find the people linked to the records the current user may read."""
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError(self.env._("Search people of the records or not."))
        positive = (operator == "=") == value
        return [("id", "in" if positive else "not in", sorted(self._backend_record_people_ids()))]

    @api.model
    def _backend_record_people_ids(self):
        """Return the ids of the people linked to the records the current user may read, by
        the fields its groups name: found once a transaction (rules search partners as
        superuser, the user's own rules applied here)."""
        data = self.env.cr.postcommit.data.setdefault(TRANSACTION_KEY, {"watched": set()})
        key = (self.env.uid, str(self.env.context.get("allowed_company_ids")))
        if key not in data:
            data[key] = frozenset()  # a rule of these models on people finds none meanwhile
            data[key] = self._backend_record_people_find(data["watched"])
        return data[key]

    @api.model
    def _backend_record_people_find(self, watched):
        """Select the ids, as the user: its record rules apply, never more than it reads."""
        env = self.env(su=False)
        people_fields = env.user.sudo().groups_id.backend_people_field_ids
        watched.update(WATCHED_MODELS, people_fields.mapped("model"))
        selects = []
        for field in people_fields:
            model = env.get(field.model)
            orm_field = model is not None and model._fields.get(field.name)
            if not orm_field or orm_field.groups or not model.has_access("read"):
                continue
            query = model.with_context(active_test=False)._search([])
            if orm_field.type == "many2one":
                select = query.subselect(SQL.identifier(query.table, orm_field.name))
            else:
                select = SQL(
                    "(SELECT %s FROM %s WHERE %s IN %s)",
                    SQL.identifier(orm_field.column2),
                    SQL.identifier(orm_field.relation),
                    SQL.identifier(orm_field.column1),
                    query.subselect(),
                )
            selects.append(flushed(select, model, orm_field.name))
        if not selects:
            return frozenset()
        rows = self.env.execute_query(SQL(" UNION ").join(selects))
        return frozenset(id_ for [id_] in rows if id_)


def _linked_ids(field, value):
    """Return the ids of the people a value written to ``field`` links (not those created
    by it: the user's own)."""
    if field.type == "many2one":
        return {value} if isinstance(value, int) and value else set()
    ids = set()
    for command in value or ():
        if isinstance(command, int):
            ids.add(command)
        elif command[0] == Command.LINK:
            ids.add(command[1])
        elif command[0] == Command.SET:
            ids.update(command[2])
    return ids


class Base(models.AbstractModel):
    _inherit = "base"

    @api.model_create_multi
    def create(self, vals_list):
        """Let a backend user link new records only to people it knows (see
        _check_backend_people_links)."""
        self._check_backend_people_links(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        """Let a backend user link records only to people it knows (see
        _check_backend_people_links)."""
        self._check_backend_people_links([vals])
        return super().write(vals)

    def _check_backend_people_links(self, vals_list):
        """Refuse a user linking a record, by a field its groups name for people, to a
        person it neither reads yet (nor their company) nor created: the link would show
        it them, and what it writes never widens what it sees."""
        if self.env.su or not self.env.uid:
            return
        fnames = self.env["res.groups"]._backend_people_field_names().get(self._name)
        if not fnames:
            return
        ids = set()
        for vals in vals_list:
            for fname in fnames & vals.keys():
                ids |= _linked_ids(self._fields[fname], vals[fname])
        people = self.env["res.partner"].browse(ids)
        unknown = (people - people._filtered_access("read")).sudo()
        unknown -= unknown.filtered(lambda person: person.create_uid == self.env.user)
        entities = unknown.commercial_partner_id
        known_entities = entities.with_env(self.env)._filtered_access("read")
        if unknown.filtered(lambda person: person.commercial_partner_id not in known_entities):
            raise AccessError(
                self.env._(
                    "You may link a %(model)s only to people you already know, to their "
                    "company's contacts (an invoice address), or to people you created.",
                    model=self._description,
                )
            )

    def modified(self, fnames, create=False, before=False):
        """Forget the people of the records found in this transaction when it changes the
        models they are found from (see res_partner_record_people.py)."""
        found = self.env.cr.postcommit.data.get(TRANSACTION_KEY)
        if found and self._name in found["watched"]:
            del self.env.cr.postcommit.data[TRANSACTION_KEY]
            self.env["res.partner"].invalidate_model(["is_backend_record_person"], flush=False)
        return super().modified(fnames, create=create, before=before)
