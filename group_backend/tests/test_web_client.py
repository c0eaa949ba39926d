# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.fields import Command
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from .browser import JourneyCase


def held_with(groups):
    """The groups a user given ``groups`` holds: those and the groups they imply.

    An app may make a user type imply display groups, as eCommerce's bridge
    does for the shop's settings (the delivery address).
    """
    return groups | groups.trans_implied_ids


@tagged("post_install", "-at_install")
class TestWebClient(JourneyCase):
    """The web client works for each user type, from the login form (demo data)."""

    def posted_in(self, channel):
        return self.env["mail.message"].search(
            [
                ("model", "=", "discuss.channel"),
                ("res_id", "=", channel.id),
                ("body", "ilike", "Hello from the group_backend tour"),
            ]
        )

    def test_backend_ui_user_tour(self):
        """Apps menu, Dummy, activities, Discuss and preferences, no onboarding."""
        user = self.env.ref("group_backend.demo_user_backend_ui")
        channel = self.env.ref("group_backend.demo_channel_backend_team")
        self.assertNotEqual(user.tz, "America/New_York")
        self.journey("group_backend_journey_ui_user")
        self.assertEqual(user.tz, "America/New_York")
        self.assertEqual(self.posted_in(channel).author_id, user.partner_id)

    def test_backend_user_tour(self):
        """The plain Backend user's web client opens without an error, onboarding hidden."""
        user = self.env.ref("group_backend.demo_user_backend")
        user.tour_enabled = True
        self.journey("group_backend_journey_backend_user")

    def test_internal_user_tour(self):
        """The same steps for an internal user show the full menu: nothing hidden too much."""
        user = self.env.ref("group_backend.demo_user_internal")
        channel = self.env.ref("mail.channel_all_employees")
        self.journey("group_backend_journey_internal_user")
        self.assertEqual(user.tz, "America/New_York")
        self.assertEqual(self.posted_in(channel).author_id, user.partner_id)

    def test_administrator_grants_an_app_from_the_user_form(self):
        """An administrator gives a user a Backend UI type and a Dummy app group."""
        dummy_menu = self.env.ref("group_backend.dummy_menu_root")
        ui_group = self.env.ref("group_backend.group_backend_ui_users")
        # only the group the administrator creates will grant the Dummy app
        dummy_menu.groups_id = [Command.set(self.env.ref("base.group_system").ids)]
        user = new_test_user(self.env, "gb_tom", groups="base.group_user", name="Tom Tour")
        # the group form offers existing applications only
        self.env["ir.module.category"].create({"name": "Dummy app"})
        self.assertNotIn(dummy_menu, self.env["ir.ui.menu"].with_user(user).get_user_roots())
        groups_url = "/odoo/action-base.action_res_groups?debug=1"
        self.start_tour(groups_url, "group_backend_administrator_tour", login="admin")
        group = self.env["res.groups"].search([("name", "=", "Dummy app user")])
        self.assertEqual(group.category_id.name, "Dummy app")
        self.assertEqual(group.implied_ids, ui_group)
        self.assertEqual(user.groups_id, held_with(group | ui_group))
        self.assertFalse(user.share)
        self.assertIn(dummy_menu, self.env["ir.ui.menu"].with_user(user).get_user_roots())
        # the form refuses to make this user internal, and says why
        # (the Internal Users list no longer shows him: open his form)
        users_url = f"/odoo/action-base.action_res_users/{user.id}?debug=1"
        with mute_logger("odoo.http"):  # Odoo logs the refusal it shows
            self.start_tour(users_url, "group_backend_user_type_error_tour", login="admin")
        self.assertEqual(user.groups_id, held_with(group | ui_group))

    def test_administrator_sets_user_types_without_developer_mode(self):
        """Create a Backend UI user with an application, then list the backend users."""
        self.start_tour(
            "/odoo/action-base.action_res_users", "group_backend_user_type_tour", login="admin"
        )
        nina = self.env["res.users"].search([("login", "=", "gb_nina")])
        self.assertEqual(nina.user_type_id, self.env.ref("group_backend.group_backend_ui_users"))
        self.assertIn(self.env.ref("group_backend.dummy_editor_group"), nina.groups_id)
        self.assertFalse(nina.share)

    def test_administrator_sets_the_type_of_three_users(self):
        users = self.env["res.users"]
        for name in ("Ann Three", "Bob Three", "Cat Three"):
            login = f"gb_{name.split()[0].lower()}"
            users |= new_test_user(self.env, login, groups="base.group_user", name=name)
        self.start_tour(
            "/odoo/action-base.action_res_users", "group_backend_set_user_type_tour", login="admin"
        )
        for user in users:
            ui_group = self.env.ref("group_backend.group_backend_ui_users")
            self.assertEqual(user.groups_id, held_with(ui_group))
