# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
# Kept apart from res_groups.py: the people of a group's records, one concern.
# pylint: disable=consider-merging-classes-inherited
from odoo import api, fields, models, tools

from .res_partner_people import PEOPLE_MODELS

PEOPLE_FIELD_DOMAIN = [
    ("relation", "=", "res.partner"),
    ("ttype", "in", ("many2one", "many2many")),
    ("store", "=", True),
]


class ResGroups(models.Model):
    _inherit = "res.groups"

    backend_people_field_ids = fields.Many2many(
        "ir.model.fields",
        "res_groups_backend_people_field_rel",
        "group_id",
        "field_id",
        string="People of its records",
        domain=[*PEOPLE_FIELD_DOMAIN, ("model", "not in", PEOPLE_MODELS)],
        help="Its backend users read the names and avatars (the card) of the people these "
        "fields link to, in the records they may read: the customer of an opportunity, "
        "say. The access assistant fills it in.",
    )

    @api.model
    def _backend_people_fields(self, model_names):
        """Return the stored fields of ``model_names`` that link a record to people, and
        that every user reading the record reads (no ``groups``): on tables of documents
        only (no people, wizard or report models)."""
        names = [
            name
            for name in model_names
            if name not in PEOPLE_MODELS
            and name in self.env
            and self.env[name]._auto
            and not self.env[name]._transient
        ]
        found = (
            self.env["ir.model.fields"]
            .sudo()
            .search([*PEOPLE_FIELD_DOMAIN, ("model", "in", names)], order="model, name")
        )
        return found.filtered(lambda field: self._reads_people_field(field))

    @api.model
    def _reads_people_field(self, field):
        """Tell whether every user reading ``field``'s records reads the field."""
        orm_field = self.env[field.model]._fields.get(field.name)
        return bool(orm_field) and not orm_field.groups

    @api.model
    @tools.ormcache("self.env.uid")
    def _backend_people_field_names(self):
        """Return {model: frozenset of field names} of the fields the current user's groups
        name for people (cleared with Odoo's caches when groups or users change)."""
        names = {}
        for field in self.env.user.sudo().groups_id.backend_people_field_ids:
            names.setdefault(field.model, set()).add(field.name)
        return {model: frozenset(fnames) for model, fnames in names.items()}
