# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.fields import Command
from odoo.tests import tagged

from .common import BACKEND, BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestUserType(UserTypesCase):
    def test_groups_are_user_types(self):
        category = self.env.ref("base.module_category_user_type")
        for xmlid in (BACKEND, BACKEND_UI):
            self.assertEqual(self.env.ref(xmlid).category_id, category)

    def test_backend_group_grants_own_identity_and_web_client_plumbing(self):
        """Read only, but for the user's own presence and channel memberships."""
        group = self.env.ref(BACKEND)
        granted = {
            access.model_id.model: (access.perm_read, access.perm_write, access.perm_create)
            for access in group.model_access
        }
        self.assertEqual(
            set(granted),
            {
                "res.users", "res.partner", "bus.presence", "discuss.channel",
                "discuss.channel.member", "mail.guest", "mail.message", "mail.activity",
                "calendar.event", "calendar.attendee",
                # reference data that every page outside the web client reads
                "res.currency", "res.lang",
                # which messages are internal notes, that mail hides from them
                "mail.message.subtype",
            },
        )  # fmt: skip
        writable = {model for model, perms in granted.items() if perms[1] or perms[2]}
        self.assertEqual(writable, {"bus.presence", "discuss.channel.member"})
        self.assertIn("[('id', '=', user.id)]", group.rule_groups.mapped("domain_force"))
        self.assertIn("[('id', '=', user.partner_id.id)]", group.rule_groups.mapped("domain_force"))
        self.assertFalse(group.implied_ids)

    def test_share_by_user_type(self):
        self.assertFalse(self.internal.share)
        self.assertFalse(self.backend.share)
        self.assertFalse(self.backend_ui.share)
        self.assertTrue(self.portal.share)
        self.assertTrue(self.public.share)

    def test_share_follows_group_changes(self):
        user = self.new_user("gb_changing", "base.group_portal")
        self.assertTrue(user.share)
        user.groups_id = [
            Command.unlink(self.env.ref("base.group_portal").id),
            Command.link(self.env.ref(BACKEND_UI).id),
        ]
        self.assertFalse(user.share)
        user.groups_id = [
            Command.unlink(self.env.ref(BACKEND_UI).id),
            Command.link(self.env.ref("base.group_portal").id),
        ]
        self.assertTrue(user.share)

    def test_share_through_implied_group(self):
        """A custom group that implies a backend group makes its users non-share."""
        custom = self.env["res.groups"].create(
            {"name": "Dummy app user", "implied_ids": [Command.link(self.env.ref(BACKEND).id)]}
        )
        user = self.new_user("gb_custom", "base.group_portal")
        user.groups_id = [
            Command.unlink(self.env.ref("base.group_portal").id),
            Command.link(custom.id),
        ]
        self.assertIn(self.env.ref(BACKEND), user.groups_id)
        self.assertFalse(user.share)

    def test_share_stored_in_database(self):
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT share FROM res_users WHERE id IN %s",
            [(self.backend.id, self.backend_ui.id)],
        )
        self.assertEqual({row[0] for row in self.env.cr.fetchall()}, {False})

    def test_one_user_type_with_internal(self):
        for xmlid in (BACKEND, BACKEND_UI):
            with self.subTest(group=xmlid), self.assertRaises(ValidationError):
                self.internal.groups_id = [Command.link(self.env.ref(xmlid).id)]

    def test_one_user_type_with_portal_and_public(self):
        for user in (self.portal, self.public):
            for xmlid in (BACKEND, BACKEND_UI):
                with (
                    self.subTest(user=user.login, group=xmlid),
                    self.assertRaises(ValidationError),
                ):
                    user.groups_id = [Command.link(self.env.ref(xmlid).id)]

    def test_one_user_type_between_backend_groups(self):
        with self.assertRaises(ValidationError):
            self.backend.groups_id = [Command.link(self.env.ref(BACKEND_UI).id)]

    def test_one_user_type_at_creation(self):
        with self.assertRaises(ValidationError):
            self.new_user("gb_both", f"base.group_user,{BACKEND_UI}")

    def test_internal_user_demoted_to_backend_ui(self):
        """As for Portal, an internal user made a backend user keeps only what is given."""
        user = self.new_user("gb_demoted", "base.group_user,base.group_partner_manager")
        user.write(
            {
                "groups_id": [
                    Command.unlink(self.env.ref("base.group_user").id),
                    Command.link(self.env.ref(BACKEND_UI).id),
                ]
            }
        )
        self.assertEqual(user.groups_id, self.env.ref(BACKEND_UI))
        self.assertFalse(user.share)

    def test_backend_user_made_portal(self):
        custom = self.env["res.groups"].create(
            {"name": "Dummy app user", "implied_ids": [Command.link(self.env.ref(BACKEND_UI).id)]}
        )
        user = self.new_user("gb_leaving", BACKEND_UI)
        user.groups_id = [Command.link(custom.id)]
        user.write(
            {
                "groups_id": [
                    Command.unlink(self.env.ref(BACKEND_UI).id),
                    Command.link(self.env.ref("base.group_portal").id),
                ]
            }
        )
        self.assertEqual(user.groups_id, self.env.ref("base.group_portal"))
        self.assertTrue(user.share)
