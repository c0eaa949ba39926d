# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Where Odoo checks only the write right on a task, a collaborator (who may write tasks to
move them) gets its own stage moves, posts and files, and nothing else (the "write" kind of
group_backend/tests/internal_checks.csv)."""

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from odoo.addons.group_backend.tests.test_http import REFUSAL_LOGGERS, HttpUsersCase

from .common import COLLABORATOR, ProjectScene


@tagged("post_install", "-at_install")
class TestWriteGuards(ProjectScene, HttpUsersCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_project_scene()
        cls.ian_message = cls.probe.with_user(cls.ian).message_post(
            body="Ian's words", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        cls.ian_activity = cls.probe.with_user(cls.ian).activity_schedule(
            "mail.mail_activity_data_todo", summary="Ian's to-do", user_id=cls.ian.id
        )

    def as_colin(self, records):
        return records.with_user(self.colin)

    def test_others_messages_stay_theirs(self):
        """mail lets whoever may write a document change its messages: its own only."""
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
            self.as_colin(self.ian_message).write({"body": "Rewritten"})
        self.assertIn("Ian's words", self.ian_message.body)
        own = self.as_colin(self.probe).message_post(
            body="Colin's words", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        self.as_colin(own).write({"body": "Colin's better words"})

    def test_activities_of_others_stay_theirs(self):
        """mail opens a document's activities to whoever may read it; its rule says own only."""
        activity = self.as_colin(self.ian_activity)
        for operation in (lambda: activity.read(["summary"]),
                          lambda: activity.write({"summary": "Mine now"}),
                          lambda: activity.unlink(),
                          lambda: activity.action_feedback("Done by Colin")):  # fmt: skip
            refusal = mute_logger(*REFUSAL_LOGGERS)
            with self.subTest(operation=operation), refusal, self.assertRaises(AccessError):
                operation()
        self.assertFalse(self.as_colin(self.probe).activity_ids)
        self.assertEqual(self.ian_activity.summary, "Ian's to-do")
        self.assertFalse(self.as_colin(self.ian_activity).can_write)
        # its own, and assigned to people it knows (Ian), not to anyone
        own = self.as_colin(self.probe).activity_schedule(
            "mail.mail_activity_data_todo", summary="Colin's to-do", user_id=self.colin.id
        )
        self.assertTrue(own.can_write)
        self.as_colin(own).write({"summary": "Colin's better to-do"})
        for assignee in (self.ian, self.env.ref("base.user_admin")):  # a coworker, anyone
            with self.subTest(assignee=assignee.name), self.assertRaises(AccessError):
                self.as_colin(own).write({"user_id": assignee.id})
            with self.subTest(assignee=assignee.name), self.assertRaises(AccessError):
                self.as_colin(self.probe).activity_schedule(
                    "mail.mail_activity_data_todo", summary="For you", user_id=assignee.id
                )

    def test_fields_beyond_the_stage_refused_wherever_checked(self):
        """Odoo checks the write right and the field alone in the editors (website, field
        translations, collaborative editing): the task's other fields stay closed."""
        task = self.as_colin(self.probe)
        task.check_field_access_rights("write", ["stage_id", "priority"])
        for fields in (["description"], ["name"], ["stage_id", "user_ids"]):
            with self.subTest(fields=fields), self.assertRaises(AccessError):
                task.check_field_access_rights("write", fields)
        with self.assertRaises(AccessError):
            task.update_field_translations("name", {"fr_FR": "Renommée"})
        task.write({"stage_id": self.done.id})  # Odoo adds fields of its own: still a move
        self.assertEqual(self.probe.stage_id, self.done)

    def test_description_not_edited_together(self):
        """The collaborative editing of a task's description: no steps sent to its editors
        (its channel checks the same, check_field_access_rights, above)."""
        self.authenticate(self.colin.login, self.colin.login)
        with mute_logger(*REFUSAL_LOGGERS, "odoo.http"), self.assertRaises(JsonRpcException):
            self.make_jsonrpc_request(
                "/html_editor/bus_broadcast",
                {"model_name": "project.task", "field_name": "description",
                 "res_id": self.probe.id, "bus_data": {"type": "steps"}},
            )  # fmt: skip

    def test_server_actions_given_to_no_group_refused(self):
        """Odoo runs for whoever may write a model every server action naming no group."""
        action = self.env["ir.actions.server"].create(
            {"name": "Assign the admin", "model_id": self.env.ref("project.model_project_task").id,
             "state": "code", "binding_model_id": self.env.ref("project.model_project_task").id,
             "code": "records.sudo().write({'priority': '1'})"}
        )  # fmt: skip
        as_colin = self.as_colin(action).with_context(
            active_model="project.task", active_id=self.probe.id, active_ids=self.probe.ids
        )
        bindings = self.env["ir.actions.actions"].with_user(self.colin).get_bindings
        self.assertNotIn(action.id, [a["id"] for a in bindings("project.task").get("action", [])])
        ian_bindings = self.env["ir.actions.actions"].with_user(self.ian).get_bindings
        self.assertIn(action.id, [a["id"] for a in ian_bindings("project.task")["action"]])
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
            as_colin.run()
        self.assertEqual(self.probe.priority, "0")
        action.groups_id = [Command.link(self.env.ref(COLLABORATOR).id)]
        self.assertIn(action.id, [a["id"] for a in bindings("project.task")["action"]])
        as_colin.run()
        self.assertEqual(self.probe.priority, "1")

    def test_external_ids_not_toggled(self):
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
            self.env["ir.model.data"].with_user(self.colin).toggle_noupdate(
                "project.task", self.probe.id
            )

    def test_following_itself_only(self):
        """The project sharing's follow button: the user itself, both ways."""
        task, others = (
            self.as_colin(self.probe),
            self.probe.message_partner_ids - self.colin.partner_id,
        )
        self.assertIn(self.colin.partner_id, self.probe.message_partner_ids, "as the project's")
        task.project_sharing_toggle_is_follower()
        self.assertEqual(self.probe.message_partner_ids, others)
        task.project_sharing_toggle_is_follower()
        self.assertEqual(self.probe.message_partner_ids, others | self.colin.partner_id)

    def test_ratings_stay_theirs(self):
        """Ratings of a task: the write right on the task does not open them."""
        rating = self.env["rating.rating"].create(
            {"res_model_id": self.env.ref("project.model_project_task").id,
             "res_id": self.probe.id, "rating": 5, "feedback": "Great", "consumed": True}
        )  # fmt: skip
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
            self.as_colin(rating).write({"feedback": "Awful"})
        self.assertEqual(rating.feedback, "Great")
