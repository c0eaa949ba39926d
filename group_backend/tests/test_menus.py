# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.fields import Command
from odoo.tests import tagged

from .common import BACKEND, BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestMenus(UserTypesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        action = cls.env["ir.actions.act_window"].create(
            {"name": "Partners for menu tests", "res_model": "res.partner"}
        )
        cls.custom_group = cls.env["res.groups"].create(
            {
                "name": "Menu test app user",
                "implied_ids": [Command.link(cls.env.ref(BACKEND_UI).id)],
            }
        )
        cls.app_user = cls.new_user("gb_app_user", BACKEND_UI)
        cls.app_user.groups_id = [Command.link(cls.custom_group.id)]
        menus = cls.env["ir.ui.menu"]
        cls.open_root = menus.create({"name": "Open root", "action": f"{action._name},{action.id}"})
        cls.open_child = menus.create(
            {
                "name": "Open child",
                "parent_id": cls.open_root.id,
                "action": f"{action._name},{action.id}",
            }
        )
        cls.ui_root = menus.create(
            {
                "name": "Granted root",
                "action": f"{action._name},{action.id}",
                "groups_id": [Command.link(cls.env.ref(BACKEND_UI).id)],
            }
        )
        cls.custom_root = menus.create(
            {
                "name": "Custom root",
                "action": f"{action._name},{action.id}",
                "groups_id": [Command.link(cls.custom_group.id)],
            }
        )

    def roots(self, user):
        return self.env["ir.ui.menu"].with_user(user).get_user_roots()

    def loaded_menu_ids(self, user):
        menus = self.env["ir.ui.menu"].with_user(user).load_menus(debug=False)
        return set(menus) - {"root"}

    def test_root_without_group_hidden_from_backend_users(self):
        self.assertIn(self.open_root, self.roots(self.internal))
        for user in (self.backend, self.backend_ui, self.app_user):
            with self.subTest(user=user.login):
                self.assertNotIn(self.open_root, self.roots(user))
                self.assertNotIn(self.open_root.id, self.loaded_menu_ids(user))

    def test_items_under_hidden_root_hidden(self):
        visible = self.env["ir.ui.menu"].with_user(self.backend_ui).search([])
        self.assertNotIn(self.open_child, visible)
        self.assertNotIn(self.open_child.id, self.loaded_menu_ids(self.backend_ui))
        visible = self.env["ir.ui.menu"].with_user(self.internal).search([])
        self.assertIn(self.open_child, visible)

    def test_root_granted_to_ui_group_shown(self):
        self.assertIn(self.ui_root, self.roots(self.backend_ui))
        self.assertIn(self.ui_root.id, self.loaded_menu_ids(self.backend_ui))
        self.assertNotIn(self.ui_root, self.roots(self.internal))
        self.assertNotIn(self.ui_root, self.roots(self.backend))

    def test_root_granted_through_implied_group_shown(self):
        self.assertIn(self.custom_root, self.roots(self.app_user))
        self.assertIn(self.ui_root, self.roots(self.app_user))
        self.assertNotIn(self.custom_root, self.roots(self.backend_ui))

    def test_default_menu_of_backend_ui_users(self):
        roots = self.roots(self.backend_ui)
        self.assertIn(self.env.ref("mail.menu_root_discuss"), roots)
        for xmlid in (
            "base.menu_management",
            "base.menu_administration",
            "calendar.mail_menu_calendar",
        ):
            with self.subTest(menu=xmlid):
                self.assertNotIn(self.env.ref(xmlid), roots)
        user_groups = self.backend_ui.groups_id
        for root in roots:
            with self.subTest(root=root.name):
                self.assertTrue(root.groups_id & user_groups)

    def test_internal_users_keep_their_menu(self):
        roots = self.roots(self.internal)
        self.assertIn(self.env.ref("base.menu_management"), roots)
        self.assertIn(self.env.ref("calendar.mail_menu_calendar"), roots)
        self.assertIn(self.env.ref("mail.menu_root_discuss"), roots)

    def test_backend_user_gets_an_empty_menu(self):
        """A Backend user may not read menus: the web client gets no menu, not an error."""
        self.assertFalse(self.roots(self.backend))
        menus = self.env["ir.ui.menu"].with_user(self.backend)
        self.assertEqual(menus.load_menus(debug=False)["root"]["children"], [])
        self.assertEqual(menus.load_menus_root()["children"], [])

    def test_group_change_shows_at_next_load(self):
        user = self.new_user("gb_menu_mover", BACKEND_UI)
        self.assertNotIn(self.custom_root.id, self.loaded_menu_ids(user))
        user.groups_id = [Command.link(self.custom_group.id)]
        self.assertIn(self.custom_root.id, self.loaded_menu_ids(user))
        user.groups_id = [
            Command.unlink(self.custom_group.id),
            Command.unlink(self.env.ref(BACKEND_UI).id),
            Command.link(self.env.ref(BACKEND).id),
        ]
        self.assertEqual(self.loaded_menu_ids(user), set())

    def test_menu_grant_shows_at_next_load(self):
        self.assertNotIn(self.custom_root.id, self.loaded_menu_ids(self.backend_ui))
        self.custom_root.groups_id = [Command.link(self.env.ref(BACKEND_UI).id)]
        self.assertIn(self.custom_root.id, self.loaded_menu_ids(self.backend_ui))

    def test_debug_mode_hides_too(self):
        menus = self.env["ir.ui.menu"].with_user(self.backend_ui)
        self.assertNotIn(self.open_root.id, menus._visible_menu_ids(debug=True))
        self.assertIn(self.ui_root.id, menus._visible_menu_ids(debug=True))

    def test_no_root_to_hide(self):
        """Without a root menu that names no group, a backend user's menus are Odoo's."""
        menus = self.env["ir.ui.menu"].with_user(self.backend_ui)
        self.open_root.groups_id = [Command.link(self.env.ref("base.group_system").id)]
        roots = menus.get_user_roots()
        self.assertIn(self.ui_root, roots)
        self.assertNotIn(self.open_root, roots)
        self.assertTrue(all(root.groups_id for root in roots))
