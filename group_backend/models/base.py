# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from types import MappingProxyType

from odoo import api, models
from odoo.exceptions import AccessError

from .res_partner_people import card_domain
from .res_users import employees_only

# Fields computed as superuser that tell a backend user more than its rights, beyond
# those computed from what is restricted to Internal User (see _backend_closed_groups).
CLOSED_FIELDS = {
    "calendar.attendee": {"email", "phone"},  # the attendees' contacts
    "ir.model": {"count"},  # every table's size
    "res.partner": {"duplicate_bank_partner_ids"},  # who else has this bank account
    "project.project": {"analytic_account_balance"},  # the project's money
    "project.milestone": {"sale_line_display_name"},  # a sales order line's name
}
GROUP_USER = "base.group_user"
# Computed from fields of Internal User, and still the user's own: whether it follows.
OWN_DEPENDENTS = {"message_is_follower"}


class Base(models.AbstractModel):
    _inherit = "base"

    # field name -> the groups a backend user must really hold to read it (None: none may)
    _group_backend_closed_fields = MappingProxyType({})

    def _setup_complete(self):
        """Note on each model, once per registry, the fields closed to backend users."""
        res = super()._setup_complete()
        closed = {}
        for name, field in self._fields.items():
            groups = self._backend_closed_groups(field)
            if groups is not False:
                closed[name] = groups
        self.env.registry[self._name]._group_backend_closed_fields = closed
        return res

    def _backend_closed_groups(self, field):
        """Return the groups that open ``field`` to a backend user, None for none, False if open.

        A field computed from what is restricted to Internal User (the activity
        fields, computed as superuser from every activity of the record) opens
        only to backend users really in one of its groups, as the views show it;
        the fields of CLOSED_FIELDS open to none.
        """
        if field.name in CLOSED_FIELDS.get(self._name, ()):
            return None
        if field.store or not (field.compute or field.related):
            return False
        if field.related:
            sources = [self._fields.get(field.related.split(".")[0])]
        elif field.name in OWN_DEPENDENTS:
            sources = []
        else:  # computed from a closed field (an activity's icon, from the activities)
            depends = field.get_depends(self)[0] if field.compute else ()
            sources = [self._fields.get(path.split(".")[0]) for path in depends]
        for restricted in (field, *sources):
            if restricted and restricted.groups and GROUP_USER in restricted.groups.split(","):
                return restricted.groups
        return False

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Let a backend user search people by their card only, from any model (card_domain)."""
        if domain and self.env.uid and not self.env.su and self.env.user._is_backend_user():
            domain = card_domain(self, domain)
        return super()._search(domain, offset, limit, order)

    @api.model
    def fields_get(self, allfields=None, attributes=None):
        """Describe to a backend user none of the fields closed to it, as Odoo those of a
        group the user lacks: the web client's custom filters and groupings offer them."""
        res = super().fields_get(allfields, attributes)
        closed = self._group_backend_closed_fields.keys() & res.keys()
        if closed and not self.env.su and self.env.user._is_backend_user():
            for name in self._backend_refused(closed):
                del res[name]
        return res

    def _backend_refused(self, names):
        """Return which of the fields ``names`` closed to backend users the user may not read."""
        closed = self._group_backend_closed_fields
        employee = employees_only(self).env.user
        return {
            name
            for name in closed.keys() & set(names)
            if closed[name] is None or not employee.has_groups(closed[name])
        }

    def check_field_access_rights(self, operation, field_names):
        """Refuse backend users the fields closed to them, as fields of a group they lack."""
        result = super().check_field_access_rights(operation, field_names)
        closed = self._group_backend_closed_fields
        if not closed or self.env.su or not self.env.user._is_backend_user():
            return result
        refused = self._backend_refused(field_names or result)
        if not refused:
            return result
        if not field_names:
            return [name for name in result if name not in refused]
        raise AccessError(
            self.env._(
                'You may not read the fields "%(fields)s" of %(document_kind)s '
                "(%(document_model)s): they are for employees. Ask your administrator "
                "for an application group that gives them.",
                fields=", ".join(sorted(refused)),
                document_kind=self._description,
                document_model=self._name,
            )
        )

    def export_data(self, fields_to_export):
        """Check the exported fields as a read does: an export reads them as superuser."""
        if not self.env.su and self.env.user._is_backend_user():
            for path in fields_to_export:
                model = self
                for name in path.replace(".id", "id").split("/"):
                    field = model._fields.get(name)
                    if not field:
                        break
                    model.check_field_access_rights("read", [name])
                    if not field.relational:
                        break
                    model = self.env[field.comodel_name]
        return super().export_data(fields_to_export)
