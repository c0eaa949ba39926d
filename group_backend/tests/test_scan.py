# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

"""Every stored model: what a backend user sees beyond what a portal user sees is its own."""

import logging

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import BACKEND, BACKEND_UI, OtherPeoplesData, UserTypesCase

_logger = logging.getLogger(__name__)

# The web client's own plumbing and reference data: which records of each model
# a backend user may see beyond a portal user, and why (a domain, run as
# superuser, that those records must match; None for data about no one).
OWN_PLUMBING = {
    "res.users": ("the user itself", lambda u: [("id", "=", u.id)]),
    "res.partner": (
        "its own partner, and its companies' partners (Backend UI user)",
        lambda u: ["|", ("id", "=", u.partner_id.id), ("id", "in", u.company_ids.partner_id.ids)],
    ),
    "res.company": ("its own companies", lambda u: [("id", "in", u.company_ids.ids)]),
    "ir.ui.menu": ("menu entries: no one's data", None),
    "ir.model": ("model names: no one's data", None),
    "ir.model.fields": ("field definitions: no one's data", None),
    "ir.model.fields.selection": ("selection values: no one's data", None),
    "mail.activity.type": ("activity types: no one's data", None),
    "mail.activity.plan": ("activity plans: no one's data", None),
    "mail.activity.plan.template": ("activity plans' steps: no one's data", None),
    "mail.activity.schedule": (
        "its own scheduling wizards",
        lambda u: [("create_uid", "=", u.id)],
    ),
    "mail.template": ("message templates, read by the composer: no one's data", None),
    "ir.filters": (
        "its own filters, and shared ones",
        lambda u: [("user_id", "in", [False, u.id])],
    ),
    "ir.default": ("its own defaults", lambda u: [("user_id", "=", u.id)]),
    "ir.attachment": (
        "attachments it created, and public ones (the web client's asset bundles)",
        lambda u: ["|", ("create_uid", "=", u.id), ("public", "=", True)],
    ),
    "x_group_backend_dummy": ("the demo Dummy app, granted by the demo data", None),
    "res.device": ("its own devices", lambda u: [("user_id", "=", u.id)]),
    "res.device.log": ("its own device logs", lambda u: [("user_id", "=", u.id)]),
    "bus.presence": ("its own presence", lambda u: [("user_id", "=", u.id)]),
    "mail.notification": (
        "its own notifications",
        lambda u: [("res_partner_id", "=", u.partner_id.id)],
    ),
    "mail.followers": ("its own followings", lambda u: [("partner_id", "=", u.partner_id.id)]),
    "mail.activity": (
        "its own activities",
        lambda u: ["|", ("user_id", "=", u.id), ("create_uid", "=", u.id)],
    ),
    "discuss.channel": (
        "channels it is a member of",
        lambda u: [("channel_member_ids.partner_id", "=", u.partner_id.id)],
    ),
    "discuss.channel.member": (
        "members of its channels",
        lambda u: [("channel_id.channel_member_ids.partner_id", "=", u.partner_id.id)],
    ),
    "mail.guest": (
        "guests of its channels",
        lambda u: [("channel_ids.channel_member_ids.partner_id", "=", u.partner_id.id)],
    ),
    "mail.message": (
        "messages of its channels, of its own partner and companies, sent to it or by it",
        lambda u: [
            "|",
            "|",
            "|",
            "|",
            "|",
            ("author_id", "=", u.partner_id.id),
            ("partner_ids", "in", u.partner_id.ids),
            ("notification_ids.res_partner_id", "=", u.partner_id.id),
            "&",
            ("model", "=", "res.company"),
            ("res_id", "in", u.company_ids.ids),
            "&",
            ("model", "=", "res.partner"),
            ("res_id", "in", (u.partner_id | u.company_ids.partner_id).ids),
            "&",
            ("model", "=", "discuss.channel"),
            (
                "res_id",
                "in",
                u.env["discuss.channel"]
                .sudo()
                .search([("channel_member_ids.partner_id", "=", u.partner_id.id)])
                .ids,
            ),
        ],
    ),
    "res.users.settings": ("its own settings", lambda u: [("user_id", "=", u.id)]),
    "res.users.settings.volumes": (
        "its own call volumes",
        lambda u: [("user_setting_id.user_id", "=", u.id)],
    ),
    "calendar.filters": ("its own calendar filters", lambda u: [("user_id", "=", u.id)]),
    "mail.scheduled.message": ("messages it scheduled", lambda u: [("create_uid", "=", u.id)]),
    "mail.canned.response": (
        "its own canned responses, and those shared with its groups",
        lambda u: ["|", ("create_uid", "=", u.id), ("group_ids", "in", u.groups_id.ids)],
    ),
    "base_import.mapping": (
        "the column mappings its imports saved",
        lambda u: [("create_uid", "=", u.id)],
    ),
    "base_import.import": ("its own imports", lambda u: [("create_uid", "=", u.id)]),
    "mail.wizard.invite": ("its own follower invitations", lambda u: [("create_uid", "=", u.id)]),
    "mail.compose.message": ("its own message drafts", lambda u: [("create_uid", "=", u.id)]),
    "res.users.identitycheck": ("its own identity checks", lambda u: [("create_uid", "=", u.id)]),
    "change.password.own": ("its own password changes", lambda u: [("create_uid", "=", u.id)]),
    "res.users.apikeys.description": (
        "its own API key wizards",
        lambda u: [("create_uid", "=", u.id)],
    ),
    "ir.embedded.actions": (
        "the embedded actions shared with all, and its own",
        lambda u: [("user_id", "in", [False, u.id])],
    ),
    "mail.message.subtype": ("message subtypes, read by the chatter: no one's data", None),
    "res.lang": ("languages: no one's data", None),
    "res.country": ("countries: no one's data", None),
    "res.country.state": ("country states: no one's data", None),
    "res.currency": ("currencies: no one's data", None),
    "website": ("the websites, read by their pages: no one's data", None),
    "project.tags": ("task tags, read by the profiles' tasks: no one's data", None),
    "website.menu": ("the websites' menus, read by their pages: no one's data", None),
    # the shop's catalog, as its visitors read it (group_backend_website_sale)
    "product.template": (
        (
            "the published products, which the shop shows any visitor (rule: published, "
            "for sale, as Odoo's rule of portal users): no one's data"
        ),
        None,
    ),
    "product.product": ("the variants of the published products (rule): no one's data", None),
    "product.image": ("the pictures of the published products (rule): no one's data", None),
    "product.template.attribute.line": (
        "the attributes of the published products (rule): no one's data",
        None,
    ),
    "product.template.attribute.value": (
        "the attribute values of the published products (rule): no one's data",
        None,
    ),
    "product.template.attribute.exclusion": (
        "the attribute exclusions of the published products (rule): no one's data",
        None,
    ),
    "product.pricelist.item": (
        (
            "price rules, which the shop's prices read, but those of unpublished products "
            "(rule); Odoo shows portal users every one, those of a customer's pricelist too"
        ),
        None,
    ),
    "product.attribute": ("product attributes (colour, size): no one's data", None),
    "product.attribute.value": ("product attribute values: no one's data", None),
    "product.tag": ("product tags, shown by the shop's filters: no one's data", None),
    "product.public.category": ("the shop's categories: no one's data", None),
    "website.base.unit": ("the shop's units of price (per litre...): no one's data", None),
    "website.sale.extra.field": ("the product fields the shop shows: no one's data", None),
    "calendar.event": (
        "meetings it attends or organises",
        lambda u: ["|", ("user_id", "=", u.id), ("partner_ids", "in", u.partner_id.ids)],
    ),
    "calendar.attendee": (
        "attendances of its meetings",
        lambda u: ["|", ("partner_id", "=", u.partner_id.id), ("event_id.user_id", "=", u.id)],
    ),
}


# Models granted without a rule, and why.
OWN_CHECKS = {
    "mail.message": "mail's own access check: the document, the author, the recipients",
    "ir.attachment": "ir.attachment.check: the document, and the addon's checks of files",
    "res.users.apikeys.show": "abstract: it stores nothing, and shows a new key once",
    "x_group_backend_dummy": "the demo's Dummy app: the administrator's grant of the readme",
}


class ScanMixin:
    """Scan every stored model as some users, beside a portal user (``self.portal``)."""

    def visible_ids(self, user, model):
        """The ids of ``model`` that ``user`` finds, archived ones included."""
        records = self.env[model].with_user(user).with_context(active_test=False)
        try:
            return set(records.search([]).ids)
        except AccessError:
            return set()

    def scan(self, users, plumbing):
        """Return what ``users`` see of others beyond the portal user: {(login, model): ids}.

        ``plumbing`` says, model by model, which records a user may see beyond a
        portal user (a domain of the user, run as superuser), or None for data
        about no one.
        """
        leaks = {}
        for user in users:
            for model in self.scanned_models():
                extra = self.visible_ids(user, model) - self.visible_ids(self.portal, model)
                if not extra:
                    continue
                _why, own = plumbing.get(model, (None, False))
                if own is None:
                    continue  # data about no one
                records = self.env[model].with_context(active_test=False).browse(extra)
                if own is not False:
                    records -= records.filtered_domain(own(user))
                if records:
                    leaks[user.login, model] = sorted(records.ids)[:10]
        return leaks

    def scanned_models(self):
        """Every model with a table, transient ones included."""
        return [
            name
            for name, model in self.env.registry.items()
            if not model._abstract and model._auto and model._table
        ]


@tagged("post_install", "-at_install")
class TestScan(ScanMixin, OtherPeoplesData, UserTypesCase):
    """Scan every stored model as each backend type, beside a portal user."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_other_peoples_data(cls.backend_ui, cls.internal)

    def test_every_granted_model_is_limited(self):
        """Each model granted has a rule, is read-only reference data, or checks itself."""
        backend = self.env.ref(BACKEND) | self.env.ref(BACKEND_UI)
        groups = self.env["res.groups"].search([])
        groups = groups.filtered(
            lambda group: group in backend or group.trans_implied_ids & backend
        )
        unlimited = []
        for right in self.env["ir.model.access"].search([("group_id", "in", groups.ids)]):
            model = right.model_id.model
            if model in OWN_CHECKS or model not in self.env:
                continue
            if OWN_PLUMBING.get(model, (None, False))[1] is None:  # reference data
                if right.perm_write or right.perm_create or right.perm_unlink:
                    unlimited.append(f"{right.name}: reference data may only be read")
                continue
            applying = right.group_id | right.group_id.trans_implied_ids
            rules = self.env["ir.rule"].search([("model_id.model", "=", model)])
            if not rules.filtered(
                lambda rule, groups=applying: rule["global"] or rule.groups & groups
            ):
                unlimited.append(f"{right.name}: no record rule limits {model}")
        self.assertEqual(unlimited, [], "models granted to backend users with no limit")

    def test_backend_users_see_nothing_of_others(self):
        models = self.scanned_models()
        leaks = self.scan((self.backend, self.backend_ui), OWN_PLUMBING)
        self.assertEqual(leaks, {}, "backend users see records of others")
        _logger.info(
            "group_backend scan: %s stored models scanned as Backend user and Backend UI user, "
            "%s where they see another person's record that a portal user does not",
            len(models),
            len({model for _login, model in leaks}),
        )
