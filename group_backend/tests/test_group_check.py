# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The check of a group opens its menus as a user of it, lists the refusals, and fixes them."""

from datetime import datetime, timedelta

from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.tests import new_test_user, tagged

from .browser import JourneyCase, ServerLog
from .common import BACKEND_UI, UserTypesCase

CHECK = "group_backend.group.check"
LIST_ARCH = """
<list>
    <field name="name" />
    <field name="categ_ids" widget="many2many_tags" />
    <field name="partner_ids" widget="many2many_tags" />
</list>
"""
SERVER_ACTION_CODE = """
action = {
    "type": "ir.actions.act_window",
    "name": "Meetings to check",
    "res_model": "calendar.event",
    "views": [[%(view)d, "list"], [False, "form"]],
    "domain": [("name", "=", "Meeting to check")],
}
"""


class MeetingsApp:
    """A meetings app given to backend users: a menu running a server action of employees,
    a list of meetings showing their types (no right), and a customer's card (a partner
    the Backend UI rule does not give)."""

    @classmethod
    def create_meetings_app(cls):
        """The group, a meeting of another user's with a customer, and the menus."""
        env = cls.env
        cls.group = env["res.groups"].create(
            {
                "name": "Meetings of backend users",
                "implied_ids": [Command.link(env.ref(BACKEND_UI).id)],
            }
        )
        cls.customer = env["res.partner"].create({"name": "A customer of the meeting"})
        cls.meeting_type = env["calendar.event.type"].create({"name": "Check type"})
        cls.organizer = new_test_user(env, "gb_check_organizer", groups="base.group_user")
        start = datetime(2026, 1, 5, 9, 0)
        cls.meeting = env["calendar.event"].create(
            {
                "name": "Meeting to check",
                "start": start,
                "stop": start + timedelta(hours=1),
                "user_id": cls.organizer.id,
                "partner_ids": [Command.set(cls.customer.ids)],
                "categ_ids": [Command.set(cls.meeting_type.ids)],
            }
        )
        cls.create_menus()

    @classmethod
    def create_menus(cls):
        """A root menu running a server action of Internal User, and a list under it."""
        env = cls.env
        view = env["ir.ui.view"].create(
            {"name": "Meetings to check", "model": "calendar.event", "arch": LIST_ARCH}
        )
        cls.window_action = env["ir.actions.act_window"].create(
            {
                "name": "Meetings to check",
                "res_model": "calendar.event",
                "view_mode": "list,form",
                "view_id": view.id,
                "domain": "[('name', '=', 'Meeting to check')]",
            }
        )
        cls.server_action = env["ir.actions.server"].create(
            {
                "name": "Meetings: to check",
                "model_id": env["ir.model"]._get_id("calendar.event"),
                "state": "code",
                "code": SERVER_ACTION_CODE % {"view": view.id},
                "groups_id": [Command.link(env.ref("base.group_user").id)],
            }
        )
        menus = env["ir.ui.menu"]
        cls.root = menus.create(
            {
                "name": "Meetings to check",
                "action": f"ir.actions.server,{cls.server_action.id}",
                "groups_id": [Command.link(cls.group.id)],
            }
        )
        cls.child = menus.create(
            {
                "name": "Meeting list",
                "parent_id": cls.root.id,
                "action": f"ir.actions.act_window,{cls.window_action.id}",
            }
        )
        customer_action = env["ir.actions.act_window"].create(
            {
                "name": "The customer",
                "res_model": "res.partner",
                "view_mode": "form",
                "res_id": cls.customer.id,
            }
        )
        menus.create(
            {
                "name": "The customer",
                "parent_id": cls.root.id,
                "action": f"ir.actions.act_window,{customer_action.id}",
            }
        )


@tagged("post_install", "-at_install")
class TestGroupCheck(MeetingsApp, UserTypesCase):
    """The check lists what a user of the group would be refused; Fix all fixes it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_meetings_app()

    def check(self):
        """Check the group, as the Check button does."""
        check = self.env[CHECK].create({"group_id": self.group.id})
        check.action_check()
        return check

    def line(self, check, kind, model, operation=None):
        """Return the check's line refused by ``kind`` on ``model``."""
        return check.line_ids.filtered(
            lambda line: (
                line.kind == kind
                and line.model_id.model == model
                and (operation is None or line.operation == operation)
            )
        )

    def test_check_lists_the_server_action_the_right_and_the_rule(self):
        check = self.check()
        action = self.line(check, "action", "calendar.event")
        self.assertEqual(action.server_action_id, self.server_action)
        self.assertTrue(action.fixable)
        right = self.line(check, "access", "calendar.event.type", "read")
        self.assertEqual(right.step, "search")
        self.assertTrue(right.fixable)
        rule = self.line(check, "rule", "res.partner", "read")
        self.assertTrue(rule.fixable)
        self.assertEqual(rule.rule_domain, "[('meeting_ids.user_id', '=', user.id)]")

    def test_fix_all_fixes_with_the_groups_own_right_and_rule(self):
        shared_rule = self.env.ref("group_backend.backend_ui_users_see_own_partner_and_company")
        shared = (shared_rule.domain_force, shared_rule.groups)
        check = self.check()
        check.action_fix_all()
        self.assertFalse(check.line_ids, check.line_ids.mapped("message"))
        self.assertIn(self.group, self.server_action.groups_id)
        right = self.env["ir.model.access"].search(
            [("group_id", "=", self.group.id), ("model_id.model", "=", "calendar.event.type")]
        )
        self.assertEqual(right.mapped("perm_read"), [True])
        self.assertFalse(right.perm_write or right.perm_create or right.perm_unlink)
        rule = self.env["ir.rule"].search(
            [("groups", "in", self.group.ids), ("model_id.model", "=", "res.partner")]
        )
        self.assertEqual(rule.groups, self.group)
        self.assertEqual(rule.domain_force, "[('meeting_ids.user_id', '=', user.id)]")
        self.assertTrue(rule.perm_read)
        self.assertFalse(rule.perm_write)
        self.assertEqual((shared_rule.domain_force, shared_rule.groups), shared)
        self.assertFalse(self.check().line_ids)

    def test_a_global_rule_is_listed_not_fixed(self):
        secret = self.env["calendar.event.type"].create({"name": "Secret type"})
        self.env["ir.rule"].create(
            {
                "name": "No secret type",
                "model_id": self.env["ir.model"]._get_id("calendar.event.type"),
                "domain_force": "[('name', '!=', 'Secret type')]",
            }
        )
        action = self.env["ir.actions.act_window"].create(
            {"name": "The secret type", "res_model": "calendar.event.type",
             "view_mode": "form", "res_id": secret.id}
        )  # fmt: skip
        self.env["ir.ui.menu"].create(
            {"name": "The secret type", "parent_id": self.root.id,
             "action": f"ir.actions.act_window,{action.id}"}
        )  # fmt: skip
        check = self.check()
        check.action_fix_all()
        rule = self.line(check, "rule", "calendar.event.type", "read")
        self.assertEqual(rule.menu_id.name, "The secret type")
        self.assertFalse(rule.fixable)
        self.assertIn("No secret type", rule.fix)
        self.assertEqual(check.line_ids, rule)  # all else fixed

    def test_user_of_the_fixed_group_opens_the_list(self):
        self.check().action_fix_all()
        user = self.new_user("gb_check_user", BACKEND_UI)
        user.groups_id = [Command.link(self.group.id)]
        self.meeting.user_id = user
        spec = {"name": {}, "categ_ids": {"fields": {"display_name": {}}},
                "partner_ids": {"fields": {"display_name": {}}}}  # fmt: skip
        meetings = self.env["calendar.event"].with_user(user)
        found = meetings.web_search_read([("name", "=", "Meeting to check")], spec)
        self.assertEqual(found["length"], 1)
        names = [partner["display_name"] for partner in found["records"][0]["partner_ids"]]
        self.assertIn(self.customer.name, names)

    def test_check_leaves_nothing_behind(self):
        users = self.env["res.users"].with_context(active_test=False)
        user_count = users.search_count([])
        partner_count = self.env["res.partner"].with_context(active_test=False).search_count([])
        followers = self.meeting.message_partner_ids
        self.check()
        self.env.invalidate_all()
        self.assertEqual(users.search_count([]), user_count)
        self.assertFalse(users.search([("login", "=like", "group_backend_check_%")]))
        self.assertEqual(
            self.env["res.partner"].with_context(active_test=False).search_count([]),
            partner_count,
        )
        self.assertEqual(self.meeting.user_id, self.organizer)
        self.assertEqual(self.meeting.message_partner_ids, followers)
        self.assertFalse(self.group.users)
        self.assertFalse(
            self.env["group_backend.access.refusal"]
            .with_context(active_test=False)
            .search([("group_ids", "in", self.group.ids)])
        )

    def test_a_group_of_employees_is_not_checked(self):
        with self.assertRaises(UserError):
            self.env.ref("base.group_user")._group_backend_check()
        self.assertFalse(self.env.ref("base.group_user").group_backend_checkable)
        self.assertTrue(self.group.group_backend_checkable)


@tagged("post_install", "-at_install")
class TestGroupCheckInBrowser(MeetingsApp, JourneyCase):
    """An administrator checks the group from its form, and fixes all in one click."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_meetings_app()

    def test_check_and_fix_all_from_the_group_form(self):
        url = f"/odoo/action-base.action_res_groups/{self.group.id}"
        with ServerLog().watching() as log:
            self.start_tour(url, "group_backend_group_check_tour", login="admin")
        self.assertEqual(log.problems, [])
        self.assertIn(self.group, self.server_action.groups_id)
        self.assertTrue(
            self.env["ir.model.access"].search(
                [("group_id", "=", self.group.id), ("model_id.model", "=", "calendar.event.type")]
            )
        )
