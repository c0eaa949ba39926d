# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .common import BACKEND, BACKEND_UI, OtherPeoplesData, UserTypesCase


@tagged("post_install", "-at_install")
class TestAccess(OtherPeoplesData, UserTypesCase):
    """Backend UI users see their own data, and nobody else's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.me, cls.other = cls.backend_ui, cls.internal
        cls.my_partner = cls.me.partner_id
        cls.create_other_peoples_data(cls.me, cls.other)
        env = cls.env
        cls.my_bank_account = env["res.partner.bank"].create(
            {"acc_number": "BE68 5390 0754 7034", "partner_id": cls.my_partner.id}
        )
        cls.my_meeting = cls.new_meeting(
            "A meeting I attend", cls.other, cls.other.partner_id | cls.my_partner
        )
        cls.organised_meeting = cls.new_meeting("A meeting I organise", cls.me, cls.stranger)
        cls.my_activity = cls.my_partner.activity_schedule(
            "mail.mail_activity_data_todo", summary="Mine", user_id=cls.me.id
        )
        cls.message_to_me = cls.stranger.message_post(
            body="For you",
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
            partner_ids=cls.my_partner.ids,
        )
        cls.their_chat = (
            env["discuss.channel"].with_user(cls.other).channel_get(cls.portal.partner_id.ids)
        )
        cls.my_presence = env["bus.presence"].create({"user_id": cls.me.id, "status": "online"})
        cls.my_attachment = (
            env["ir.attachment"].with_user(cls.me).create({"name": "mine.txt", "raw": b"mine"})
        )

    def env_of(self, user=None):
        return self.as_user(user or self.me).env

    def myself(self, env):
        """The user of ``env``, not sudoed as ``env.user`` is."""
        return env["res.users"].browse(env.uid)

    # --- own data ---------------------------------------------------------------

    def test_own_user_only(self):
        users = self.env_of()["res.users"]
        self.assertEqual(users.search([]), self.me)
        self.assertEqual(users.browse(self.me.id).name, self.me.name)
        self.assertUnreadable(users.browse(self.other.id), "name")

    def test_own_partner_and_company_partner_only(self):
        partners = self.env_of()["res.partner"]
        company_partners = self.me.company_ids.partner_id
        self.assertEqual(partners.search([]), self.my_partner | company_partners)
        self.assertEqual(partners.browse(self.my_partner.id).name, self.my_partner.name)
        for partner in (self.stranger, self.other.partner_id):
            with self.subTest(partner=partner.name):
                self.assertUnreadable(partners.browse(partner.id), "name")

    def test_no_bank_accounts(self):
        banks = self.env_of()["res.partner.bank"]
        for account in (self.bank_account, self.my_bank_account):
            with self.subTest(account=account.acc_number):
                self.assertUnreadable(banks.browse(account.id), "acc_number")
        with self.assertRaises(AccessError):
            banks.search([])

    def test_own_meetings_only(self):
        events = self.env_of()["calendar.event"]
        self.assertEqual(events.search([]), self.my_meeting | self.organised_meeting)
        self.assertUnreadable(events.browse(self.their_meeting.id), "name")
        attendees = self.env_of()["calendar.attendee"].search([])
        self.assertEqual(attendees.event_id, self.my_meeting | self.organised_meeting)
        self.assertNotIn(self.their_meeting, attendees.event_id)

    def test_own_activities_only(self):
        activities = self.env_of()["mail.activity"]
        self.assertEqual(activities.search([]), self.my_activity)
        self.assertUnreadable(activities.browse(self.their_activity.id), "summary")
        with self.assertRaises(AccessError):
            activities.browse(self.their_activity.id).unlink()
        self.assertTrue(self.their_activity.exists())

    def test_own_activity_done(self):
        activity = self.my_activity.with_user(self.me)
        activity.action_feedback(feedback="Done")
        self.assertFalse(self.my_activity.exists())

    def test_messages_of_unreadable_records_hidden(self):
        messages = self.env_of()["mail.message"]
        found = messages.search([("model", "=", "res.partner"), ("res_id", "=", self.stranger.id)])
        self.assertEqual(found, self.message_to_me)
        self.assertUnreadable(messages.browse(self.their_message.id), "body")
        self.assertEqual(messages.browse(self.message_to_me.id).body, self.message_to_me.body)

    def test_own_notifications_only(self):
        notifications = self.env_of()["mail.notification"].search([])
        self.assertTrue(notifications)
        self.assertEqual(notifications.res_partner_id, self.my_partner)

    def test_own_presence_only(self):
        presences = self.env_of()["bus.presence"]
        self.assertEqual(presences.search([]), self.my_presence)
        self.assertUnreadable(presences.browse(self.their_presence.id), "status")

    def test_member_channels_only(self):
        channels = self.env_of()["discuss.channel"]
        found = channels.search([])
        self.assertIn(self.shared_channel, found)
        for channel in found.sudo():
            with self.subTest(channel=channel.name):
                self.assertIn(self.my_partner, channel.channel_member_ids.partner_id)
        for channel in (self.their_channel, self.their_chat):
            with self.subTest(channel=channel.name):
                self.assertUnreadable(channels.browse(channel.id), "name")
        members = self.env_of()["discuss.channel.member"].search([])
        self.assertEqual(members.channel_id, found)

    def test_post_in_own_channel(self):
        channel = self.shared_channel.with_user(self.me)
        message = channel.message_post(
            body="Hello", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        self.assertEqual(message.author_id, self.my_partner)
        with self.assertRaises(AccessError):
            self.their_channel.with_user(self.me).message_post(
                body="Hello", message_type="comment", subtype_xmlid="mail.mt_comment"
            )

    def test_attachments_own_only(self):
        attachments = self.env_of()["ir.attachment"]
        self.assertEqual(attachments.browse(self.my_attachment.id).raw, b"mine")
        self.assertUnreadable(attachments.browse(self.their_attachment.id), "raw")
        self.assertNotIn(self.their_attachment, attachments.search([]))

    def test_own_preferences_writable(self):
        me = self.myself(self.env_of())
        me.write({"tz": "Europe/Paris", "signature": "<p>Uma</p>"})
        self.assertEqual(self.me.tz, "Europe/Paris")

    # --- Backend users are granted their own identity, and nothing of others ----------

    def test_backend_user_reads_no_business_data(self):
        env = self.env_of(self.backend)
        self.assertEqual(self.myself(env).name, self.backend.name)
        for model in ("ir.ui.menu", "res.partner.bank", "res.company", "mail.notification"):
            with self.subTest(model=model), self.assertRaises(AccessError):
                env[model].search([])
        self.assertUnreadable(env["res.users"].browse(self.other.id), "name")

    def test_backend_user_web_client_plumbing_is_its_own(self):
        """What the web client reads for a Backend user: its own partner, presence,
        channels, activities and meetings, and nobody else's."""
        env = self.env_of(self.backend)
        self.assertEqual(env["res.partner"].search([]), self.backend.partner_id)
        for model in ("mail.activity", "calendar.event", "discuss.channel", "bus.presence"):
            with self.subTest(model=model):
                self.assertFalse(env[model].search([]))
        self.assertFalse(env["mail.message"].search([("model", "!=", False)]))
        self.assertUnreadable(env["res.partner"].browse(self.other.partner_id.id), "name")

    # --- no escalation --------------------------------------------------------------

    def test_no_escalation(self):
        env = self.env_of()
        system = self.env.ref("base.group_system")
        attempts = {
            "write own groups": lambda: self.myself(env).write(
                {"groups_id": [Command.link(system.id)]}
            ),
            "write own share": lambda: self.myself(env).write({"share": False, "login": "x"}),
            "create a user": lambda: env["res.users"].create({"name": "X", "login": "x"}),
            "create a group": lambda: env["res.groups"].create({"name": "X"}),
            "join a group": lambda: (
                env["res.groups"].browse(system.id).write({"users": [Command.link(env.uid)]})
            ),
            "create an access right": lambda: env["ir.model.access"].create(
                {
                    "name": "x",
                    "model_id": self.env.ref("base.model_res_partner").id,
                    "perm_read": True,
                }
            ),
            "create a record rule": lambda: env["ir.rule"].create(
                {"name": "x", "model_id": self.env.ref("base.model_res_partner").id}
            ),
            "grant a menu": lambda: (
                env["ir.ui.menu"]
                .browse(self.env.ref("base.menu_administration").id)
                .write({"groups_id": [Command.link(self.env.ref(BACKEND_UI).id)]})
            ),
            "write another partner": lambda: (
                env["res.partner"].browse(self.stranger.id).write({"name": "Owned"})
            ),
            "write own partner": lambda: self.myself(env).partner_id.write({"name": "Renamed"}),
        }
        for what, attempt in attempts.items():
            with self.subTest(attempt=what), self.assertRaises(AccessError):
                attempt()
        self.assertNotIn(system, self.me.groups_id)
        self.assertEqual(self.me.groups_id, self.env.ref(BACKEND_UI))
        self.assertEqual(self.stranger.name, "A stranger")

    def test_backend_user_no_escalation(self):
        env = self.env_of(self.backend)
        with self.assertRaises(AccessError):
            self.myself(env).write({"groups_id": [Command.link(self.env.ref(BACKEND_UI).id)]})
        self.assertEqual(self.backend.groups_id, self.env.ref(BACKEND))
