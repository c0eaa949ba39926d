# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    @api.model
    def _backend_contacts(self):
        """Add the people of the projects the user follows: followers and assignees."""
        contacts = super()._backend_contacts()
        me = self.env.user.partner_id
        projects = (
            self.env["project.project"].sudo().search([("message_partner_ids", "in", me.ids)])
        )
        if not projects:
            return contacts
        tasks = self.env["project.task"].sudo().search([("project_id", "in", projects.ids)])
        people = (
            projects.message_partner_ids
            | projects.user_id.partner_id
            | tasks.message_partner_ids
            | tasks.user_ids.partner_id
        )
        return contacts | (people - me)
