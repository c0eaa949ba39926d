# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import logging
import random
import threading
import time

from odoo import api, fields, models
from odoo.service.model import PG_CONCURRENCY_EXCEPTIONS_TO_RETRY

_logger = logging.getLogger(__name__)

OPERATIONS = [("read", "Read"), ("write", "Write"), ("create", "Create"), ("unlink", "Delete"),
              ("run", "Run")]  # fmt: skip
# The refusals noted in a transaction, recorded once it is rolled back (cursor hook data).
PENDING = "group_backend.access_refusals"
# Tries to record refusals when concurrent requests record the same ones, as Odoo retries
# a request (odoo.service.model.retrying).
RECORD_TRIES = 8
UPSERT = """
    INSERT INTO group_backend_access_refusal AS refusal
           (group_key, model_id, operation, action_key, action_id, refused_by, refusal_count,
            active, first_date, last_date, create_date, write_date)
    VALUES (%(group_key)s, %(model_id)s, %(operation)s, %(action_key)s, %(action_id)s,
            %(refused_by)s, 1, TRUE, %(now)s, %(now)s, %(now)s, %(now)s)
    ON CONFLICT (group_key, model_id, operation, action_key) DO UPDATE
       SET refusal_count = refusal.refusal_count + 1,
           last_date = EXCLUDED.last_date,
           write_date = EXCLUDED.write_date,
           refused_by = EXCLUDED.refused_by,
           active = refusal.active OR refusal.granted_access_id IS NOT NULL
                    OR refusal.granted_group_id IS NOT NULL
                    OR refusal.refused_by <> EXCLUDED.refused_by
    RETURNING id
"""
LINK_GROUPS = """
    INSERT INTO group_backend_access_refusal_res_groups_rel (refusal_id, group_id)
    SELECT %(id)s, unnest(%(group_ids)s::int[]) ON CONFLICT DO NOTHING
"""
UNLINK_RULES = "DELETE FROM group_backend_access_refusal_ir_rule_rel WHERE refusal_id = %(id)s"
LINK_RULES = """
    INSERT INTO group_backend_access_refusal_ir_rule_rel (refusal_id, rule_id)
    SELECT %(id)s, unnest(%(rule_ids)s::int[]) ON CONFLICT DO NOTHING
"""


class GroupBackendAccessRefusal(models.Model):
    """A refusal met by backend users: once per group set, model and operation (and action).

    It holds what an administrator needs to grant or to dismiss it, and nothing
    of the refused record: no id, no value, not even the user, only its groups.
    """

    _name = "group_backend.access.refusal"
    _description = "Backend access refusal"
    _order = "last_date desc, id desc"

    model_id = fields.Many2one(
        "ir.model", required=True, readonly=True, ondelete="cascade", index=True
    )
    model = fields.Char(related="model_id.model", string="Technical name")
    operation = fields.Selection(OPERATIONS, required=True, readonly=True)
    refused_by = fields.Selection(
        [("access", "Access right"), ("rule", "Record rule"), ("action", "Action groups")],
        required=True,
        readonly=True,
        help="Access right: none of the users' groups may do this operation on the model. "
        "Record rule: they may, but the record rules keep them from these records. "
        "Action groups: the action is given to groups the users are not in.",
    )
    action_id = fields.Many2one(
        "ir.actions.server",
        string="Refused action",
        readonly=True,
        ondelete="cascade",
        help="The server action the users may not run: Grant gives it to a group of yours.",
    )
    action_key = fields.Integer(
        required=True,
        default=0,
        readonly=True,
        help="Technical: the refused action's id, 0 for a model's refusal (part of the key).",
    )
    rule_ids = fields.Many2many(
        "ir.rule",
        "group_backend_access_refusal_ir_rule_rel",
        "refusal_id",
        "rule_id",
        string="Refusing rules",
        readonly=True,
    )
    group_ids = fields.Many2many(
        "res.groups",
        "group_backend_access_refusal_res_groups_rel",
        "refusal_id",
        "group_id",
        string="Groups of the users",
        readonly=True,
        help="Every group of the refused users, implied ones included.",
    )
    group_key = fields.Char(
        required=True, readonly=True, help="Technical: the ids of the users' groups, sorted."
    )
    first_date = fields.Datetime(string="First refused", readonly=True)
    last_date = fields.Datetime(string="Last refused", readonly=True)
    refusal_count = fields.Integer(string="Refusals", readonly=True)
    granted_access_id = fields.Many2one(
        "ir.model.access", string="Granted access right", readonly=True, ondelete="set null"
    )
    granted_group_id = fields.Many2one(
        "res.groups",
        string="Action granted to",
        readonly=True,
        ondelete="set null",
        help="The group added to the refused action's groups.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = (
        (
            "once_per_group_set_model_operation",
            "UNIQUE (group_key, model_id, operation, action_key)",
            "A refusal is recorded once per group set, model, operation and action.",
        ),
    )

    @api.depends("model_id", "operation", "action_id")
    def _compute_display_name(self):
        """Name a refusal by its operation and model, or by its action."""
        operations = dict(self._fields["operation"]._description_selection(self.env))
        for refusal in self:
            target = refusal.action_id.sudo().name if refusal.action_id else refusal.model_id.name
            refusal.display_name = f"{operations.get(refusal.operation)} {target}"

    @api.model
    def _note_refusal(self, model_name, operation, records=None):
        """Remember a backend user's refusal, to record it once its transaction is rolled back.

        Called on a refusal only: by an access right, or by the record rules
        on ``records``. Never raises.
        """
        try:
            if not self._serving_the_user():
                return
            rules = None if records is None else self._failing_rules(operation, records)
            values = self._refusal_values(model_name, operation, rules)
            if values:
                self._add_pending(values)
        except Exception:  # recording never fails the user's request
            _logger.warning("group_backend: the refusal was not noted", exc_info=True)

    @api.model
    def _note_action_refusal(self, action):
        """Remember that a backend user may not run the server ``action`` for its groups.

        Called on a refusal only; never raises.
        """
        try:
            if not self._serving_the_user():
                return
            values = self._refusal_values(action.sudo().model_id.model, "run", None)
            if values:
                values.update(refused_by="action", action_id=action.id, action_key=action.id)
                self._add_pending(values)
        except Exception:  # recording never fails the user's request
            _logger.warning("group_backend: the refusal was not noted", exc_info=True)

    @api.model
    def _serving_the_user(self):
        """Whether the refused work is a call of the user's: a web request or the external API.

        Odoo names the user a thread serves (for its logs) when it dispatches
        the user's call; a scheduled action or a test's own transaction is not
        one. In Odoo's test mode, the requests' cursors are test cursors, and
        the test's own cursor is not a call of the user's either.
        """
        registry = self.env.registry
        if registry.in_test_mode():
            return self.env.cr is not registry.test_cr
        return getattr(threading.current_thread(), "uid", None) == self.env.uid

    @api.model
    def _failing_rules(self, operation, records):
        """Return the rules refusing ``records``, as Odoo's message names them (in a savepoint)."""
        with self.env.cr.savepoint(flush=False):
            return self.env["ir.rule"]._get_failing(records, mode=operation)

    @api.model
    def _refusal_values(self, model_name, operation, rules):
        """Return what a refusal records: the user's groups, the model, the operation, the rules."""
        model_id = self.env["ir.model"]._get_id(model_name)
        if not model_id:
            return None
        group_ids = sorted(self.env.user._get_group_ids())
        return {
            "group_key": ",".join(map(str, group_ids)),
            "group_ids": group_ids,
            "model_id": model_id,
            "operation": operation,
            "refused_by": "access" if rules is None else "rule",
            "rule_ids": [] if rules is None else list(rules.ids),
            "action_id": None,
            "action_key": 0,
        }

    @api.model
    def _add_pending(self, values):
        """Add a refusal to those recorded when the transaction is rolled back: once per key."""
        hook = self.env.cr.postrollback
        if PENDING not in hook.data:
            hook.data[PENDING] = pending = {}
            registry = self.env.registry
            hook.add(lambda: record_refusals(registry.cursor, pending))
        key = (values["group_key"], values["model_id"], values["operation"], values["action_key"])
        hook.data[PENDING][key] = values

    def action_dismiss(self):
        """Hide the refusals: the administrator will not grant them."""
        self.active = False

    def action_restore(self):
        """Show dismissed refusals again."""
        self.active = True

    def action_grant(self):
        """Grant the refused operation: an access right or an action's groups; a rule's form."""
        self.ensure_one()
        if self.refused_by == "rule":
            return self._action_open_rules()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Grant %(refusal)s", refusal=self.display_name),
            "res_model": "group_backend.access.grant.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_refusal_id": self.id},
        }

    def _action_open_rules(self):
        """Open the rule that refused, or the list of the rules when several did."""
        action = {
            "type": "ir.actions.act_window",
            "name": self.env._("Refusing rules"),
            "res_model": "ir.rule",
        }
        if len(self.rule_ids) == 1:
            return dict(action, view_mode="form", res_id=self.rule_ids.id)
        return dict(action, view_mode="list,form", domain=[("id", "in", self.rule_ids.ids)])


def record_refusals(new_cursor, pending):
    """Record the refusals ``pending`` through a cursor of their own; log, never raise.

    Run after the refused transaction is rolled back: the refusals would go with it
    (in Odoo's test mode, the cursor is the test's). Concurrent requests that record
    the same refusals make PostgreSQL refuse all but one: the others try again, as
    Odoo retries requests. ``new_cursor`` returns a new cursor (``registry.cursor``).
    """
    for attempt in range(1, RECORD_TRIES + 1):
        try:
            with new_cursor() as cr:
                for values in pending.values():
                    upsert_refusal(cr, values)
            return
        except PG_CONCURRENCY_EXCEPTIONS_TO_RETRY:
            if attempt == RECORD_TRIES:
                _logger.warning(
                    "group_backend: %d refusals were not recorded after %d tries",
                    len(pending),
                    attempt,
                    exc_info=True,
                )
                return
            time.sleep(random.uniform(0.0, min(0.05 * 2**attempt, 2.0)))
        except Exception:
            _logger.warning("group_backend: the refusals were not recorded", exc_info=True)
            return


def upsert_refusal(cr, values):
    """Record one refusal through ``cr``: a new row, or one more count of the same."""
    values = dict({"action_id": None, "action_key": 0}, **values, now=fields.Datetime.now())
    cr.execute(UPSERT, values, log_exceptions=False)  # record_refusals logs what fails
    values["id"] = cr.fetchone()[0]
    cr.execute(LINK_GROUPS, values, log_exceptions=False)
    if values["refused_by"] == "rule":
        cr.execute(UNLINK_RULES, values, log_exceptions=False)
        cr.execute(LINK_RULES, values, log_exceptions=False)
