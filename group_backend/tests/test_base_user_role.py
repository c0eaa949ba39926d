# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Roles of OCA's base_user_role carry backend user types (a companion, not a dependency)."""

import unittest
from datetime import date, timedelta

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.fields import Command
from odoo.tests import tagged

from .common import BACKEND, BACKEND_UI, UserTypesCase

NOT_INSTALLED = (
    "base_user_role is not installed in this database. make test installs it "
    "(odoo-addon-base_user_role, listed in .ci/test-addons.txt, in the test database)."
)


@tagged("post_install", "-at_install")
class TestBaseUserRole(UserTypesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if "res.users.role" not in cls.env:
            raise unittest.SkipTest(NOT_INSTALLED)
        category = cls.env["ir.module.category"].create({"name": "Dummy app"})
        cls.dummy_app_user = cls.env["res.groups"].create(
            {
                "name": "Dummy app user",
                "category_id": category.id,
                "implied_ids": [Command.link(cls.env.ref(BACKEND_UI).id)],
            }
        )
        cls.dummy_role = cls.new_role("Dummy clerk", cls.dummy_app_user)
        cls.api_role = cls.new_role("API client", cls.env.ref(BACKEND))
        cls.employee_role = cls.new_role("Employee", cls.env.ref("base.group_user"))

    @classmethod
    def new_role(cls, name, groups):
        """A role holding ``groups``."""
        return cls.env["res.users.role"].create(
            {"name": name, "implied_ids": [Command.set(groups.ids)]}
        )

    def give_roles(self, user, *lines):
        """Give ``user`` role lines: roles, or (role, date_from, date_to)."""
        commands = []
        for line in lines:
            role, date_from, date_to = line if isinstance(line, tuple) else (line, None, None)
            values = {"role_id": role.id, "date_from": date_from, "date_to": date_to}
            commands.append(Command.create(values))
        user.write({"role_line_ids": commands})

    def assertUserType(self, user, xmlid):
        self.assertEqual(user.user_type_id, self.env.ref(xmlid))
        user_types = self.env["res.groups"]._user_type_groups()
        self.assertEqual(user.groups_id & user_types, self.env.ref(xmlid))

    def test_role_makes_backend_ui_users_with_the_application(self):
        for user in (self.internal, self.portal):
            with self.subTest(user=user.login):
                self.give_roles(user, self.dummy_role)
                self.assertUserType(user, BACKEND_UI)
                self.assertIn(self.dummy_app_user, user.groups_id)
                self.assertFalse(user.share)
                self.assertTrue(user._is_internal())  # may open the backend

    def test_role_makes_backend_users(self):
        self.give_roles(self.internal, self.api_role)
        self.assertUserType(self.internal, BACKEND)
        self.assertNotIn(self.dummy_app_user, self.internal.groups_id)
        self.assertFalse(self.internal.share)

    def test_two_types_through_two_roles_refused(self):
        with self.assertRaises(ValidationError) as error:
            self.give_roles(self.internal, self.dummy_role, self.employee_role)
        message = str(error.exception)
        self.assertIn("cannot be both", message)
        self.assertIn('"User roles / Dummy clerk" brings in Backend UI user', message)
        self.assertIn('"User roles / Employee" brings in Internal User', message)
        self.assertUserType(self.internal, "base.group_user")

    def test_removing_the_role_as_for_internal_users(self):
        """Without its role a user keeps no group, whatever the role's type (Odoo's rule)."""
        backend_ui = self.new_user("gb_role_ui", "base.group_user")
        employee = self.new_user("gb_role_employee", "base.group_user")
        self.give_roles(backend_ui, self.dummy_role)
        self.give_roles(employee, self.employee_role)
        (backend_ui | employee).role_line_ids.unlink()
        for user in (backend_ui, employee):
            self.assertFalse(user.groups_id, user.login)
            self.assertFalse(user.user_type_id)
            self.assertTrue(user.share)
            self.assertFalse(user._is_internal())

    def test_dated_lines_one_type_at_every_moment(self):
        """A Backend UI role until today, an Employee role from tomorrow."""
        today = date.today()
        self.give_roles(
            self.internal,
            (self.dummy_role, None, today),
            (self.employee_role, today + timedelta(days=1), None),
        )
        self.assertUserType(self.internal, BACKEND_UI)
        self.assertIn(self.dummy_app_user, self.internal.groups_id)
        with freeze_time(today + timedelta(days=1)):
            self.env["res.users.role"].cron_update_users()
            self.assertUserType(self.internal, "base.group_user")
            self.assertNotIn(self.dummy_app_user, self.internal.groups_id)
        with freeze_time(today + timedelta(days=30)):
            self.env["res.users.role"].cron_update_users()
            self.assertUserType(self.internal, "base.group_user")

    def test_overlapping_lines_of_two_types_refused_when_saved(self):
        """Lines that would give two types one day are refused now, not on that day."""
        today = date.today()
        with self.assertRaises(ValidationError) as error:
            self.give_roles(
                self.internal,
                self.dummy_role,
                (self.employee_role, today + timedelta(days=10), None),
            )
        message = str(error.exception)
        self.assertIn(f'The user "{self.internal.name}" cannot be both', message)
        self.assertIn('"Dummy clerk" (always)', message)
        self.assertIn(f'"Employee" (from {today + timedelta(days=10)})', message)
        self.assertIn("overlap in time", message)

    def test_overlap_refused_from_the_role_too(self):
        """Adding a dated line on the role's side is checked the same way."""
        self.give_roles(self.internal, self.dummy_role)
        tomorrow = date.today() + timedelta(days=1)
        with self.assertRaisesRegex(ValidationError, "overlap in time"):
            self.employee_role.write(
                {"line_ids": [Command.create({"user_id": self.internal.id, "date_from": tomorrow})]}
            )
            self.env.flush_all()  # as at the end of the request

    def test_role_starting_to_imply_another_type_refused(self):
        """A role that starts implying another type is checked against dated lines."""
        tomorrow = date.today() + timedelta(days=1)
        other_role = self.new_role("Later clerk", self.dummy_app_user)
        self.give_roles(self.internal, self.dummy_role, (other_role, tomorrow, None))
        with self.assertRaisesRegex(ValidationError, "overlap in time"):
            other_role.implied_ids = [Command.set(self.env.ref("base.group_user").ids)]
            self.env.flush_all()  # as at the end of the request

    def test_lines_of_one_type_may_overlap(self):
        self.give_roles(
            self.internal,
            self.dummy_role,
            (self.new_role("Another clerk", self.dummy_app_user), date.today(), None),
        )
        self.assertUserType(self.internal, BACKEND_UI)
