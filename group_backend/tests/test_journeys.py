# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Journeys of backend users in Chromium, from the login form: every control works or is hidden."""

import logging
from datetime import datetime

import pytz

from odoo.tests import new_test_user, tagged

from .browser import JourneyCase, near_midnight_timezone

_logger = logging.getLogger(__name__)


@tagged("post_install", "-at_install")
class TestFirstLogin(JourneyCase):
    """A user just created, who never logged in and has no timezone, logs in from a browser."""

    def new_user(self, login, group):
        user = new_test_user(
            self.env, login, groups=group, password=login, context={"no_reset_password": True}
        )
        user.partner_id.tz = False
        return user

    def assertSameTimezone(self, timezone, expected):
        """The login form's tz cookie set the browser's timezone (maybe by another name)."""
        self.assertTrue(timezone, "the login form's tz cookie set the timezone")
        now = datetime.now(pytz.utc)
        self.assertEqual(now.astimezone(pytz.timezone(timezone)).utcoffset(),
                         now.astimezone(pytz.timezone(expected)).utcoffset())  # fmt: skip

    def test_first_login_of_a_backend_user(self):
        user = self.new_user("gb_first_backend", "group_backend.group_backend")
        self.journey("group_backend_journey_first_login_backend")
        self.assertSameTimezone(user.tz, self.browser_timezone or "UTC")
        self.assertTrue(user.login_date)

    def test_first_login_of_a_backend_ui_user(self):
        user = self.new_user("gb_first_ui", "group_backend.group_backend_ui_users")
        self.journey("group_backend_journey_first_login_ui")
        self.assertSameTimezone(user.tz, self.browser_timezone or "UTC")
        channel = self.env.ref("group_backend.demo_channel_backend_team")
        self.assertIn(user.partner_id, channel.message_ids.author_id)


class UmasDay:
    """The demo Backend UI user, Uma, with a colleague in her channel, on the day it is
    where she and her browser are (a test mixin)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.uma = cls.env.ref("group_backend.demo_user_backend_ui")
        cls.uma.tz = timezone = cls.browser_timezone or "UTC"
        # the demo meeting is today for whoever loaded the demo data: today for her
        today = datetime.now(pytz.timezone(timezone)).date()
        cls.env.ref("group_backend.demo_meeting_backend_ui_today").write(
            {"start": f"{today} 08:00:00", "stop": f"{today} 18:00:00"}
        )
        cls.ian = cls.env.ref("group_backend.demo_user_internal")
        cls.channel = cls.env.ref("group_backend.demo_channel_backend_team")
        cls.channel.add_members(partner_ids=cls.ian.partner_id.ids, post_joined_message=False)
        # a colleague mentions someone Uma may not see: mail notifies that person
        cls.mitchell = cls.env.ref("base.partner_admin")
        cls.channel.with_user(cls.ian).sudo().message_post(
            body="Ask Mitchell about it",
            partner_ids=cls.mitchell.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )

    def test_records(self):
        """Her activity on her contact, today's meeting, an import into Dummy."""
        self.journey("group_backend_journey_records")
        imported = self.env["x_group_backend_dummy"].search([("x_name", "=", "Imported dummy")])
        self.assertEqual(imported.create_uid, self.uma)
        self.assertEqual(imported.x_notes, "From the journey")


@tagged("post_install", "-at_install")
class TestJourneys(UmasDay, JourneyCase):
    """Uma's journeys, her browser in the server's timezone (UTC)."""

    def test_discuss(self):
        """A mention, a chat and a meeting with a colleague; call and notification settings."""
        self.journey("group_backend_journey_discuss")
        both = self.uma.partner_id | self.ian.partner_id
        conversations = (
            self.env["discuss.channel"]
            .search(
                [
                    ("channel_partner_ids", "in", self.uma.partner_id.ids),
                    ("channel_type", "!=", "channel"),
                ]
            )
            .filtered(lambda channel: channel.channel_partner_ids == both)
        )
        chat = conversations.filtered(lambda channel: channel.channel_type == "chat")
        self.assertEqual(
            chat.message_ids.filtered("author_id").mapped("body"), ["<p>Hello Ian</p>"]
        )
        meeting = conversations.filtered(lambda channel: channel.channel_type == "group")
        self.assertEqual(len(meeting), 1, "the meeting, with the colleague invited")
        settings = self.env["res.users.settings"]._find_or_create_for_user(self.uma)
        self.assertEqual(settings.channel_notifications, "all")

    def test_messages(self):
        """Reactions to hers and a colleague's message; hers edited, starred and pinned."""
        self.journey("group_backend_journey_messages")
        messages = self.channel.message_ids
        own = messages.filtered(lambda m: m.author_id == self.uma.partner_id)
        kept = own.filtered(lambda m: "Message kept" in m.body)
        self.assertEqual(len(kept), 1)
        self.assertEqual(kept.reaction_ids.mapped("content"), ["🙂"])
        colleagues = messages.filtered(lambda m: "Ask Mitchell" in (m.body or ""))
        self.assertEqual(colleagues.reaction_ids.mapped("content"), ["👍"])
        self.assertEqual(colleagues.reaction_ids.partner_id, self.uma.partner_id)
        self.assertIn(self.uma.partner_id, kept.starred_partner_ids)
        self.assertTrue(kept.pinned_at)
        self.assertFalse(own.filtered(lambda m: "Draft to delete" in (m.body or "")))

    def test_account(self):
        """A new API key, then a new password, with which she logs in again."""
        self.journey("group_backend_journey_account")
        keys = self.env["res.users.apikeys"].search([("user_id", "=", self.uma.id)])
        self.assertEqual(keys.mapped("name"), ["Journey key"])


@tagged("post_install", "-at_install")
class TestJourneysJustBeforeMidnight(UmasDay, TestFirstLogin):
    """Her records and a first login, where it is just before midnight for the person and
    its browser: the server (UTC) and the demo data's creator (Brussels) are in another day."""

    after_midnight = False

    @classmethod
    def setUpClass(cls):
        cls.browser_timezone = timezone = near_midnight_timezone(after=cls.after_midnight)
        local = datetime.now(pytz.timezone(timezone))
        _logger.info("group_backend journeys near midnight: in %s, at %s", timezone, local)
        super().setUpClass()


@tagged("post_install", "-at_install")
class TestJourneysJustAfterMidnight(TestJourneysJustBeforeMidnight):
    """The same, where the person's day has just begun."""

    after_midnight = True
