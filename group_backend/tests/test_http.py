# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import json
import logging
import re
from urllib.parse import urlparse

from odoo.fields import Command
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .attacks import PICTURE, SECRET, Attack, Attacker
from .common import BACKEND, BACKEND_UI, OtherPeoplesData

_logger = logging.getLogger(__name__)

PASSWORD = "Attack-me-1"
BROWSER_TZ = "Europe/Brussels"
# What Odoo logs when it refuses a request: expected here, asserted on the responses.
REFUSAL_LOGGERS = (
    "odoo.http",
    "odoo.addons.base.models.ir_model",
    "odoo.addons.base.models.ir_rule",
)


class HttpUsersCase(HttpCase):
    """Users of each type with a known password, for requests through the web server."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        cls.internal = cls.new_user("gb_http_internal", "base.group_user")
        cls.portal = cls.new_user("gb_http_portal", "base.group_portal")
        cls.backend = cls.new_user("gb_http_backend", BACKEND)
        cls.backend_ui = cls.new_user("gb_http_backend_ui", BACKEND_UI)
        # where Odoo sends users who may not use the backend: /my once portal is there
        portal = cls.env["ir.module.module"].search([("name", "=", "portal")])
        cls.portal_home = "/my" if portal.state == "installed" else "/web/login_successful"

    @classmethod
    def new_user(cls, login, groups):
        return new_test_user(cls.env, login, groups=groups, password=PASSWORD)

    def login_through_form(self, login, password):
        """Log in with the login form, as a browser does; return the final response.

        Browsers send the ``tz`` cookie that the login page sets: Odoo's login
        then sets the timezone of users who have none or log in for the first time.
        """
        self.opener.cookies.clear()
        self.opener.cookies.set("tz", BROWSER_TZ)
        page = self.url_open("/web/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        return self.url_open(
            "/web/login",
            data={"login": login, "password": password, "csrf_token": token},
        )

    def call_kw(self, model, method, args, kwargs=None):
        return self.make_jsonrpc_request(
            "/web/dataset/call_kw",
            {"model": model, "method": method, "args": args, "kwargs": kwargs or {}},
        )


@tagged("post_install", "-at_install")
class TestSessions(HttpUsersCase):
    def test_login_lands_in_backend_by_user_type(self):
        expected = {
            self.internal: "/odoo",
            self.backend: "/odoo",
            self.backend_ui: "/odoo",
            self.portal: self.portal_home,
        }
        for user, path in expected.items():
            with self.subTest(user=user.login):
                response = self.login_through_form(user.login, PASSWORD)
                self.assertEqual(response.status_code, 200)
                self.assertEqual(urlparse(response.url).path, path)

    def test_first_login_from_a_browser_sets_the_timezone(self):
        """Fresh users of each type log in from a browser: Odoo sets their timezone."""
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                user.tz = False
                self.assertFalse(user.login_date)
                response = self.login_through_form(user.login, PASSWORD)
                self.assertEqual(
                    (response.status_code, urlparse(response.url).path), (200, "/odoo")
                )
                user.invalidate_recordset(["tz", "login_date"])
                self.assertEqual(user.tz, BROWSER_TZ)

    def test_demo_users_log_in_as_documented(self):
        """The logins of the README work, each landing where its user type belongs."""
        if not self.env.ref("group_backend.demo_user_backend_ui", raise_if_not_found=False):
            self.fail("The demo users are missing: install the addon with demo data.")
        expected = {
            "backend_ui": "/odoo",
            "backend": "/odoo",
            "internal": "/odoo",
            "portal": self.portal_home,
        }
        for login, path in expected.items():
            with self.subTest(login=login):
                response = self.login_through_form(login, login)
                self.assertEqual(urlparse(response.url).path, path)

    def test_portal_user_refused_backend(self):
        self.authenticate(self.portal.login, PASSWORD)
        response = self.url_open("/odoo", allow_redirects=False)
        self.assertEqual(response.status_code, 303)
        self.assertEqual(urlparse(response.headers["Location"]).path, self.portal_home)

    def test_frontend_pages_know_a_backend_user(self):
        """Frontend pages (the login page) open, and tell their scripts the user type.

        Each reads the currencies for the session info: reference data that
        backend users read, as visitors do.
        """
        for user in (self.backend, self.backend_ui):
            self.authenticate(user.login, PASSWORD)
            page = self.url_open("/web/login")
            self.assertEqual(page.status_code, 200, user.login)
            self.assertIn('"is_backend_user": true', page.text)
        self.authenticate(self.internal.login, PASSWORD)
        self.assertNotIn('"is_backend_user"', self.url_open("/web/login").text)

    def test_web_manifest_offers_no_shortcut_without_asking(self):
        """The installable app's manifest: no shortcut, and no refusal logged each page."""
        self.authenticate(self.backend_ui.login, PASSWORD)
        with self.assertNoLogs("odoo.addons.base.models.ir_model", "INFO"):
            manifest = self.url_open("/web/manifest.webmanifest").json()
        self.assertEqual(manifest["shortcuts"], [])

    def test_removed_user_loses_backend_at_next_request(self):
        user = self.new_user("gb_http_leaving", BACKEND_UI)
        self.authenticate(user.login, PASSWORD)
        response = self.url_open("/odoo", allow_redirects=False)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(self.call_kw("res.users", "has_group", [user.id, "base.group_user"]))
        # An administrator makes the user a portal user: no restart, same session.
        user.groups_id = [
            Command.unlink(self.env.ref(BACKEND_UI).id),
            Command.link(self.env.ref("base.group_portal").id),
        ]
        response = self.url_open("/odoo", allow_redirects=False)
        self.assertEqual(response.status_code, 303)
        self.assertEqual(urlparse(response.headers["Location"]).path, self.portal_home)
        self.assertFalse(self.call_kw("res.users", "has_group", [user.id, "base.group_user"]))

    def test_backend_user_session(self):
        """A Backend user gets a working session, no menu, and nothing of other people."""
        self.authenticate(self.backend.login, PASSWORD)
        response = self.url_open("/odoo", allow_redirects=False)
        self.assertEqual(response.status_code, 200)
        info = self.make_jsonrpc_request("/web/session/get_session_info")
        self.assertTrue(info["is_internal_user"])
        self.assertEqual(info["uid"], self.backend.id)
        menus = self.url_open(f"/web/webclient/load_menus/{info['cache_hashes']['load_menus']}")
        self.assertEqual(json.loads(menus.text)["root"]["children"], [])
        own = self.call_kw("res.users", "read", [[self.backend.id], ["name", "login"]])
        self.assertEqual(own[0]["login"], self.backend.login)
        refused = {
            "res.users": [[self.internal.id], ["name"]],
            "res.partner": [[self.internal.partner_id.id], ["name"]],
            "res.company": [[self.backend.company_id.id], ["name"]],
            "ir.ui.menu": [[self.env.ref("mail.menu_root_discuss").id], ["name"]],
        }
        with mute_logger(*REFUSAL_LOGGERS):
            for model, args in refused.items():
                with self.subTest(model=model), self.assertRaises(JsonRpcException) as caught:
                    self.call_kw(model, "read", args)
                self.assertIn("AccessError", str(caught.exception))
            for model in ("res.partner.bank", "res.company", "mail.notification"):
                with self.subTest(model=model), self.assertRaises(JsonRpcException) as caught:
                    self.call_kw(model, "search_read", [[]], {"fields": ["id"]})
                self.assertIn("AccessError", str(caught.exception))
        # what the web client reads for it: its own identity and plumbing only
        partners = self.call_kw("res.partner", "search_read", [[]], {"fields": ["id"]})
        self.assertEqual(partners, [{"id": self.backend.partner_id.id}])
        for model in ("calendar.event", "mail.activity"):
            with self.subTest(model=model):
                self.assertEqual(self.call_kw(model, "search_read", [[]], {"fields": ["id"]}), [])
        channels = self.call_kw("discuss.channel", "search_read", [[]], {"fields": ["is_member"]})
        self.assertTrue(all(channel["is_member"] for channel in channels))


@tagged("post_install", "-at_install")
class TestAttacks(Attacker, OtherPeoplesData, HttpUsersCase):
    """What a logged-in Backend UI user tries over RPC must fail, and change nothing."""

    TRANSPORTS = ("web", "xmlrpc-password", "xmlrpc-apikey", "jsonrpc-password", "jsonrpc-apikey")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.attacker = cls.backend_ui
        cls.create_other_peoples_data(cls.backend_ui, cls.internal)
        cls.orphan_attachment = cls.env["ir.attachment"].create(
            {"name": "orphan.txt", "raw": b"secret", "res_model": "x.not.installed", "res_id": 1}
        )
        cls.api_key = (
            cls.env["res.users.apikeys"]
            .with_user(cls.backend_ui)
            .sudo()
            ._generate("rpc", "attack test", None)
        )
        keys = cls.env["res.users.apikeys"].with_user(cls.internal).sudo()
        keys._generate("rpc", "their key", None)
        cls.their_api_key = keys.search([("user_id", "=", cls.internal.id)])
        cls.env["res.users.settings"]._find_or_create_for_user(cls.internal)
        cls.env["calendar.filters"].create(
            {"user_id": cls.internal.id, "partner_id": cls.stranger.id}
        )
        cls.create_sideways_data()

    @classmethod
    def create_sideways_data(cls):
        """What employees keep about the attackers, and what the attackers planted.

        Each attacker (Backend UI user, Backend user, and the portal user who is
        the baseline) has a contact with an employee's note and activity on it,
        and a meeting it organises with a stranger; the employee has an
        "Add followers" wizard and an import mapping.
        """
        env, employee = cls.env, cls.internal
        cls.stranger.write({"phone": "+32 2 555 01 01"})
        # the colleague each attacker shares a channel with: contact details to hide
        employee.partner_id.write(
            {"email": f"{SECRET}@example.com", "street": f"{SECRET} street", "vat": "BE0477472701"}
        )
        cls.shared_channel.add_members(partner_ids=cls.backend.partner_id.ids)
        cls.colleague_message = cls.shared_channel.with_user(employee).message_post(
            body="From a colleague", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        cls.notes, cls.organised = {}, {}
        for user in (cls.backend_ui, cls.backend, cls.portal):
            contact, author = user.partner_id, employee.partner_id.id
            cls.notes[user] = contact.message_post(
                body=f"{SECRET}: credit blocked, do not tell",
                message_type="comment",
                subtype_xmlid="mail.mt_note",
                author_id=author,
            ) | contact.message_post(
                body=f"{SECRET}: an internal message",
                message_type="comment",
                is_internal=True,
                author_id=author,
            )
            contact.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=f"{SECRET}: chase, suspected fraud",
                user_id=employee.id,
            )
            cls.organised[user] = cls.new_meeting(
                "Booked by an assistant", user, user.partner_id | cls.stranger
            )
        company = cls.backend_ui.company_id.partner_id
        cls.company_note = company.message_post(
            body=f"{SECRET}: about the company", message_type="comment",
            subtype_xmlid="mail.mt_note", author_id=employee.partner_id.id,
        )  # fmt: skip
        cls.their_invitation = (
            env["mail.wizard.invite"]
            .with_user(employee)
            .create(
                {
                    "res_model": "res.partner",
                    "res_id": cls.stranger.id,
                    "message": f"{SECRET}: a personal message",
                }
            )
        )
        cls.their_mapping = (
            env["base_import.mapping"]
            .with_user(employee)
            .create({"res_model": "res.partner", "column_name": "Mail", "field_name": "email"})
        )
        attachments = env["ir.attachment"].with_user(cls.backend_ui)
        cls.planted = attachments.create(
            {"name": "planted.txt", "raw": b"mine", "res_model": "res.partner", "res_id": 0}
        )
        cls.planted_without_model = attachments.create(
            {"name": "planted.txt", "raw": b"mine", "res_id": cls.stranger.id}
        )
        cls.planted_picture = attachments.create(
            {"name": "image_1920", "datas": PICTURE, "res_model": "res.partner",
             "res_field": "image_1920", "res_id": 0}
        )  # fmt: skip

    def attacks(self):
        me, other = self.backend_ui, self.internal
        system = self.env.ref("base.group_system")
        fields = {"fields": ["id", "display_name"]}
        partner_model = self.env.ref("base.model_res_partner").id
        return [
            # reading other people's data
            Attack("other users", "web", "res.users", "search_read",
                   [[("id", "!=", me.id)]], fields, "empty"),
            Attack("another user", "web", "res.users", "read",
                   [[other.id], ["login"]], {}, "error"),
            Attack("a stranger partner", "web", "res.partner", "search_read",
                   [[("id", "=", self.stranger.id)]], fields, "empty"),
            Attack("a colleague's partner", "web", "res.partner", "read",
                   [[other.partner_id.id], ["email"]], {}, "error"),
            Attack("bank accounts", "web", "res.partner.bank", "search_read", [[]], fields,
                   "error"),
            Attack("their meeting", "web", "calendar.event", "read",
                   [[self.their_meeting.id], ["name"]], {}, "error"),
            Attack("meetings of others", "web", "calendar.event", "search_read",
                   [[("user_id", "=", other.id)]], fields, "empty"),
            Attack("their activity", "web", "mail.activity", "read",
                   [[self.their_activity.id], ["summary"]], {}, "error"),
            Attack("a message on an unreadable record", "web", "mail.message", "read",
                   [[self.their_message.id], ["body"]], {}, "error"),
            Attack("messages of a stranger", "web", "mail.message", "search_read",
                   [[("model", "=", "res.partner"), ("res_id", "=", self.stranger.id)]],
                   fields, "empty"),
            Attack("a private attachment", "web", "ir.attachment", "read",
                   [[self.their_attachment.id], ["raw"]], {}, "error"),
            Attack("their presence", "web", "bus.presence", "search_read",
                   [[("user_id", "=", other.id)]], fields, "empty"),
            Attack("a channel I am not in", "web", "discuss.channel", "read",
                   [[self.their_channel.id], ["name"]], {}, "error"),
            Attack("members of a channel I am not in", "web", "discuss.channel.member",
                   "search_read", [[("channel_id", "=", self.their_channel.id)]], fields, "empty"),
            Attack("system parameters", "web", "ir.config_parameter", "search_read", [[]],
                   fields, "error"),
            Attack("mail servers", "web", "ir.mail_server", "search_read", [[]], fields, "error"),
            Attack("API keys of others", "web", "res.users.apikeys", "search_read",
                   [[("user_id", "!=", me.id)]], fields, "empty"),
            Attack("another's API key", "web", "res.users.apikeys", "read",
                   [self.their_api_key.ids, ["name"]], {}, "error"),
            Attack("settings of others", "web", "res.users.settings", "search_read",
                   [[("user_id", "!=", me.id)]], fields, "empty"),
            Attack("calendar filters of others", "web", "calendar.filters", "search_read",
                   [[("user_id", "!=", me.id)]], fields, "empty"),
            Attack("record rules", "web", "ir.rule", "search_read", [[]], fields, "error"),
            Attack("access rights", "web", "ir.model.access", "search_read", [[]], fields,
                   "error"),
            # changing one's own rights
            Attack("write own groups", "web", "res.users", "write",
                   [[me.id], {"groups_id": [Command.link(system.id)]}], {}, "error"),
            Attack("write own share", "web", "res.users", "write", [[me.id], {"share": False}],
                   {}, "error"),
            Attack("write own companies", "web", "res.users", "write",
                   [[me.id], {"company_ids": [Command.link(me.company_id.id)]}], {}, "error"),
            Attack("join the settings group", "web", "res.groups", "write",
                   [[system.id], {"users": [Command.link(me.id)]}], {}, "error"),
            Attack("create a user", "web", "res.users", "create",
                   [{"name": "Mallory", "login": "mallory"}], {}, "error"),
            Attack("create a group", "web", "res.groups", "create", [{"name": "Mine"}], {},
                   "error"),
            Attack("create an access right", "web", "ir.model.access", "create",
                   [{"name": "x", "model_id": partner_model, "perm_read": True}], {}, "error"),
            Attack("create a record rule", "web", "ir.rule", "create",
                   [{"name": "x", "model_id": partner_model, "domain_force": "[]"}], {}, "error"),
            # probing and private methods
            Attack("has_group about another user", "web", "res.users", "has_group",
                   [[other.id], "base.group_system"], {}, "error"),
            Attack("a private method", "web", "res.users", "_is_internal", [[me.id]], {}, "error"),
            # Discuss with people the user shares no channel with
            Attack("chat with a stranger", "web", "discuss.channel", "channel_get", [],
                   {"partners_to": self.stranger.ids}, "error"),
            Attack("a meeting with a stranger", "web", "discuss.channel", "create_group", [],
                   {"partners_to": self.stranger.ids}, "error"),
            Attack("invite a stranger", "web", "discuss.channel", "add_members",
                   [self.shared_channel.ids], {"partner_ids": self.stranger.ids}, "error"),
            Attack("invite into a channel I am not in", "web", "discuss.channel", "add_members",
                   [self.their_channel.ids], {"partner_ids": other.partner_id.ids}, "error"),
            Attack("create a channel", "web", "discuss.channel", "channel_create",
                   ["mine", False], {}, "error"),
            # deleting other people's things
            Attack("unlink their message", "web", "mail.message", "unlink",
                   [[self.their_message_in_shared.id]], {}, "error"),
            Attack("unlink their activity", "web", "mail.activity", "unlink",
                   [[self.their_activity.id]], {}, "error"),
            # the external API, with the password and with an API key
            Attack("partners over XML-RPC", "xmlrpc-password", "res.partner", "search_read",
                   [[("id", "=", self.stranger.id)]], fields, "empty"),
            Attack("API keys over XML-RPC", "xmlrpc-apikey", "res.users.apikeys", "search_read",
                   [[("user_id", "!=", me.id)]], fields, "empty"),
            Attack("probe over XML-RPC", "xmlrpc-apikey", "res.users", "has_group",
                   [[other.id], "base.group_system"], {}, "error"),
            Attack("a parameter over JSON-RPC", "jsonrpc-password", "ir.config_parameter",
                   "get_param", ["database.secret"], {}, "error"),
            Attack("own groups over JSON-RPC", "jsonrpc-apikey", "res.users", "write",
                   [[me.id], {"groups_id": [Command.link(system.id)]}], {}, "error"),
            Attack("bank accounts over JSON-RPC", "jsonrpc-apikey", "res.partner.bank", "read",
                   [[self.bank_account.id], ["acc_number"]], {}, "error"),
            Attack("a private method over XML-RPC", "xmlrpc-password", "res.users",
                   "_has_backend_access", [[me.id]], {}, "error"),
        ] + self.trust_attacks()  # fmt: skip

    def trust_attacks(self):
        """Where Odoo trusts internal users beyond their rights (tests/internal_checks.csv)."""
        other = self.internal
        partners = (self.stranger | other.partner_id | self.env.ref("base.partner_admin")).ids
        attacks = [
            Attack("sign-up tokens and logins of anyone", "jsonrpc-apikey", "res.partner",
                   "signup_get_auth_param", [partners], {}, "falsy"),
            Attack("switch onboarding on", "web", "res.users", "switch_tour_enabled",
                   [True], {}, "falsy"),
            Attack("an onboarding tour", "web", "web_tour.tour", "get_current_tour", [], {},
                   "falsy"),
            Attack("an attachment of no document", "web", "ir.attachment", "read",
                   [[self.orphan_attachment.id], ["raw"]], {}, "error"),
        ]  # fmt: skip
        attacks += self.sideways_attacks(self.backend_ui)
        if "pos.config" in self.env:
            attacks.append(Attack("open a point of sale", "route", "/pos/web", "GET", {}, {},
                                  "not found"))  # fmt: skip
        return attacks

    def sideways_attacks(self, me):
        """What reaches ``me`` sideways: employees' notes and fields computed as superuser,
        attachments placed or published, wizards and mappings of others (issue 14)."""
        stranger = self.stranger
        notes = self.notes[me].ids + self.company_note.ids
        contacts = (me.partner_id | me.company_id.partner_id).ids
        return [
            Attack("internal notes on my contact and company", "web", "mail.message",
                   "search_read", [[("model", "=", "res.partner"), ("res_id", "in", contacts)]],
                   {"fields": ["body"]}, "lacks"),
            Attack("an internal note by id", "web", "mail.message", "read",
                   [notes, ["body"]], {}, "error"),
            Attack("my contact's chatter", "json", "/mail/thread/messages", "POST",
                   {"thread_model": "res.partner", "thread_id": me.partner_id.id}, {}, "lacks"),
            Attack("activities planned on me", "web", "res.partner", "read",
                   [me.partner_id.ids, ["activity_summary", "activity_type_id",
                                         "activity_user_id"]], {}, "error"),
            Attack("search by an activity's summary", "web", "res.partner", "search",
                   [[("activity_summary", "ilike", SECRET)]], {}, "empty"),
            Attack("attendees' e-mails and phones", "web", "calendar.attendee", "search_read",
                   [[("event_id", "=", self.organised[me].id)]],
                   {"fields": ["email", "phone"]}, "error"),
            Attack("an attachment moved onto a stranger", "web", "ir.attachment", "write",
                   [self.planted.ids, {"res_id": stranger.id}], {}, "error"),
            Attack("a model given to an attachment", "web", "ir.attachment", "write",
                   [self.planted_without_model.ids, {"res_model": "res.partner"}], {},
                   "error"),
            Attack("a stranger's picture", "web", "ir.attachment", "write",
                   [self.planted_picture.ids, {"res_id": stranger.id}], {}, "error"),
            Attack("a picture on a stranger", "web", "ir.attachment", "create",
                   [{"name": "image_1920", "datas": PICTURE, "res_model": "res.partner",
                     "res_field": "image_1920", "res_id": stranger.id}], {}, "error"),
            Attack("a public file", "web", "ir.attachment", "create",
                   [{"name": "free.txt", "raw": "for anyone", "public": True}], {}, "error"),
            Attack("a link attachment", "web", "ir.attachment", "create",
                   [{"name": "go", "type": "url", "url": "https://example.com"}], {}, "error"),
            Attack("employees' follower invitations", "web", "mail.wizard.invite",
                   "search_read", [[("create_uid", "!=", me.id)]],
                   {"fields": ["res_model", "res_id", "message"]}, "empty"),
            Attack("every table's size", "web", "ir.model", "search_read",
                   [[("model", "=", "res.partner")]], {"fields": ["count"]}, "error"),
            Attack("an employee's import mapping", "web", "base_import.mapping", "write",
                   [self.their_mapping.ids, {"field_name": "name"}], {}, "error"),
            Attack("employees' import mappings", "web", "base_import.mapping", "search_read",
                   [[("create_uid", "!=", me.id)]], {"fields": ["field_name"]}, "empty"),
        ] + self.people_attacks(me)  # fmt: skip

    def people_attacks(self, me):
        """What a backend user learns of the people it shares a channel with: their card
        only, whatever it asks (issue 19): contexts that add details to names, searches
        by logins and addresses, the senders' addresses of messages; and no following
        for others."""
        other, channel = self.internal, self.shared_channel
        details = {
            "context": {
                "show_email": 1,
                "show_address": 1,
                "show_vat": 1,
                "partner_show_db_id": 1,
                "address_inline": 1,
            }
        }
        members = [("channel_id", "=", channel.id), ("partner_id", "=", other.partner_id.id)]
        in_channel = [("model", "=", "discuss.channel"), ("res_id", "=", channel.id)]
        return [
            Attack("a member's e-mail and address through its name", "web",
                   "discuss.channel.member", "search_read", [members],
                   {"fields": ["partner_id"], **details}, "lacks"),
            Attack("a member's name with its contact details", "web", "discuss.channel.member",
                   "web_search_read", [members],
                   {"specification": {"partner_id": {"fields": {"display_name": {}}}},
                    **details}, "lacks"),
            Attack("names searched with contact details", "web", "res.partner", "name_search",
                   [], {"name": other.name, **details}, "lacks"),
            Attack("a colleague read with contact details", "web", "res.partner", "read",
                   [other.partner_id.ids, ["display_name"]], details, "withheld"),
            Attack("senders' addresses of messages", "web", "mail.message", "search_read",
                   [in_channel], {"fields": ["email_from", "reply_to", "author_id"], **details},
                   "lacks"),
            Attack("messages found by their sender's address", "web", "mail.message", "search",
                   [[*in_channel, ("email_from", "ilike", SECRET)]], {}, "empty"),
            Attack("people found by an e-mail", "web", "res.partner", "search",
                   [[("email", "=ilike", f"{SECRET}@example.com")]], {}, "empty"),
            Attack("logins found a character at a time", "web", "res.users", "search",
                   [[("login", "=like", f"{other.login[:-1]}%")]], {}, "empty"),
            Attack("users found by their partner's e-mail", "web", "res.users", "search",
                   [[("partner_id.email", "=ilike", f"{SECRET}@example.com")]], {}, "empty"),
            Attack("the channel's messages, as Discuss loads them", "json",
                   "/discuss/channel/messages", "POST", {"channel_id": channel.id}, {}, "lacks"),
            Attack("a stranger made a follower of my contact", "web", "res.partner",
                   "message_subscribe", [me.partner_id.ids], {"partner_ids": self.stranger.ids},
                   "error"),
            Attack("a stranger made an attendee of my meeting", "web", "calendar.event",
                   "write", [self.organised[me].ids,
                             {"partner_ids": [Command.link(self.stranger.id)]}], {}, "error"),
            Attack("a meeting with a colleague", "web", "calendar.event", "create",
                   [{"name": "Ours", "start": "2030-01-01 10:00:00", "stop": "2030-01-01 11:00:00",
                     "partner_ids": [Command.set(other.partner_id.ids)]}], {}, "error"),
            Attack("a colleague unfollowed from my contact", "web", "res.partner",
                   "message_unsubscribe", [me.partner_id.ids],
                   {"partner_ids": other.partner_id.ids}, "error"),
        ]  # fmt: skip

    def secret_of(self, user, transport):
        return self.api_key if transport.endswith("apikey") else PASSWORD

    def test_attacks_fail_and_change_nothing(self):
        attacks = self.attacks()
        models = {attack.model for attack in attacks}
        transports = {attack.transport for attack in attacks}
        self.assertGreaterEqual(len(attacks), 25)
        self.assertGreaterEqual(len(models), 10)
        self.assertLessEqual(set(self.TRANSPORTS), transports)
        before = self.fingerprint()
        self.authenticate(self.backend_ui.login, PASSWORD)
        with mute_logger(*REFUSAL_LOGGERS, "odoo.addons.base.controllers.rpc"):
            for attack in attacks:
                with self.subTest(attack=attack.what, transport=attack.transport):
                    outcome, value = self.send(attack)
                    self.assertRefused(attack, outcome, value)
        self.assertEqual(self.fingerprint(), before)
        _logger.info(
            "group_backend attack table: %s attempts over %s models through %s transports, "
            "all refused, nothing changed",
            len(attacks),
            len(models),
            len(transports),
        )

    def test_sideways_attacks_fail_for_each_user_type(self):
        """The sideways attacks fail as a Backend user too, as they do for the portal user."""
        before = self.fingerprint()
        for me in (self.backend, self.portal):
            self.authenticate(me.login, PASSWORD)
            with mute_logger(*REFUSAL_LOGGERS, "odoo.addons.base.controllers.rpc"):
                for attack in self.sideways_attacks(me):
                    with self.subTest(user=me.login, attack=attack.what):
                        outcome, value = self.send(attack, me)
                        if outcome == "error" and attack.expect != "error":
                            # refused outright (a channel it is not in: not found)
                            self.assertRegex(value, "AccessError|NotFound")
                            continue
                        self.assertRefused(attack, outcome, value)
        self.assertEqual(self.fingerprint(), before)

    def test_own_data_still_reachable(self):
        """The same channels answer the user's own data: the refusals above are not blanket."""
        me = self.backend_ui
        self.authenticate(me.login, PASSWORD)
        own = self.call_kw("res.users", "read", [[me.id], ["login"]])
        self.assertEqual(own[0]["login"], me.login)
        for transport in ("xmlrpc-password", "xmlrpc-apikey", "jsonrpc-password", "jsonrpc-apikey"):
            domain = [("id", "=", me.partner_id.id)]
            attack = Attack(
                "own partner",
                transport,
                "res.partner",
                "search_read",
                [domain],
                {"fields": ["name"]},
                None,
            )
            with self.subTest(transport=transport):
                outcome, value = self.send(attack)
                self.assertEqual(outcome, "result", value)
                self.assertEqual([row["name"] for row in value], [me.partner_id.name])
