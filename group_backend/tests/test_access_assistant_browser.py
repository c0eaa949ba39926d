# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The access assistant in the browser: the integrator chooses what the group gets."""

from odoo.fields import Command
from odoo.tests import tagged

from .browser import JourneyCase

INTERNAL_NOTES = "group_backend.group_backend_internal_notes"


@tagged("post_install", "-at_install")
class TestAccessAssistantBrowser(JourneyCase):
    def test_integrator_unticks_a_model_and_keeps_meetings_to_their_own(self):
        """From a group's form: bank accounts unticked, all meetings left unticked."""
        env = self.env
        group = env["res.groups"].create(
            {"name": "GB planner", "implied_ids": [Command.link(env.ref("base.group_user").id)]}
        )
        env["ir.model.access"].create(
            [
                {"name": f"GB planners {perm} {model}", "group_id": group.id,
                 "model_id": env["ir.model"]._get_id(model), "perm_read": True,
                 "perm_write": perm == "manage", "perm_create": perm == "manage"}
                for model, perm in (("calendar.event", "manage"), ("res.partner.bank", "read"))
            ]
        )  # fmt: skip
        url = f"/odoo/action-base.action_res_groups/{group.id}"
        self.start_tour(url, "group_backend_assistant_choices_tour", login="admin")
        made = env["res.groups"].search([("name", "=", "GB planner (backend users)")])
        self.assertEqual(
            sorted(made.model_access.mapped(lambda right: (right.model_id.model, right.perm_read))),
            [("calendar.event", True), ("res.partner", False)],
            "meetings, and creating the contacts they name, as employees do",
        )
        self.assertNotIn("[(1, '=', 1)]", made.rule_groups.mapped("domain_force"))
        self.assertIn(env.ref(INTERNAL_NOTES), made.implied_ids)
        people = made.backend_people_field_ids
        self.assertEqual(
            [f"{field.model}.{field.name}" for field in people], ["calendar.event.partner_ids"]
        )
