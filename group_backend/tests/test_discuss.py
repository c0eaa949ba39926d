# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Discuss: a backend user finds, chats with and invites the people it shares a channel with."""

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.mail.tools.discuss import Store

from .common import BACKEND_UI, OtherPeoplesData, UserTypesCase


def partner_ids(store_result):
    """The ids of the partners a Store result holds."""
    return {data["id"] for data in store_result.get("res.partner", [])}


@tagged("post_install", "-at_install")
class TestDiscussContacts(OtherPeoplesData, UserTypesCase):
    """Uma (Backend UI) shares a channel with Ian (internal); a stranger's user shares none."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_other_peoples_data(cls.backend_ui, cls.internal)
        cls.outsider = cls.new_user("gb_outsider", "base.group_user", name="Gb Outsider")
        cls.their_channel.add_members(partner_ids=cls.outsider.partner_id.ids)
        cls.me = cls.backend_ui.with_user(cls.backend_ui)
        cls.colleague = cls.internal.partner_id

    def test_contacts_are_the_members_of_own_channels(self):
        contacts = self.env["res.partner"].with_user(self.backend_ui)._backend_contacts()
        own_channels = self.backend_ui.partner_id.channel_ids
        self.assertIn(self.colleague, contacts)
        self.assertEqual(
            contacts, own_channels.channel_member_ids.partner_id - self.backend_ui.partner_id
        )
        self.assertNotIn(self.outsider.partner_id, contacts)
        self.assertNotIn(self.stranger, contacts)

    def test_chat_search_finds_colleagues_only(self):
        found = self.me.env["res.partner"].im_search("gb_")
        self.assertEqual(partner_ids(found), set(self.colleague.ids))
        self.assertEqual(partner_ids(self.me.env["res.partner"].im_search("Outsider")), set())

    def test_invitation_search_finds_colleagues_only(self):
        channel = self.me.env["discuss.channel"].create_group(
            partners_to=self.backend_ui.partner_id.ids
        )
        found = self.me.env["res.partner"].search_for_channel_invite("gb_", channel.id)
        self.assertEqual(partner_ids(found["data"]), set(self.colleague.ids))
        self.assertEqual(found["count"], 1)
        found = self.me.env["res.partner"].search_for_channel_invite("gb_", self.shared_channel.id)
        self.assertEqual(found["count"], 0, "the colleague is a member already")

    def test_mentions_find_members_of_own_channel_by_name_only(self):
        partners = self.me.env["res.partner"]
        found = partners.get_mention_suggestions_from_channel(self.shared_channel.id, "gb_")
        self.assertEqual(partner_ids(found), set((self.colleague | self.backend_ui.partner_id).ids))
        email = self.colleague.email.split("@")[0]
        found = partners.get_mention_suggestions_from_channel(self.shared_channel.id, email)
        self.assertEqual(partner_ids(found), set())
        self.assertEqual(
            partners.get_mention_suggestions_from_channel(self.their_channel.id, ""), []
        )

    def test_chat_and_meeting_with_a_colleague(self):
        channels = self.me.env["discuss.channel"]
        chat = channels.channel_get(partners_to=self.colleague.ids)
        self.assertEqual(chat.channel_partner_ids, self.backend_ui.partner_id | self.colleague)
        self.assertFalse(chat.env.su)
        meeting = channels.create_group(partners_to=self.backend_ui.partner_id.ids)
        meeting.add_members(partner_ids=self.colleague.ids)
        self.assertEqual(meeting.channel_partner_ids, self.backend_ui.partner_id | self.colleague)

    def test_no_chat_meeting_or_invitation_with_strangers(self):
        channels = self.me.env["discuss.channel"]
        outsider = self.outsider.partner_id
        meeting = channels.create_group(partners_to=self.backend_ui.partner_id.ids)
        refusals = {
            "chat": lambda: channels.channel_get(partners_to=outsider.ids),
            "meeting": lambda: channels.create_group(partners_to=outsider.ids),
            "invitation": lambda: meeting.add_members(partner_ids=outsider.ids),
            "guest": lambda: meeting.add_members(guest_ids=[1]),
            "chat of others": lambda: (
                self.me.env["discuss.channel"]
                .browse(self.their_channel.id)
                .add_members(partner_ids=self.colleague.ids)
            ),
        }
        for what, refused in refusals.items():
            with self.subTest(what), self.assertRaises(AccessError):
                refused()
        self.assertEqual(meeting.channel_partner_ids, self.backend_ui.partner_id)

    def test_no_email_of_others_in_discuss_data(self):
        members = self.me.env["discuss.channel"].browse(self.shared_channel.id).channel_member_ids
        partners = {p["id"]: p for p in Store(members).get_result()["res.partner"]}
        self.assertNotIn("email", partners[self.colleague.id])
        self.assertEqual(partners[self.backend_ui.partner_id.id]["email"], self.backend_ui.email)
        members = self.shared_channel.with_user(self.internal).channel_member_ids
        partners = {p["id"]: p for p in Store(members).get_result()["res.partner"]}
        self.assertEqual(partners[self.backend_ui.partner_id.id]["email"], self.backend_ui.email)

    def test_a_mention_of_someone_unseen_keeps_the_channel_readable(self):
        message = self.shared_channel.with_user(self.internal).message_post(
            body="Ask the stranger",
            partner_ids=self.stranger.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self.assertTrue(
            message.notification_ids.filtered(lambda n: n.res_partner_id == self.stranger)
        )
        data = Store(
            self.me.env["mail.message"].browse(message.id), for_current_user=True
        ).get_result()
        (message_data,) = data["mail.message"]
        self.assertEqual(message_data["notifications"], [])

    def test_chatter_of_a_document_it_may_only_read_logs_no_refusal(self):
        """mail asks whether the user may change the document: no "Access Denied" line."""
        partner = self.me.env["res.partner"].browse(self.backend_ui.partner_id.id)
        store = Store()
        with self.assertNoLogs("odoo.addons.base.models.ir_model", "INFO"):
            partner._thread_to_store(store, request_list=["activities"])
        (thread,) = store.get_result()["mail.thread"]
        self.assertIs(thread["hasWriteAccess"], False)
        self.assertIs(thread["hasReadAccess"], True)

    def test_leave_a_conversation(self):
        meeting = self.me.env["discuss.channel"].create_group(
            partners_to=(self.backend_ui.partner_id | self.colleague).ids
        )
        meeting.action_unfollow()
        self.assertEqual(meeting.sudo().channel_partner_ids, self.colleague)

    def test_employees_find_and_invite_as_odoo_lets_them(self):
        """The narrow paths are for backend users: an employee finds anyone, as in Odoo."""
        internal = self.internal.with_user(self.internal)
        partners = internal.env["res.partner"]
        outsider = self.outsider.partner_id
        self.assertIn(outsider.id, partner_ids(partners.im_search("Outsider")))
        found = partners.search_for_channel_invite("Outsider")
        self.assertIn(outsider.id, partner_ids(found["data"]))
        email = outsider.email.split("@")[0]
        self.assertEqual(partners._get_mention_suggestions_domain(email)[0], "&")
        meeting = internal.env["discuss.channel"].create_group(partners_to=outsider.ids)
        self.assertIn(outsider, meeting.channel_partner_ids)

    def test_invitation_respects_the_channel_group(self):
        """A channel restricted to a group takes only people of that group, as in Odoo."""
        restricted = self.env["discuss.channel"].create(
            {"name": "ui-only", "group_public_id": self.env.ref(BACKEND_UI).id}
        )
        restricted.add_members(partner_ids=self.backend_ui.partner_id.ids)
        channel = self.me.env["discuss.channel"].browse(restricted.id)
        found = self.me.env["res.partner"].search_for_channel_invite("gb_", channel.id)
        self.assertEqual(found["count"], 0, "the colleague is not a Backend UI user")
        with self.assertRaises(AccessError):
            channel.add_members(partner_ids=self.colleague.ids)

    def test_own_email_kept_beside_others_in_one_store(self):
        partners = (self.backend_ui.partner_id | self.colleague).with_user(self.backend_ui).sudo()
        data = {p["id"]: p for p in Store(partners).get_result()["res.partner"]}
        self.assertEqual(data[self.backend_ui.partner_id.id]["email"], self.backend_ui.email)
        self.assertNotIn("email", data[self.colleague.id])
