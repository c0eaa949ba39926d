# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from unittest.mock import patch

from odoo.fields import Command
from odoo.tests import Form, tagged

from .common import BACKEND, BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestUserForm(UserTypesCase):
    """The user form gives backend users the application groups they may hold."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.dummy_app_user = cls.new_app_group("Dummy app", "Dummy app user", BACKEND_UI)
        cls.api_client = cls.new_app_group("API access", "API client", BACKEND)
        cls.office_user = cls.new_app_group("Office", "Office user", "base.group_user")

    @classmethod
    def new_app_group(cls, category, name, implied_xmlid):
        """A group in an application category of its own, implying ``implied_xmlid``."""
        category = cls.env["ir.module.category"].create({"name": category})
        return cls.env["res.groups"].create(
            {
                "name": name,
                "category_id": category.id,
                "implied_ids": [Command.link(cls.env.ref(implied_xmlid).id)],
            }
        )

    def user_form(self, user):
        """The form of Settings > Users, on ``user``."""
        return Form(user, view="base.view_users_form")

    def field_of(self, group):
        """The user form's field for the application category of ``group``."""
        return f"sel_groups_{group.id}"

    def assertNotSettable(self, user, group):
        """The field of ``group`` is hidden on ``user``'s form, and refuses a value."""
        form = self.user_form(user)
        field = self.field_of(group)
        self.assertTrue(form._get_modifier(field, "invisible"), f"{field} is shown")
        with self.assertRaisesRegex(AssertionError, "can't write on (readonly|invisible) field"):
            setattr(form, field, group.id)

    def test_backend_ui_user_gets_an_application_group(self):
        form = self.user_form(self.backend_ui)
        setattr(form, self.field_of(self.dummy_app_user), self.dummy_app_user.id)
        form.save()
        self.assertIn(self.dummy_app_user, self.backend_ui.groups_id)
        self.assertIn(self.env.ref(BACKEND_UI), self.backend_ui.groups_id)
        self.assertNotIn(self.env.ref("base.group_user"), self.backend_ui.groups_id)
        self.assertFalse(self.backend_ui.share)

    def test_application_group_removed_again(self):
        self.backend_ui.groups_id = [Command.link(self.dummy_app_user.id)]
        form = self.user_form(self.backend_ui)
        setattr(form, self.field_of(self.dummy_app_user), False)
        form.save()
        self.assertNotIn(self.dummy_app_user, self.backend_ui.groups_id)
        self.assertIn(self.env.ref(BACKEND_UI), self.backend_ui.groups_id)

    def test_backend_user_gets_only_its_own_type_groups(self):
        form = self.user_form(self.backend)
        setattr(form, self.field_of(self.api_client), self.api_client.id)
        form.save()
        self.assertIn(self.api_client, self.backend.groups_id)
        self.assertNotSettable(self.backend, self.dummy_app_user)

    def test_groups_implying_internal_user_hidden_from_backend_types(self):
        for user in (self.backend, self.backend_ui):
            with self.subTest(user=user.login):
                self.assertNotSettable(user, self.office_user)

    def test_portal_user_sees_no_backend_group(self):
        for group in (self.dummy_app_user, self.api_client, self.office_user):
            with self.subTest(group=group.name):
                self.assertNotSettable(self.portal, group)

    def test_internal_user_form_unchanged(self):
        form = self.user_form(self.internal)
        setattr(form, self.field_of(self.office_user), self.office_user.id)
        form.save()
        self.assertIn(self.office_user, self.internal.groups_id)
        # groups that would make an internal user a backend user are not offered
        self.assertNotSettable(self.internal, self.dummy_app_user)

    def test_view_follows_group_changes(self):
        """Changing what a group implies regenerates the form's conditions."""
        view = self.env.ref("base.user_groups_view")
        field = self.field_of(self.dummy_app_user)
        backend_ui_id = self.env.ref(BACKEND_UI).id
        self.assertRegex(view.arch, rf'name="{field}"[^>]*invisible="[^"]*\[{backend_ui_id}\]"')
        self.dummy_app_user.implied_ids = [
            Command.unlink(backend_ui_id),
            Command.link(self.env.ref(BACKEND).id),
        ]
        backend_id = self.env.ref(BACKEND).id
        self.assertRegex(view.arch, rf'name="{field}"[^>]*invisible="[^"]*\[{backend_id}\]"')
        self.assertNotSettable(self.backend_ui, self.dummy_app_user)

    def test_placeholder_arch_left_alone(self):
        """During installs Odoo writes a placeholder arch, which is left as it is."""
        view = self.env.ref("base.user_groups_view")
        self.env["res.groups"].with_context(install_filename="x.xml")._update_user_groups_view()
        self.assertNotIn("sel_groups_", view.arch)
        self.env["res.groups"]._update_user_groups_view()
        self.assertIn(f'name="{self.field_of(self.dummy_app_user)}"', view.arch)

    def test_regenerating_the_view_changes_nothing(self):
        view = self.env.ref("base.user_groups_view")
        arch = view.arch
        self.env["res.groups"]._update_user_groups_view()
        self.assertEqual(view.arch, arch)

    def test_view_written_once_per_regeneration(self):
        """Creating a group writes the groups view once, the addon's conditions in it."""
        view = self.env.ref("base.user_groups_view")
        views = type(view)
        real_write = views.write
        archs = []

        def write(records, vals):
            if view in records and "arch" in vals:
                archs.append(vals["arch"])
            return real_write(records, vals)

        with patch.object(views, "write", write):
            group = self.new_app_group("Tools", "Tools user", BACKEND_UI)
        self.assertEqual(len(archs), 1)
        backend_ui_id = self.env.ref(BACKEND_UI).id
        field = self.field_of(group)
        self.assertRegex(view.arch, rf'name="{field}"[^>]*invisible="[^"]*\[{backend_ui_id}\]"')

    def test_no_chain_between_unrelated_groups(self):
        chain = self.office_user._implication_chain(self.env.ref(BACKEND_UI))
        self.assertFalse(chain)
        chain = self.dummy_app_user._implication_chain(self.env.ref(BACKEND_UI))
        self.assertEqual(chain, self.dummy_app_user | self.env.ref(BACKEND_UI))
