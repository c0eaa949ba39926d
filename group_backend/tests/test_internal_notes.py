# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import BACKEND_UI, UserTypesCase

NOTES = "group_backend.group_backend_internal_notes"


@tagged("post_install", "-at_install")
class TestInternalNotes(UserTypesCase):
    """Backend users read internal notes only with the switch, and never those about them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        # an administrator's app: read rights on the blacklist, and a group for it
        # that implies Backend UI user and shows the team's internal notes
        cls.app_group = env["res.groups"].create(
            {
                "name": "Blacklist readers",
                "implied_ids": [Command.set([env.ref(BACKEND_UI).id, env.ref(NOTES).id])],
            }
        )
        for group in (env.ref(BACKEND_UI), cls.app_group):
            env["ir.model.access"].create(
                {
                    "name": f"{group.name} read the blacklist",
                    "model_id": env.ref("mail.model_mail_blacklist").id,
                    "group_id": group.id,
                    "perm_read": True,
                }
            )
        cls.collaborator = cls.new_user("gb_notes_collaborator", "base.group_user")
        cls.collaborator.groups_id = [Command.set(cls.app_group.ids)]
        cls.entry = env["mail.blacklist"].create({"email": "spam@example.com"})
        cls.note = cls.entry.message_post(
            body="Team note", message_type="comment", subtype_xmlid="mail.mt_note"
        )
        cls.comment = cls.entry.message_post(
            body="A comment", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        cls.notes_about = {
            user: user.partner_id.message_post(
                body="About you", message_type="comment", subtype_xmlid="mail.mt_note"
            )
            for user in (cls.backend_ui, cls.collaborator)
        }

    def messages_of(self, user, record):
        """The messages of ``record`` that ``user`` finds."""
        domain = [("model", "=", record._name), ("res_id", "=", record.id)]
        return self.env["mail.message"].with_user(user).search(domain)

    def test_the_switch_makes_a_backend_ui_user(self):
        self.assertFalse(self.collaborator.share)
        self.assertTrue(self.collaborator._is_backend_user())
        self.assertTrue(self.collaborator._reads_internal_notes())
        self.assertFalse(self.backend_ui._reads_internal_notes())

    def test_backend_users_read_no_internal_note(self):
        """Without the switch, the comments of a readable record only, as for portal users."""
        self.assertEqual(self.messages_of(self.backend_ui, self.entry), self.comment)
        with mute_logger("odoo.models"), self.assertRaises(AccessError):
            self.note.with_user(self.backend_ui).read(["body"])
        self.comment.with_user(self.backend_ui).read(["body"])

    def test_the_switch_shows_the_team_notes(self):
        """With the switch, the internal notes of the records the user may read."""
        self.assertEqual(self.messages_of(self.collaborator, self.entry), self.note | self.comment)
        self.note.with_user(self.collaborator).read(["body"])

    def test_notes_about_the_user_stay_hidden(self):
        """The switch never shows employees' notes on the user's own contact."""
        for user, note in self.notes_about.items():
            with self.subTest(user=user.login):
                self.assertNotIn(note, self.messages_of(user, user.partner_id))
                with mute_logger("odoo.models"), self.assertRaises(AccessError):
                    note.with_user(user).read(["body"])

    def test_employees_keep_their_notes(self):
        """Employees read the notes on the contacts they may read, as without the module."""
        note = self.notes_about[self.backend_ui]
        self.assertIn(note, self.messages_of(self.internal, self.backend_ui.partner_id))
