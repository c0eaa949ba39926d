# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tests import Form, new_test_user, tagged
from odoo.tools.safe_eval import safe_eval

from odoo.addons.base.models.res_users import name_selection_groups

from .common import BACKEND, BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestUserTypeAdmin(UserTypesCase):
    """An administrator sees and sets user types without developer mode."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # an administrator outside any HTTP request: no developer mode
        cls.admin = new_test_user(
            cls.env,
            "gb_admin",
            groups="base.group_user,base.group_system,base.group_partner_manager",
        )
        category = cls.env["ir.module.category"].create({"name": "Dummy app"})
        cls.dummy_app_user = cls.env["res.groups"].create(
            {
                "name": "Dummy app user",
                "category_id": category.id,
                "implied_ids": [Command.link(cls.env.ref(BACKEND_UI).id)],
            }
        )
        cls.type_field = name_selection_groups(
            cls.env["res.groups"]._user_type_groups().sorted("id").ids
        )

    def admin_form(self, user=None):
        """The user form of Settings > Users, as the administrator sees it."""
        users = self.env["res.users"].with_user(self.admin)
        return Form(user.with_user(self.admin) if user else users, view="base.view_users_form")

    def test_type_shown_without_developer_mode(self):
        form = self.admin_form(self.internal)
        self.assertFalse(form._get_modifier(self.type_field, "invisible"))
        self.assertIn("Employees", form.user_type_help)
        setattr(form, self.type_field, self.env.ref(BACKEND_UI).id)
        self.assertIn("own data", form.user_type_help)
        form.save()
        self.assertEqual(self.internal.user_type_id, self.env.ref(BACKEND_UI))
        self.assertNotIn(self.env.ref("base.group_user"), self.internal.groups_id)

    def test_new_backend_ui_user_with_an_application(self):
        form = self.admin_form()
        form.name = "Nina"
        form.login = "gb_nina"
        setattr(form, self.type_field, self.env.ref(BACKEND_UI).id)
        setattr(form, f"sel_groups_{self.dummy_app_user.id}", self.dummy_app_user.id)
        nina = form.save()
        self.assertEqual(nina.user_type_id, self.env.ref(BACKEND_UI))
        self.assertIn(self.dummy_app_user, nina.groups_id)
        self.assertFalse(nina.share)

    def test_changing_type_keeps_the_rules(self):
        """The form refuses a second type and names the group that brings it in."""
        self.backend_ui.groups_id = [Command.link(self.dummy_app_user.id)]
        form = self.admin_form(self.backend_ui)
        setattr(form, self.type_field, self.env.ref("base.group_user").id)
        with self.assertRaisesRegex(Exception, "Dummy app / Dummy app user"):
            form.save()

    def test_tooltip_has_one_short_line_per_type(self):
        user_types = self.env["res.groups"]._user_type_groups()
        help_text = self.env["res.users"].fields_get([self.type_field])[self.type_field]["help"]
        lines = help_text.split("\n")
        self.assertEqual(len(lines), len(user_types))
        for user_type, line in zip(user_types.sorted("id"), lines, strict=True):
            self.assertTrue(line.startswith(f"{user_type.name}: "), line)
            self.assertLess(len(line), 120, line)

    def test_one_section_called_other(self):
        """Groups without application get their own title, in developer mode too."""
        self.env["res.groups"].create({"name": "Groupless"})
        arch = etree.fromstring(self.env.ref("base.user_groups_view").arch)
        titles = [node.get("string") for node in arch.xpath("//separator|//group[@string]")]
        self.assertEqual(titles.count("Other"), 1, titles)
        self.assertIn("Groups without application", titles)

    def test_user_type_stored_and_followed(self):
        expected = {
            self.internal: "base.group_user",
            self.portal: "base.group_portal",
            self.public: "base.group_public",
            self.backend: BACKEND,
            self.backend_ui: BACKEND_UI,
        }
        for user, xmlid in expected.items():
            self.assertEqual(user.user_type_id, self.env.ref(xmlid), user.login)
        self.backend.groups_id = [
            Command.unlink(self.env.ref(BACKEND).id),
            Command.link(self.dummy_app_user.id),
        ]
        self.assertEqual(self.backend.user_type_id, self.env.ref(BACKEND_UI))

    def search_with_filter(self, name):
        """Search the users with the filter ``name`` of the user list."""
        arch = self.env["res.users"].get_view(view_type="search")["arch"]
        node = etree.fromstring(arch).xpath(f"//filter[@name='{name}']")[0]
        domain = safe_eval(node.get("domain"))
        return self.env["res.users"].with_context(active_test=False).search(domain)

    def test_backend_users_filter(self):
        found = self.search_with_filter("filter_backend_users")
        self.assertIn(self.backend, found)
        self.assertIn(self.backend_ui, found)
        self.assertEqual(found.user_type_id, self.env.ref(BACKEND) | self.env.ref(BACKEND_UI))

    def test_internal_users_filter_means_employees(self):
        found = self.search_with_filter("filter_no_share")
        self.assertIn(self.internal, found)
        self.assertNotIn(self.backend, found)
        self.assertNotIn(self.backend_ui, found)
        self.assertEqual(found.user_type_id, self.env.ref("base.group_user"))

    def test_group_by_user_type(self):
        groups = self.env["res.users"].read_group(
            [("id", "in", (self.internal | self.backend | self.backend_ui).ids)],
            ["user_type_id"],
            ["user_type_id"],
        )
        counts = {group["user_type_id"][0]: group["user_type_id_count"] for group in groups}
        self.assertEqual(counts[self.env.ref(BACKEND_UI).id], 1)
        self.assertEqual(counts[self.env.ref("base.group_user").id], 1)

    def test_list_shows_the_type(self):
        arch = self.env["res.users"].get_view(self.env.ref("base.view_users_tree").id)["arch"]
        self.assertIn('name="user_type_id"', arch)


@tagged("post_install", "-at_install")
class TestSetUserTypeWizard(UserTypesCase):
    """Set user type… gives several users a type at once, or none of them."""

    def wizard(self, users, xmlid):
        wizard_model = self.env["res.users.type.wizard"].with_context(
            active_model="res.users", active_ids=users.ids
        )
        return wizard_model.create({"user_type_id": self.env.ref(xmlid).id})

    def test_three_users_become_backend_ui_users(self):
        manager = self.new_user("gb_manager", "base.group_user,base.group_partner_manager")
        users = self.internal | self.portal | manager
        wizard = self.wizard(users, BACKEND_UI)
        self.assertEqual(wizard.user_ids, users)
        self.assertIn("own data", wizard.user_type_help)
        wizard.action_apply()
        self.assertEqual(users.user_type_id, self.env.ref(BACKEND_UI))
        # demoted as for Portal: only the new type's groups are kept
        self.assertEqual(manager.groups_id, self.env.ref(BACKEND_UI))
        self.assertFalse(any(users.mapped("share")))

    def test_backend_users_made_portal(self):
        users = self.backend | self.backend_ui
        self.wizard(users, "base.group_portal").action_apply()
        for user in users:
            self.assertEqual(user.groups_id, self.env.ref("base.group_portal"))

    def test_nothing_changed_when_one_user_fails(self):
        dummy = self.env["res.groups"].create(
            {"name": "Dummy app user", "implied_ids": [Command.link(self.env.ref(BACKEND_UI).id)]}
        )
        blocked = self.new_user("gb_blocked", BACKEND_UI, name="Blocked Bo")
        blocked.groups_id = [Command.link(dummy.id)]
        other_blocked = self.new_user("gb_blocked2", BACKEND_UI, name="Blocked Cy")
        other_blocked.groups_id = [Command.link(dummy.id)]
        users = self.backend | blocked | self.portal | other_blocked
        before = {user: user.groups_id for user in users}
        with self.assertRaises(UserError) as error:
            self.wizard(users, "base.group_user").action_apply()
        message = str(error.exception)
        self.assertIn("No user type was changed: 2 of 4 users", message)
        for user in (blocked, other_blocked):
            self.assertIn(f"{user.name} ({user.login}): The user", message)
        self.assertIn('The group "Dummy app user" brings in Backend UI user', message)
        self.assertNotIn(self.backend.login, message)
        self.env.invalidate_all()
        for user, groups in before.items():
            self.assertEqual(user.groups_id, groups, user.login)

    def test_offered_to_the_user_list(self):
        action = self.env.ref("group_backend.res_users_type_wizard_action")
        self.assertEqual(action.binding_model_id.model, "res.users")
        self.assertEqual(action.binding_view_types, "list")
