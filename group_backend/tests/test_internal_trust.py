# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Where Odoo trusts internal users beyond their rights, backend users are not trusted."""

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from .common import BACKEND, BACKEND_UI, UserTypesCase
from .test_http import PASSWORD, REFUSAL_LOGGERS, HttpUsersCase

# What Odoo ticks for new employees: Contact Creation, export, Technical Features.
EMPLOYEE_DEFAULTS = ("base.group_partner_manager", "base.group_allow_export", "base.group_no_one")


@tagged("post_install", "-at_install")
class TestDefaultRights(UserTypesCase):
    """A new backend user holds only what the administrator gives it."""

    def defaults(self):
        return self.env["res.groups"].browse(self.env.ref(xmlid).id for xmlid in EMPLOYEE_DEFAULTS)

    def type_field(self):
        user_types = self.env["res.groups"]._user_type_groups()
        return f"sel_groups_{'_'.join(str(gid) for gid in sorted(user_types.ids))}"

    def create_as_the_form_does(self, login, user_type):
        """Create a user with what the user form sends: its defaults, and the chosen type.

        The form sends every groups field, with the defaults Odoo gives employees
        ticked (the user type is a field of it, shown in developer mode).
        """
        values = self.env["res.users"].default_get(list(self.env["res.users"].fields_get()))
        del values["groups_id"]  # not a field of the form: its groups fields stand for it
        for xmlid in EMPLOYEE_DEFAULTS:
            self.assertTrue(values[f"in_group_{self.env.ref(xmlid).id}"], xmlid)
        values.update(name=login, login=login, **{self.type_field(): self.env.ref(user_type).id})
        return self.env["res.users"].create(values)

    def test_user_form_gives_no_employee_defaults(self):
        for xmlid in (BACKEND, BACKEND_UI):
            with self.subTest(user_type=xmlid):
                user = self.create_as_the_form_does(f"new_{xmlid}", xmlid)
                self.assertEqual(user.groups_id & self.defaults(), self.env["res.groups"])
                self.assertIn(self.env.ref(xmlid), user.groups_id)

    def test_plain_backend_user_from_the_form_reads_no_contacts(self):
        user = self.create_as_the_form_does("plain_backend", BACKEND)
        self.assertEqual(self.env["res.partner"].with_user(user).search([]), user.partner_id)

    def test_rpc_create_gives_no_employee_defaults(self):
        """Reified fields, as an import or RPC client sends them, are treated alike."""
        values = {
            "name": "By RPC",
            "login": "by_rpc",
            self.type_field(): self.env.ref(BACKEND_UI).id,
        }
        for group in self.defaults():
            values[f"in_group_{group.id}"] = True
        user = self.env["res.users"].create(values)
        self.assertEqual(user.groups_id & self.defaults(), self.env["res.groups"])

    def test_granted_afterwards_is_kept(self):
        user = self.backend_ui
        user.groups_id = [Command.link(self.env.ref("base.group_allow_export").id)]
        self.assertIn(self.env.ref("base.group_allow_export"), user.groups_id)

    def test_employees_keep_their_defaults(self):
        user = self.env["res.users"].create({"name": "Employee", "login": "employee_defaults"})
        self.assertEqual(user.groups_id & self.defaults(), self.defaults())


@tagged("post_install", "-at_install")
class TestOnboarding(UserTypesCase):
    """Onboarding tours are for employees: a backend user is never locked out by them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.tour = cls.env["web_tour.tour"].create({"name": "group_backend_test_tour"})

    def test_no_tour_for_backend_users(self):
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                user.tour_enabled = True
                self.assertFalse(self.env["web_tour.tour"].with_user(user).get_current_tour())
                self.env["web_tour.tour"].with_user(user).consume(self.tour.name)
                self.assertNotIn(user, self.tour.user_consumed_ids)

    def test_backend_users_cannot_switch_it_on(self):
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                self.assertFalse(self.env["res.users"].with_user(user).switch_tour_enabled(True))
                self.assertFalse(user.tour_enabled)

    def test_employees_still_get_tours(self):
        self.internal.tour_enabled = True
        self.assertTrue(self.env["web_tour.tour"].with_user(self.internal).get_current_tour())


@tagged("post_install", "-at_install")
class TestOnboardingOverHttp(HttpUsersCase):
    def test_employees_switch_it_from_the_user_menu(self):
        """The user menu's switch, as the web client calls it, still works for employees."""
        self.authenticate(self.internal.login, PASSWORD)
        self.assertTrue(self.call_kw("res.users", "switch_tour_enabled", [True]))
        self.assertFalse(self.call_kw("res.users", "switch_tour_enabled", [False]))

    def test_onboarding_switched_on_keeps_the_web_client(self):
        """Switched on by an administrator, onboarding leaves /odoo working."""
        self.env["web_tour.tour"].create({"name": "group_backend_test_tour"})
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                user.tour_enabled = True
                self.authenticate(user.login, PASSWORD)
                self.assertEqual(self.url_open("/odoo", allow_redirects=False).status_code, 200)
                info = self.make_jsonrpc_request("/web/session/get_session_info")
                self.assertFalse(info["tour_enabled"])
                self.assertFalse(info["current_tour"])
                self.assertTrue(info["is_backend_user"])


@tagged("post_install", "-at_install")
class TestMessageRecipients(HttpUsersCase):
    """A backend user cannot name or e-mail partners it may not read by posting."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.stranger = cls.env["res.partner"].create(
            {"name": "A stranger", "email": "s@example.com"}
        )
        cls.channel = cls.env["discuss.channel"].create(
            {"name": "posting", "channel_type": "channel"}
        )
        cls.channel.add_members(partner_ids=(cls.backend_ui | cls.internal).partner_id.ids)

    def post(self, user, partners):
        self.authenticate(user.login, PASSWORD)
        self.make_jsonrpc_request(
            "/mail/message/post",
            {
                "thread_model": "discuss.channel",
                "thread_id": self.channel.id,
                "post_data": {
                    "body": f"Hello from {user.login}",
                    "message_type": "comment",
                    "subtype_xmlid": "mail.mt_comment",
                    "partner_ids": partners.ids,
                },
            },
        )
        return self.env["mail.message"].search(
            [("model", "=", "discuss.channel"), ("res_id", "=", self.channel.id)], limit=1
        )

    def test_backend_ui_user_cannot_notify_a_stranger(self):
        message = self.post(self.backend_ui, self.stranger | self.backend_ui.partner_id)
        self.assertEqual(message.author_id, self.backend_ui.partner_id)
        self.assertNotIn(self.stranger, message.partner_ids)
        self.assertIn(self.backend_ui.partner_id, message.partner_ids)
        self.assertFalse(
            message.notification_ids.filtered(lambda n: n.res_partner_id == self.stranger)
        )

    def test_employee_still_can(self):
        message = self.post(self.internal, self.stranger)
        self.assertIn(self.stranger, message.partner_ids)


@tagged("post_install", "-at_install")
class TestTrustedPaths(UserTypesCase):
    """Odoo paths that trust internal users beyond their rights, as backend users meet them."""

    def test_discuss_sends_backend_users_no_emails(self):
        from odoo.addons.mail.tools.discuss import Store

        colleague = self.internal.partner_id
        for user, has_email in ((self.backend_ui, False), (self.internal, True)):
            with self.subTest(user=user.login):
                store = Store()
                # sudo, as Discuss does for the members of a channel
                colleague.with_user(user).sudo()._to_store(store)
                data = store.get_result()["res.partner"][0]
                self.assertEqual("email" in data, has_email)

    def test_attachments_of_no_document_refused(self):
        """An attachment whose model is not installed: Odoo checks no document."""
        attachment = self.env["ir.attachment"].create(
            {"name": "orphan.txt", "raw": b"secret", "res_model": "x.not.installed", "res_id": 1}
        )
        self.assertEqual(attachment.with_user(self.internal).raw, b"secret")  # Odoo's way
        with self.assertRaises(AccessError):
            attachment.with_user(self.backend_ui).check("read")
        own = (
            self.env["ir.attachment"]
            .with_user(self.backend_ui)
            .create({"name": "mine.txt", "raw": b"mine"})
        )
        own.check("read")


@tagged("post_install", "-at_install")
class TestAccessErrorsInDebugMode(HttpUsersCase):
    def test_access_errors_name_nothing(self):
        """With Technical Features in debug mode, Odoo's access errors name the records
        and rules to internal users; a backend user is told no more than a portal user."""
        self.backend_ui.groups_id = [Command.link(self.env.ref("base.group_no_one").id)]
        meeting = self.env["calendar.event"].create(
            {"name": "Their secret meeting", "start": "2030-01-01 10:00:00",
             "stop": "2030-01-01 11:00:00", "user_id": self.internal.id,
             "partner_ids": [Command.set(self.internal.partner_id.ids)]}
        )  # fmt: skip
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.url_open("/odoo?debug=1")
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(JsonRpcException) as caught:
            self.call_kw("calendar.event", "read", [meeting.ids, ["name"]])
        self.assertIn("AccessError", str(caught.exception))
        self.assertNotIn("Their secret meeting", str(caught.exception))
        self.assertNotIn("Blame", str(caught.exception))
