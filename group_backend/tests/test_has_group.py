# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged

from .common import BACKEND, BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestHasGroup(UserTypesCase):
    def test_internal_check_by_user_type(self):
        expected = {
            self.internal: True,
            self.backend: True,
            self.backend_ui: True,
            self.portal: False,
            self.public: False,
        }
        for user, internal in expected.items():
            me = self.as_user(user)
            with self.subTest(user=user.login):
                self.assertEqual(me.has_group("base.group_user"), internal)
                self.assertEqual(me._is_internal(), internal)
                self.assertEqual(me.has_groups("base.group_user"), internal)
                self.assertEqual(me.has_groups("base.group_system,base.group_user"), internal)
                self.assertEqual(me.has_groups("!base.group_user"), not internal)

    def test_other_groups_unchanged(self):
        for user in (self.backend, self.backend_ui):
            me = self.as_user(user)
            with self.subTest(user=user.login):
                self.assertFalse(me.has_group("base.group_system"))
                self.assertFalse(me.has_group("base.group_portal"))
                self.assertFalse(me.has_group("base.group_partner_manager"))
        self.assertTrue(self.backend.has_group(BACKEND))
        self.assertFalse(self.backend.has_group(BACKEND_UI))
        self.assertTrue(self.backend_ui.has_group(BACKEND_UI))
        self.assertFalse(self.backend_ui.has_group(BACKEND))

    def test_custom_group_implying_backend_group(self):
        for xmlid in (BACKEND, BACKEND_UI):
            custom = self.env["res.groups"].create(
                {"name": f"Custom {xmlid}", "implied_ids": [Command.link(self.env.ref(xmlid).id)]}
            )
            user = self.new_user(f"gb_custom_{custom.id}", "base.group_public")
            user.groups_id = [
                Command.unlink(self.env.ref("base.group_public").id),
                Command.link(custom.id),
            ]
            with self.subTest(group=xmlid):
                self.assertTrue(self.as_user(user).has_group("base.group_user"))
                self.assertTrue(user._is_internal())

    def test_answer_follows_group_changes(self):
        user = self.new_user("gb_moving", BACKEND_UI)
        self.assertTrue(user._is_internal())
        user.groups_id = [
            Command.unlink(self.env.ref(BACKEND_UI).id),
            Command.link(self.env.ref("base.group_portal").id),
        ]
        self.assertFalse(user._is_internal())
        user.groups_id = [
            Command.unlink(self.env.ref("base.group_portal").id),
            Command.link(self.env.ref(BACKEND).id),
        ]
        self.assertTrue(user._is_internal())

    def test_probing_another_user_refused(self):
        """Backend users may not learn another user's groups, as portal users may not."""
        for user in (self.backend, self.backend_ui, self.portal):
            other = self.internal.with_user(user)
            for xmlid in ("base.group_user", "base.group_system", BACKEND_UI):
                with (
                    self.subTest(user=user.login, group=xmlid),
                    self.assertRaises(AccessError),
                ):
                    other.has_group(xmlid)

    def test_features_asked_of_the_superuser(self):
        """Odoo asks the superuser's groups which features are on: backend users get the answer."""
        root = self.env.ref("base.user_root")
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                for xmlid in ("base.group_system", "base.group_multi_currency"):
                    self.assertEqual(
                        root.with_user(user).has_group(xmlid), root.sudo().has_group(xmlid)
                    )
        with self.assertRaises(AccessError):
            root.with_user(self.portal).has_group("base.group_system")

    def test_internal_user_may_still_probe(self):
        other = self.backend_ui.with_user(self.internal)
        self.assertTrue(other.has_group("base.group_user"))
        self.assertTrue(other.has_group(BACKEND_UI))
        self.assertFalse(self.portal.with_user(self.internal).has_group("base.group_user"))

    def test_sudo_may_probe(self):
        self.assertTrue(self.internal.with_user(self.backend).sudo().has_group("base.group_user"))
        self.assertTrue(self.backend_ui.with_user(self.portal).sudo()._is_internal())

    def test_field_groups_pass_for_backend_users(self):
        """A field restricted to Internal User is readable on records they may read."""
        field = self.env["res.partner"]._fields["activity_ids"]
        self.assertEqual(field.groups, "base.group_user")
        partner = self.as_user(self.backend_ui).partner_id
        self.assertEqual(partner.activity_ids, self.env["mail.activity"])
        portal_partner = self.as_user(self.portal).partner_id
        with self.assertRaises(AccessError):
            portal_partner.read(["activity_ids"])

    def test_new_record_uses_its_own_groups(self):
        """A user being created answers from the groups it is given."""
        group_ids = [self.env.ref(BACKEND).id]
        draft = self.env["res.users"].new({"groups_id": [Command.set(group_ids)]})
        self.assertTrue(draft.has_group("base.group_user"))
        self.assertTrue(draft.has_group(BACKEND))
        portal_ids = [self.env.ref("base.group_portal").id]
        draft = self.env["res.users"].new({"groups_id": [Command.set(portal_ids)]})
        self.assertFalse(draft.has_group("base.group_user"))

    def test_one_cached_lookup_no_query(self):
        me = self.as_user(self.backend_ui)
        me.has_group("base.group_user")  # warm the caches
        with self.assertQueryCount(0):
            for _i in range(10):
                self.assertTrue(me.has_group("base.group_user"))
                self.assertTrue(me._is_internal())
