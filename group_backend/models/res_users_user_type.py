# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.base.models.res_users import is_selection_groups, name_selection_groups


# Kept apart from res_users.py, which is about access: this file is the administrator's view.
# pylint: disable=consider-merging-classes-inherited
class ResUsers(models.Model):
    """The user type as an administrator sees it: a column, a filter, a help line."""

    _inherit = "res.users"

    # prefetch=False, here and below: when the module is uninstalled, Odoo
    # replaces its prefetched fields by copies (ir.model.data's
    # _module_data_uninstall) that its recomputation then does not know:
    # deleting the demo users, which recomputes these fields, would fail.
    user_type_id = fields.Many2one(
        "res.groups",
        string="User type",
        compute="_compute_user_type_id",
        store=True,
        index=True,
        prefetch=False,
        help="Internal User, Backend user, Backend UI user, Portal or Public: "
        "the group of the User types category the user is in.",
    )
    user_type_help = fields.Char(
        string="About this user type",
        compute="_compute_user_type_help",
    )
    # Stored so that its constraint runs whenever role lines change, from the
    # user or from the role (OCA's base_user_role, when installed).
    role_user_types_overlap = fields.Boolean(
        compute="_compute_role_user_types_overlap",
        store=True,
        prefetch=False,
        help="Technical: some of the user's role lines of two user types overlap in time.",
    )

    @api.depends("groups_id")
    def _compute_user_type_id(self):
        """Keep the user's group of the User types category, Internal User first as Odoo."""
        user_types = self.env["res.groups"]._user_type_groups()
        internal = self.env.ref("base.group_user")
        for user in self:
            held = user.groups_id._origin & user_types  # new records too (the form)
            user.user_type_id = held & internal or held[:1]

    def _role_line_dependencies(self):
        """The fields of OCA's role lines that decide a user's types over time, if installed."""
        if "role_line_ids" not in self._fields:
            return []
        return [
            "role_line_ids.role_id.group_id.implied_ids",
            "role_line_ids.date_from",
            "role_line_ids.date_to",
        ]

    @api.depends(lambda self: self._role_line_dependencies())
    def _compute_role_user_types_overlap(self):
        """Find role lines that would give the user two types at some moment."""
        for user in self:
            user.role_user_types_overlap = bool(user._overlapping_role_lines())

    @api.constrains("role_user_types_overlap")
    def _check_role_lines_one_user_type(self):
        """Refuse role lines of two user types whose dates overlap, when they are saved."""
        for user in self.sudo().filtered("role_user_types_overlap"):
            first, second = user._overlapping_role_lines()
            raise ValidationError(
                self.env._(
                    'The user "%(user)s" cannot be both %(first_type)s and %(second_type)s: '
                    'the roles "%(first)s" (%(first_dates)s) and "%(second)s" '
                    "(%(second_dates)s) overlap in time. A user has one user type at a time: "
                    "give these roles dates that do not overlap.",
                    user=user.name,
                    first=first.role_id.name,
                    second=second.role_id.name,
                    first_type=" / ".join(user._role_line_user_types(first).mapped("name")),
                    second_type=" / ".join(user._role_line_user_types(second).mapped("name")),
                    first_dates=user._role_line_dates(first),
                    second_dates=user._role_line_dates(second),
                )
            )

    def _overlapping_role_lines(self):
        """Return two role lines of the user that give two types at one moment, or ()."""
        self.ensure_one()
        if "role_line_ids" not in self._fields:
            return ()
        typed = [(line, self._role_line_user_types(line)) for line in self.role_line_ids]
        typed = [(line, types) for line, types in typed if types]
        for index, (first, first_types) in enumerate(typed):
            for second, second_types in typed[index + 1 :]:
                if first_types != second_types and _overlap(first, second):
                    return first, second
        return ()

    def _role_line_user_types(self, line):
        """Return the user types a role line gives."""
        groups = line.role_id.group_id
        return (groups | groups.trans_implied_ids) & self.env["res.groups"]._user_type_groups()

    def _role_line_dates(self, line):
        """Say when a role line applies."""
        _ = self.env._
        if line.date_from and line.date_to:
            return _("from %(start)s to %(end)s", start=line.date_from, end=line.date_to)
        if line.date_from:
            return _("from %(start)s", start=line.date_from)
        if line.date_to:
            return _("until %(end)s", end=line.date_to)
        return _("always")

    @api.depends("groups_id")
    def _compute_user_type_help(self):
        """Say in one line what the chosen user type gives."""
        lines = self._user_type_help_lines()
        for user in self:
            user.user_type_help = lines.get(user.user_type_id.id, "")

    @api.model
    def _user_type_help_lines(self):
        """Return one short help line per user type, by group id."""
        _ = self.env._
        lines = {
            "base.group_user": _(
                "Employees: the backend, with everything granted to internal users."
            ),
            "group_backend.group_backend": _(
                "A backend session granted nothing but what its groups give "
                "(the external API, for instance)."
            ),
            "group_backend.group_backend_ui_users": _(
                "The web client on the user's own data, and the applications of the user's groups."
            ),
            "base.group_portal": _("No backend: the portal, with the documents shared with them."),
            "base.group_public": _("Visitors of the website who are not logged in."),
        }
        by_id = {}
        for group in self.env["res.groups"]._user_type_groups():
            by_id[group.id] = (group.comment or "").strip().split("\n")[0]
        definitions = self.env["res.groups"]._get_group_definitions()
        for xmlid, line in lines.items():
            if (group_id := definitions.get_id(xmlid)) is not None:
                by_id[group_id] = line
        return by_id

    @api.model
    def fields_get(self, allfields=None, attributes=None):
        """Give the user type field one short help line per type: the tooltip fits."""
        res = super().fields_get(allfields, attributes)
        if not any(is_selection_groups(name) for name in res):
            return res  # most views of users show no groups field
        user_types = self.env["res.groups"].sudo()._user_type_groups().sorted("id")
        field = res.get(name_selection_groups(user_types.ids))
        if field and "help" in field:
            lines = self._user_type_help_lines()
            field["help"] = "\n".join(f"{group.name}: {lines[group.id]}" for group in user_types)
        return res


def _overlap(first, second):
    """Whether the periods of two role lines (open at either end) meet."""
    return (first.date_from or date.min) <= (second.date_to or date.max) and (
        second.date_from or date.min
    ) <= (first.date_to or date.max)
