# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The Project collaborator profile: one app, the projects the user follows, nothing more."""

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.group_backend.tests.browser import JourneyCase

from .common import ProjectScene

REFUSALS = ("odoo.addons.base.models.ir_rule", "odoo.addons.base.models.ir_model", "odoo.models")


@tagged("post_install", "-at_install")
class TestProjectCollaborator(ProjectScene, JourneyCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_project_scene()

    def test_collaborator_works_in_a_project(self):
        """From the login form: the project, its task moved, a note, a message, a file."""
        self.journey("group_backend_project_collaborator")
        probe = self.probe
        self.assertEqual(probe.stage_id, self.done)
        posted = {
            message.subtype_id.internal: message.body
            for message in probe.message_ids
            if message.author_id == self.colin.partner_id and message.body
        }
        self.assertIn("Probe drawn", posted[True], "the note")
        self.assertIn("ready for review", posted[False], "the message")
        files = self.env["ir.attachment"].search(
            [("res_model", "=", "project.task"), ("res_id", "=", probe.id)]
        )
        self.assertEqual(files.mapped("name"), ["probe-drawing.txt"])
        self.assertEqual(files.create_uid, self.colin)
        channel_authors = self.team_channel.message_ids.author_id
        self.assertIn(self.colin.partner_id, channel_authors)

    def test_collaborator_sees_its_projects_only(self):
        """Apollo and its task, stages and team's notes; nothing of Borealis."""
        env = self.env(user=self.colin)
        self.assertEqual(env["project.project"].search([]), self.apollo)
        self.assertEqual(env["project.task"].search([]), self.probe)
        self.assertEqual(env["project.task.type"].search([]), self.todo | self.done)
        notes = env["mail.message"].search([("model", "=", "project.task")])
        self.assertEqual(set(notes.mapped("res_id")), {self.probe.id})
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            env["project.task"].browse(self.secret.id).read(["name"])

    def test_coworkers_are_names_and_avatars(self):
        """The people of Apollo: their names, never their e-mail or phone."""
        env = self.env(user=self.colin)
        ian = env["res.users"].browse(self.ian.id)
        values = ian.read(["name", "email", "phone", "login"])[0]
        self.assertEqual(
            (values["name"], values["email"], values["phone"], values["login"]),
            ("Ian Employee", False, False, False),
        )
        partner = ian.partner_id.read(["name", "email", "phone"])[0]
        self.assertEqual((partner["email"], partner["phone"]), (False, False))
        own = env.user.read(["email"])[0]
        self.assertEqual(own["email"], "colin@example.com")
        self.assertIn(ian.partner_id, env["res.partner"].search([]))
        self.assertFalse(env["res.partner"].search([("email", "=", "ian@example.com")]))
        self.assertNotIn(self.env.ref("base.partner_admin"), env["res.partner"].search([]))

    def test_collaborator_moves_tasks_and_changes_nothing_else(self):
        task = self.env(user=self.colin)["project.task"].browse(self.probe.id)
        task.write({"stage_id": self.done.id})
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            task.write({"name": "Renamed"})
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            task.create({"name": "New", "project_id": self.apollo.id})
