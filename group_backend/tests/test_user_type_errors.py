# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import ValidationError
from odoo.fields import Command
from odoo.tests import tagged

from .common import BACKEND_UI, UserTypesCase


@tagged("post_install", "-at_install")
class TestUserTypeErrors(UserTypesCase):
    """A second user type for a backend user is refused with the reason."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        groups = cls.env["res.groups"]
        cls.office_user = groups.create(
            {
                "name": "Office user",
                "implied_ids": [Command.link(cls.env.ref("base.group_user").id)],
            }
        )
        cls.office_manager = groups.create(
            {"name": "Office manager", "implied_ids": [Command.link(cls.office_user.id)]}
        )
        cls.dummy_app_user = groups.create(
            {"name": "Dummy app user", "implied_ids": [Command.link(cls.env.ref(BACKEND_UI).id)]}
        )

    def assertExplained(self, error, user, group, chain):
        message = str(error.exception)
        self.assertIn(f'The user "{user.name}" cannot be both', message)
        self.assertIn(f'The group "{group.full_name}" brings in', message)
        self.assertIn(" → ".join(chain), message)

    def test_write_on_groups(self):
        with self.assertRaises(ValidationError) as error:
            self.backend_ui.write({"groups_id": [Command.link(self.office_manager.id)]})
        self.assertExplained(
            error, self.backend_ui, self.office_manager,
            ["Office manager", "Office user", "User types / Internal User"],
        )  # fmt: skip
        self.assertNotIn(self.office_manager, self.backend_ui.groups_id)

    def test_group_adding_users(self):
        with self.assertRaises(ValidationError) as error:
            self.office_user.write({"users": [Command.link(self.backend_ui.id)]})
        self.assertExplained(
            error, self.backend_ui, self.office_user, ["Office user", "User types / Internal User"]
        )

    def test_implied_groups_changed(self):
        """A group that backend users hold starts implying Internal User."""
        self.backend_ui.groups_id = [Command.link(self.dummy_app_user.id)]
        with self.assertRaises(ValidationError) as error:
            self.dummy_app_user.implied_ids = [Command.link(self.office_user.id)]
        self.assertExplained(
            error, self.backend_ui, self.dummy_app_user,
            ["Dummy app user", "Office user", "User types / Internal User"],
        )  # fmt: skip

    def test_internal_user_given_a_backend_group(self):
        with self.assertRaises(ValidationError) as error:
            self.internal.write({"groups_id": [Command.link(self.dummy_app_user.id)]})
        self.assertExplained(
            error,
            self.internal,
            self.dummy_app_user,
            ["Dummy app user", "User types / Backend UI user"],
        )

    def test_two_types_given_directly(self):
        with self.assertRaisesRegex(ValidationError, "Keep only one of them"):
            self.backend.groups_id = [Command.link(self.env.ref(BACKEND_UI).id)]

    def test_other_conflicts_keep_odoo_message(self):
        with self.assertRaisesRegex(ValidationError, "more than one user types"):
            self.portal.groups_id = [Command.link(self.env.ref("base.group_user").id)]
