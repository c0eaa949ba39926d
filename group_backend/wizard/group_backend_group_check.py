# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.fields import Command

from ..models.group_backend_access_refusal import OPERATIONS
from .group_backend_app_access_wizard import PERMS, access_right_name

# Check, fix, check again: rounds at most, each fix opening the way to the next refusal.
ROUNDS = 4
STEPS = [
    ("action", "Action"),
    ("views", "Views"),
    ("search", "Search"),
    ("groups", "Groups"),
    ("progress bar", "Progress bar"),
    ("form", "Form"),
    ("new record", "New record"),
    ("save", "New record saved"),
    ("chatter", "Chatter"),
    ("chatter messages", "Chatter messages"),
]
KINDS = [
    ("access", "Access right"),
    ("rule", "Record rule"),
    ("action", "Action"),
    ("field", "Field"),
    ("other", "Other"),
]


class GroupBackendGroupCheck(models.TransientModel):
    """What a user of a group would be refused, menu by menu, with a fix for each."""

    _name = "group_backend.group.check"
    _description = "Check of a backend users' group"

    group_id = fields.Many2one("res.groups", required=True, ondelete="cascade", readonly=True)
    source_group_id = fields.Many2one(
        "res.groups",
        string="Made from",
        readonly=True,
        ondelete="set null",
        help="The application group the access assistant made the group from: where no rule "
        "limits its users, a fix may give the group every record.",
    )
    line_ids = fields.One2many("group_backend.group.check.line", "check_id", readonly=True)
    fixable_count = fields.Integer(compute="_compute_counts")
    problem_count = fields.Integer(compute="_compute_counts")
    checked = fields.Boolean(readonly=True)
    fixed_count = fields.Integer(
        string="Fixes applied", readonly=True, help="The fixes Fix all applied."
    )

    @api.depends("line_ids.fixable", "line_ids.fixed")
    def _compute_counts(self):
        """Count what is left to fix, and what cannot be."""
        for check in self:
            open_lines = check.line_ids.filtered(lambda line: not line.fixed)
            check.problem_count = len(open_lines)
            check.fixable_count = len(open_lines.filtered("fixable"))

    def action_check(self):
        """Check the group again: the lines are what a user of it would be refused now."""
        self.ensure_one()
        problems = self.group_id._group_backend_check(self.source_group_id)
        self.line_ids = [Command.clear()] + [
            Command.create(self._line_values(problem)) for problem in problems
        ]
        self.checked = True
        return self._action_open()

    def _line_values(self, problem):
        """Return the values of a line from a problem of the check."""
        model = self.env["ir.model"]._get(problem["model"]) if problem["model"] else None
        return {
            "menu_id": problem["menu_id"],
            "step": problem["step"],
            "kind": problem["kind"],
            "model_id": model.id if model else False,
            "operation": problem["operation"],
            "message": problem["message"],
            "fix": problem["fix"],
            "fixable": problem["fixable"],
            "rule_domain": problem["domain"],
            "rule_label": problem.get("label"),
            "server_action_id": problem["action"].id if problem["action"] else False,
        }

    def action_fix_all(self):
        """Apply every fix, check again; until nothing is left to fix, a few rounds at most."""
        self.ensure_one()
        self._fix_all()
        return self._action_open()

    def _fix_all(self):
        """Check and fix, round after round: a fix may open the way to another refusal."""
        if not self.checked:
            self.action_check()
        for _round in range(ROUNDS):
            lines = self.line_ids.filtered(lambda line: line.fixable and not line.fixed)
            if not lines:
                break
            lines._apply_fix()
            self.fixed_count += len(lines)
            self.action_check()
        return self

    def _action_open(self):
        """Show the check's result."""
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Check of %(group)s", group=self.group_id.name),
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }


class GroupBackendGroupCheckLine(models.TransientModel):
    """A refusal met by the check: the menu, the call, what refused, and its fix."""

    _name = "group_backend.group.check.line"
    _description = "Refusal found by a group check"
    _order = "fixed, fixable desc, id"

    check_id = fields.Many2one("group_backend.group.check", required=True, ondelete="cascade")
    menu_id = fields.Many2one("ir.ui.menu", ondelete="cascade")
    step = fields.Selection(STEPS, help="The web client's call that was refused.")
    kind = fields.Selection(KINDS, string="Refused by")
    model_id = fields.Many2one("ir.model", ondelete="cascade")
    operation = fields.Selection(OPERATIONS)
    message = fields.Text(help="What the user would be told.")
    fix = fields.Char(help="What the fix makes, or why there is none.")
    fixable = fields.Boolean()
    fixed = fields.Boolean(readonly=True)
    rule_domain = fields.Char(help="The domain of the rule the fix makes for the group.")
    rule_label = fields.Char(help="Which records of the model the rule gives.")
    server_action_id = fields.Many2one("ir.actions.server", ondelete="cascade")

    def action_fix(self):
        """Apply this line's fix, and check the group again."""
        self.ensure_one()
        self._apply_fix()
        return self.check_id.action_check()

    def _apply_fix(self):
        """Make what the lines propose: rights and rules of the group's own, actions given to it."""
        for line in self.filtered(lambda line: line.fixable and not line.fixed):
            group = line.check_id.group_id
            if line.kind == "access":
                line._grant_access(group)
            elif line.kind == "rule":
                line._create_rule(group)
            elif line.kind == "action":
                line.server_action_id.sudo().groups_id = [Command.link(group.id)]
            line.fixed = True

    def _grant_access(self, group):
        """Create the access right of the refused operation for the group (as Grant does)."""
        self.env["ir.model.access"].create(
            {
                "name": access_right_name(self.env, group, self.model_id, {self.operation}),
                "model_id": self.model_id.id,
                "group_id": group.id,
                **{f"perm_{perm}": perm == self.operation for perm in PERMS},
            }
        )

    def _create_rule(self, group):
        """Create a rule of the group's own for the refused operation; no shared rule is widened."""
        rules = self.env["ir.rule"]
        existing = rules.search(
            [
                ("model_id", "=", self.model_id.id),
                ("domain_force", "=", self.rule_domain),
                ("groups", "=", group.id),
            ]
        ).filtered(lambda rule: rule.groups == group)
        if existing:
            existing[:1][f"perm_{self.operation}"] = True
            return
        rules.create(
            {
                "name": self.env._(
                    "%(group)s: %(model)s, %(records)s",
                    group=group.name,
                    model=self.model_id.name,
                    records=self.rule_label or self.rule_domain,
                ),
                "model_id": self.model_id.id,
                "groups": [Command.set(group.ids)],
                "domain_force": self.rule_domain,
                **{f"perm_{perm}": perm == self.operation for perm in PERMS},
            }
        )


class GroupBackendAppAccessWizard(models.TransientModel):
    _inherit = "group_backend.app.access.wizard"

    check_id = fields.Many2one("group_backend.group.check", readonly=True)
    check_problem_count = fields.Integer(related="check_id.problem_count")
    check_fixed_count = fields.Integer(related="check_id.fixed_count")

    def _check_group_made(self):
        """Check the group made and apply the fixes, so that it is ready to give."""
        self.check_id = self.env["group_backend.group.check"].create(
            {"group_id": self.group_id.id, "source_group_id": self.source_group_id.id}
        )
        self.check_id._fix_all()

    def action_check_group(self):
        """Check the group made again, and show what a user of it would be refused."""
        self.ensure_one()
        if not self.check_id:
            self.check_id = self.env["group_backend.group.check"].create(
                {"group_id": self.group_id.id, "source_group_id": self.source_group_id.id}
            )
        return self.check_id.action_check()
