# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import SUPERUSER_ID, api, models, tools
from odoo.exceptions import ValidationError
from odoo.fields import Command

BACKEND_GROUPS = (
    "group_backend.group_backend",
    "group_backend.group_backend_ui_users",
)
# Backend users of this group read internal notes on the records they may read.
INTERNAL_NOTES = "group_backend.group_backend_internal_notes"
# In this context, Internal User checks answer for employees only: the paths where
# Odoo trusts internal users beyond their rights run under it (see README).
EMPLOYEES_ONLY = "group_backend_employees_only"


def employees_only(records):
    """Return ``records`` where Internal User checks answer for employees only.

    Overrides of Odoo methods that trust internal users beyond their rights
    call ``super()`` on this: backend users then get what others get there.
    """
    return records.with_context(**{EMPLOYEES_ONLY: True})


def unfollow_backend_users_without_access(records):
    """Unfollow backend users from the ``records`` they may not read, as Odoo does portal users.

    Odoo subscribes the partners of non-share users where it trusts them as
    employees (e-mail in Cc, a project made private): their messages would reach
    backend users who may not read the record.
    """
    for record in records:
        followers = record.message_partner_ids.filtered(
            lambda partner, rec=record: (
                partner.user_ids
                and all(
                    user._is_backend_user() and not rec.with_user(user).has_access("read")
                    for user in partner.user_ids
                )
            )
        )
        if followers:
            record.message_unsubscribe(partner_ids=followers.ids)


class ResUsers(models.Model):
    _inherit = "res.users"

    @api.model
    def _backend_group_ids(self):
        """Return the ids of the two backend user types that exist yet."""
        definitions = self.env["res.groups"]._get_group_definitions()
        return {definitions.get_id(ref) for ref in BACKEND_GROUPS} - {None}

    @api.depends("groups_id")
    def _compute_share(self):
        """Backend users are not share users: they may open a backend session."""
        res = super()._compute_share()
        backend_group_ids = list(self._backend_group_ids())
        self.filtered_domain([("groups_id", "in", backend_group_ids)]).share = False
        return res

    @tools.ormcache("self.id")
    def _has_backend_access(self):
        """Return whether the user is internal or of a backend type (cached per user)."""
        return self._in_backend_access_groups(self._get_group_ids())

    @api.model
    def _in_backend_access_groups(self, group_ids):
        """Return whether ``group_ids`` hold Internal User or a backend type."""
        definitions = self.env["res.groups"]._get_group_definitions()
        access_ids = self._backend_group_ids() | {definitions.get_id("base.group_user")}
        return not access_ids.isdisjoint(group_ids)

    def _is_backend_user(self):
        """Return whether the user is of a backend type, not an employee."""
        self.ensure_one()
        return not self._backend_group_ids().isdisjoint(self._get_group_ids())

    def _reads_internal_notes(self):
        """Return whether the user holds the switch that shows it internal notes."""
        self.ensure_one()
        definitions = self.env["res.groups"]._get_group_definitions()
        return definitions.get_id(INTERNAL_NOTES) in self._get_group_ids()

    @api.readonly
    def has_group(self, group_ext_id):
        """Answer Internal User checks for backend users too; keep Odoo's guard."""
        if self.id == SUPERUSER_ID and not self.env.su and self.env.user._is_backend_user():
            # Odoo asks the superuser's groups which features are on (the discount of
            # order lines, say): a backend user gets the answer, as employees do.
            return super(ResUsers, self.sudo()).has_group(group_ext_id)
        if group_ext_id != "base.group_user" or self.env.context.get(EMPLOYEES_ONLY):
            return super().has_group(group_ext_id)
        if not (self.env.su or self == self.env.user):
            # Odoo's guard asks _has_group, which we leave alone: it refuses a
            # backend user who probes another user, as it refuses a portal user.
            super().has_group(group_ext_id)
        if not self.id:  # a user being created: nothing cached for it yet
            return self._in_backend_access_groups(self.groups_id._origin._ids)
        return self._has_backend_access()

    def _check_credentials(self, credential, env):
        """Read a backend user's timezone as Odoo's login then does, without partner access.

        After the credentials are checked, _login reads the user's ``tz`` as the
        user to set it from the browser's cookie: a fetch of the user's partner,
        which a plain Backend user may not read. Fetched here, it is in the cache.
        """
        auth_info = super()._check_credentials(credential, env)
        if len(self) == 1 and self._is_backend_user():  # RPC checks come on no record
            self.sudo().fetch(["tz", "login_date"])
        return auth_info

    @api.model_create_multi
    def create(self, vals_list):
        """Give new backend users none of the groups Odoo gives new employees by default."""
        return super().create([self._without_default_groups(vals) for vals in vals_list])

    def _without_default_groups(self, vals):
        """Return ``vals`` without the template user's groups when they make a backend user."""
        vals = self._remove_reified_groups(vals)
        if not vals.get("groups_id"):
            return vals  # Odoo's default: an internal user
        groups = self.new({"groups_id": vals["groups_id"]}).groups_id._origin
        backend_ids = self._backend_group_ids()
        if backend_ids.isdisjoint((groups | groups.trans_implied_ids).ids):
            return vals
        defaults = self._default_groups() or self.env["res.groups"]
        kept = groups - (defaults - self.env["res.groups"]._user_type_groups())
        return dict(vals, groups_id=[Command.set(kept.ids)])

    def write(self, vals):
        """Demote internal users given a backend type, as Odoo demotes to portal."""
        vals = self._remove_reified_groups(vals)
        demoted = self._filter_demoted_to_backend(vals.get("groups_id"))
        if not demoted:
            return super().write(vals)
        demoted_vals = dict(vals, groups_id=[Command.clear(), *vals["groups_id"]])
        super(ResUsers, self - demoted).write(vals)
        return super(ResUsers, demoted).write(demoted_vals)

    def _filter_demoted_to_backend(self, commands):
        """Return the internal users that ``commands`` turn into backend users."""
        backend_groups = self.env["res.groups"].browse(self._backend_group_ids())
        if not commands or not backend_groups:
            return self.browse()
        group_user = self.env.ref("base.group_user")
        demoted = self.browse()
        for user in self.filtered(lambda u: group_user in u.groups_id):
            assigned = user.new({"groups_id": commands}, origin=user).groups_id._origin
            if group_user not in assigned and assigned & backend_groups:
                demoted |= user
        return demoted

    @api.constrains("groups_id")
    def _check_one_user_type(self):
        """Say which group gives a backend user a second user type, before Odoo's check."""
        backend_ids = self._backend_group_ids()
        user_types = self.env["res.groups"]._user_type_groups()
        for user in self:
            held = user.groups_id & user_types
            if len(held) > 1 and backend_ids.intersection(held.ids):
                raise ValidationError(user._explain_user_types(held))
        return super()._check_one_user_type()

    def _explain_user_types(self, held):
        """Return why this user holds the user types ``held``, group by group."""
        self.ensure_one()
        others = self.groups_id - held
        reasons = []
        for user_type in held:
            sources = others.filtered(lambda g, t=user_type: t in g.trans_implied_ids)
            # keep the groups given to the user, not those they imply themselves
            sources -= sources.trans_implied_ids
            for source in sources:
                chain = " → ".join(source._implication_chain(user_type).mapped("full_name"))
                reasons.append(
                    self.env._(
                        'The group "%(group)s" brings in %(type)s: %(chain)s.',
                        group=source.full_name,
                        type=user_type.name,
                        chain=chain,
                    )
                )
        types = self.env._(" and ").join(held.mapped("name"))
        if not reasons:
            return self.env._(
                'The user "%(user)s" cannot be both %(types)s: a user has one user type. '
                "Keep only one of them.",
                user=self.name,
                types=types,
            )
        return self.env._(
            'The user "%(user)s" cannot be both %(types)s: a user has one user type. '
            "%(reasons)s Remove that group from the user, or give the user another type.",
            user=self.name,
            types=types,
            reasons=" ".join(reasons),
        )

    @api.model
    def context_get(self):
        """Keep the employees-only flag where Odoo resets the context to the user's."""
        context = super().context_get()
        if self.env.context.get(EMPLOYEES_ONLY):
            context = dict(context, **{EMPLOYEES_ONLY: True})  # super()'s is cached
        return context

    @api.model
    def switch_tour_enabled(self, val):
        """Keep onboarding off for backend users: it offers them no tour."""
        if self.env.user._is_backend_user():
            val = False
        return super().switch_tour_enabled(val)
