# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.fields import Command
from odoo.tests import new_test_user

COLLABORATOR = "group_backend_project.group_project_collaborator"


class ProjectScene:
    """Two projects of a company: Apollo, which Colin (a collaborator) follows, and Borealis.

    Ian, an employee, is assigned to the tasks of both, and keeps notes on them.
    A test mixin: ``create_project_scene(groups)`` gives Colin ``groups``.
    """

    @classmethod
    def create_project_scene(cls, groups=COLLABORATOR):
        env = cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        cls.colin = new_test_user(
            env, "gb_colin", groups=groups, password="gb_colin", name="Colin Collaborator",
            email="colin@example.com",
        )  # fmt: skip
        cls.ian = new_test_user(
            env, "gb_ian", groups="project.group_project_user", password="gb_ian",
            name="Ian Employee", email="ian@example.com", phone="+32 2 555 02 02",
        )  # fmt: skip
        cls.todo, cls.done = env["project.task.type"].create(
            [{"name": "To Do", "sequence": 1}, {"name": "Done", "sequence": 2, "fold": False}]
        )
        stages = [Command.set((cls.todo | cls.done).ids)]
        cls.apollo, cls.borealis = env["project.project"].create(
            [
                {"name": "Apollo", "type_ids": stages, "privacy_visibility": "followers"},
                {"name": "Borealis", "type_ids": stages, "privacy_visibility": "followers"},
            ]
        )
        cls.apollo.message_subscribe(partner_ids=(cls.colin | cls.ian).partner_id.ids)
        cls.customer = env["res.partner"].create(
            {"name": "Apollo Customer", "email": "customer@example.com", "phone": "+1 555"}
        )
        cls.probe, cls.secret = env["project.task"].create(
            [
                {"name": "Design the probe", "project_id": cls.apollo.id,
                 "stage_id": cls.todo.id, "user_ids": [Command.set(cls.ian.ids)],
                 "partner_id": cls.customer.id},
                {"name": "Borealis secret", "project_id": cls.borealis.id,
                 "stage_id": cls.todo.id, "user_ids": [Command.set(cls.ian.ids)]},
            ]
        )  # fmt: skip
        for task in (cls.probe, cls.secret):
            task.with_user(cls.ian).message_post(
                body=f"Team note on {task.name}", message_type="comment",
                subtype_xmlid="mail.mt_note",
            )  # fmt: skip
        cls.team_channel = env["discuss.channel"].create(
            {"name": "apollo-team", "channel_type": "channel"}
        )
        cls.team_channel.add_members(partner_ids=(cls.colin | cls.ian).partner_id.ids)
