# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class GroupBackendAppAccessWizardRight(models.TransientModel):
    """A model the access assistant plans to give, with its operations: ticked or not."""

    _name = "group_backend.app.access.wizard.right"
    _description = "Access right the assistant plans"
    _order = "id"

    wizard_id = fields.Many2one(
        "group_backend.app.access.wizard", required=True, ondelete="cascade"
    )
    include = fields.Boolean(string="Give", default=True)
    model_id = fields.Many2one("ir.model", required=True, ondelete="cascade")
    model = fields.Char(related="model_id.model", string="Technical name")
    application = fields.Char(
        help="The application that defines the model: the documents of another application "
        "than the group's (a salesman's invoices) are unticked by default."
    )
    perm_read = fields.Boolean(string="Read")
    perm_write = fields.Boolean(string="Write")
    perm_create = fields.Boolean(string="Create")
    perm_unlink = fields.Boolean(string="Delete")


class GroupBackendAppAccessWizardRule(models.TransientModel):
    """A record rule the access assistant plans to copy for the new group: ticked or not."""

    _name = "group_backend.app.access.wizard.rule"
    _description = "Record rule the assistant plans to copy"
    _order = "id"

    wizard_id = fields.Many2one(
        "group_backend.app.access.wizard", required=True, ondelete="cascade"
    )
    include = fields.Boolean(string="Copy", default=True)
    rule_id = fields.Many2one("ir.rule", required=True, ondelete="cascade")
    model = fields.Char(related="rule_id.model_id.model", string="Model")
    domain_force = fields.Text(related="rule_id.domain_force", string="Domain")
    groups = fields.Many2many(related="rule_id.groups", string="Groups")
