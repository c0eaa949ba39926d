# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every stored model, as a Project collaborator: Apollo's, its people's names, its own."""

import logging

from odoo.tests import tagged

from odoo.addons.group_backend.tests.common import UserTypesCase
from odoo.addons.group_backend.tests.test_scan import OWN_PLUMBING, ScanMixin

from .common import COLLABORATOR, ProjectScene

_logger = logging.getLogger(__name__)


def followed(user):
    """Domain of the projects ``user`` follows, from a model's path to its project."""
    return lambda path: [(f"{path}message_partner_ids", "in", user.partner_id.ids)]


def coworkers(user):
    """The partners of the people ``user`` works with in its projects and channels."""
    env = user.env(su=True)
    projects = env["project.project"].search([("message_partner_ids", "in", user.partner_id.ids)])
    tasks = env["project.task"].search([("project_id", "in", projects.ids)])
    channels = env["discuss.channel"].search(
        [("channel_member_ids.partner_id", "=", user.partner_id.id)]
    )
    return (
        projects.message_partner_ids | projects.user_id.partner_id | tasks.message_partner_ids
        | tasks.user_ids.partner_id | channels.channel_member_ids.partner_id
    )  # fmt: skip


def project_plumbing():
    """OWN_PLUMBING, and what a project collaborator sees of its projects and people."""
    plumbing = dict(OWN_PLUMBING)
    own_partner = OWN_PLUMBING["res.partner"][1]
    own_message = OWN_PLUMBING["mail.message"][1]
    own_attachment = OWN_PLUMBING["ir.attachment"][1]
    plumbing.update(
        {
            "project.project": ("the projects it follows", lambda u: followed(u)("")),
            "project.task": ("their tasks", lambda u: followed(u)("project_id.")),
            "project.task.type": ("their stages", lambda u: followed(u)("project_ids.")),
            "project.milestone": ("their milestones", lambda u: followed(u)("project_id.")),
            "project.task.stage.personal": ("its own personal stages",
                                            lambda u: [("user_id", "=", u.id)]),
            "res.partner": ("its own, its companies', and the people it works with",
                            lambda u: ["|", ("id", "in", coworkers(u).ids), *own_partner(u)]),
            "res.users": ("itself, and the people it works with",
                          lambda u: [("partner_id", "in", (coworkers(u) | u.partner_id).ids)]),
            "mail.message": ("its own, and the messages of its projects and their tasks",
                             lambda u: ["|", "|", *own_message(u),
                                        "&", ("model", "=", "project.project"),
                                        ("res_id", "in", u.env["project.project"].sudo().search(
                                            followed(u)("")).ids),
                                        "&", ("model", "=", "project.task"),
                                        ("res_id", "in", u.env["project.task"].sudo().search(
                                            followed(u)("project_id.")).ids)]),
            "ir.attachment": ("its own, and the files of its projects' tasks",
                              lambda u: ["|", *own_attachment(u),
                                         "&", ("res_model", "=", "project.task"),
                                         ("res_id", "in", u.env["project.task"].sudo().search(
                                             followed(u)("project_id.")).ids)]),
        }
    )  # fmt: skip
    return plumbing


@tagged("post_install", "-at_install")
class TestProjectCollaboratorScan(ProjectScene, ScanMixin, UserTypesCase):
    """A collaborator of Apollo sees nothing of Borealis, and of people their names only."""

    profile = COLLABORATOR

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_project_scene(cls.profile)
        for task in (cls.probe, cls.secret):
            cls.env["ir.attachment"].create(
                {"name": f"{task.name}.txt", "raw": b"plan", "res_model": "project.task",
                 "res_id": task.id}
            )  # fmt: skip

    def plumbing(self):
        return project_plumbing()

    def test_collaborator_sees_its_projects_and_coworkers_only(self):
        leaks = self.scan(self.colin, self.plumbing())
        self.assertEqual(leaks, {}, "the collaborator sees records beyond its projects")
        _logger.info(
            "group_backend scan: %s stored models scanned as %s, "
            "%s where it sees another person's record beyond its projects",
            len(self.scanned_models()),
            self.env.ref(self.profile).full_name,
            len({model for _login, model in leaks}),
        )
