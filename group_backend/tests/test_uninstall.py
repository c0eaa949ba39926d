# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.fields import Command
from odoo.tests import tagged

from ..hooks import uninstall_hook
from .common import BACKEND, BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestUninstall(UserTypesCase):
    """Before the module goes, its users become Portal users, and lose nothing else."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        backend_ui = cls.env.ref(BACKEND_UI)
        cls.app_group = cls.env["res.groups"].create(
            {"name": "Uninstall app user", "implied_ids": [Command.link(backend_ui.id)]}
        )
        cls.app_user = cls.new_user("gb_app_uninstall", BACKEND_UI)
        cls.app_user.groups_id = [Command.link(cls.app_group.id)]
        cls.archived = cls.new_user("gb_archived_backend", BACKEND)
        cls.archived.active = False

    def test_backend_users_become_portal_users(self):
        partners = (self.backend | self.backend_ui | self.app_user | self.archived).partner_id
        messages = self.env["mail.message"].search_count([("author_id", "in", partners.ids)])
        uninstall_hook(self.env)
        portal = self.env.ref("base.group_portal")
        for user in (self.backend, self.backend_ui, self.archived):
            with self.subTest(user=user.login):
                self.assertEqual(user.groups_id, portal)
                self.assertTrue(user.share)
                self.assertFalse(user._is_internal())
        self.assertEqual(self.app_user.groups_id, portal | self.app_group)
        self.assertEqual(
            (self.backend | self.backend_ui | self.app_user | self.archived).partner_id, partners
        )
        self.assertEqual(
            self.env["mail.message"].search_count([("author_id", "in", partners.ids)]), messages
        )

    def test_groups_stop_implying_backend_types(self):
        uninstall_hook(self.env)
        self.assertFalse(self.app_group.implied_ids)

    def test_other_users_untouched(self):
        before = {user: user.groups_id for user in (self.internal, self.portal, self.public)}
        uninstall_hook(self.env)
        for user, groups in before.items():
            with self.subTest(user=user.login):
                self.assertEqual(user.groups_id, groups)
