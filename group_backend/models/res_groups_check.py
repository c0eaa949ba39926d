# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
# Kept apart from res_groups.py, ir_rule.py, ir_model_access.py and base.py: the group check.
# pylint: disable=consider-merging-classes-inherited
"""Check a backend users' group as the web client would use it, in a rolled-back savepoint."""

import contextlib
import contextvars
import logging
import uuid

from lxml import etree

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.osv import expression
from odoo.tools import mute_logger
from odoo.tools.safe_eval import datetime, dateutil, safe_eval, time

from odoo.addons.mail.tools.discuss import Store
from odoo.addons.web.controllers.utils import clean_action

from .res_partner_people import PEOPLE_MODELS

_logger = logging.getLogger(__name__)

# Set while a group is checked: the refusals made then carry what refused (see _refusal_of).
CHECKING = contextvars.ContextVar("group_backend_group_check", default=False)
# What the web client asks for a thread's chatter (mail's chatter_patch.js requestList).
CHATTER_REQUESTS = ["activities", "attachments", "followers", "scheduledMessages",
                    "suggestedRecipients"]  # fmt: skip
# What the web client reads at most at once: a list's page, a kanban's.
LIMITS = {"list": 80, "kanban": 40}
X2MANY = ("one2many", "many2many")
NOT_LINKS = {"create_uid", "write_uid"}
FIELD_REFUSAL = "view: fixed by views agreeing with the ORM"
CODE_FIELD_REFUSAL = "None: Odoo's code reads a field of groups the user does not hold"


# Where Odoo logs each refusal ("Access Denied"): a check's own are listed, not logged.
REFUSAL_LOGGERS = ("odoo.addons.base.models.ir_model", "odoo.addons.base.models.ir_rule",
                   "odoo.models")  # fmt: skip


class _NotChecking(logging.Filter):
    """Leave out of the log the refusals of a check running in this thread."""

    def filter(self, record):
        return not CHECKING.get()


for _name in REFUSAL_LOGGERS:
    logging.getLogger(_name).addFilter(_NotChecking())


class _RollBack(Exception):
    """Raised at the end of a check: its savepoint is rolled back, whatever happened."""


class ResGroups(models.Model):
    _inherit = "res.groups"

    group_backend_checkable = fields.Boolean(
        compute="_compute_group_backend_checkable",
        help="Technical: the group implies a backend type and not Internal User.",
    )

    def _compute_group_backend_checkable(self):
        """Offer the check on the groups that give backend users an application."""
        groups = self.env["res.groups"]._backend_application_groups()
        for group in self:
            group.group_backend_checkable = group._origin in groups

    def action_group_backend_check(self):
        """Check the group as a user of it would use it, and show what would be refused."""
        self.ensure_one()
        check = self.env["group_backend.group.check"].create({"group_id": self.id})
        check.action_check()
        return check._action_open()

    def _group_backend_check(self, source=None):
        """Return what a user of the group would be refused, opening each of its menus.

        A temporary Backend user holding the group opens every menu it sees as the
        web client does, in a savepoint rolled back whatever happens: the user, the
        records lent to it and whatever the check did are gone after. Each refusal
        is a dict (see GroupCheck._add), with its fix when there is one. ``source``,
        the application group the group was made from, tells what its users read.
        """
        self.ensure_one()
        if self not in self.env["res.groups"]._backend_application_groups():
            raise UserError(
                self.env._(
                    'The group "%(group)s" does not imply a backend type, or implies Internal '
                    "User: only the groups of backend users are checked.",
                    group=self.full_name,
                )
            )
        check = GroupCheck(self, source)
        token = CHECKING.set(True)
        try:
            with contextlib.suppress(_RollBack), self.env.cr.savepoint():
                check.run()
                raise _RollBack()
        finally:
            CHECKING.reset(token)
        self.env.invalidate_all()  # nothing of the check stays in the cache
        _logger.info("group check of %s: %d refusals", self.full_name, len(check.problems))
        return check.problems


class Base(models.AbstractModel):
    _inherit = "base"

    def check_field_access_rights(self, operation, field_names):
        """Tell a running group check which fields were refused."""
        try:
            return super().check_field_access_rights(operation, field_names)
        except AccessError as error:
            if CHECKING.get():
                error.group_backend_refusal = {"kind": "field", "model": self._name,
                                               "operation": operation}  # fmt: skip
            raise


class IrModelAccess(models.Model):
    _inherit = "ir.model.access"

    def _make_access_error(self, model, mode):
        """Tell a running group check which access right refused."""
        error = super()._make_access_error(model, mode)
        if CHECKING.get():
            error.group_backend_refusal = {"kind": "access", "model": model, "operation": mode}
        return error


class IrRule(models.Model):
    _inherit = "ir.rule"

    def _make_access_error(self, operation, records):
        """Tell a running group check which records and rules refused."""
        error = super()._make_access_error(operation, records)
        if CHECKING.get():
            records, rules = self._group_check_failing(operation, records)
            error.group_backend_refusal = {"kind": "rule", "model": records._name,
                                           "operation": operation, "records": records,
                                           "rules": rules.sudo()}  # fmt: skip
        return error

    def _group_check_failing(self, operation, records):
        """Return the refused records and their failing rules, a parent model's (_inherits) when
        its rules refuse: Odoo applies them to the records, and does not name them."""
        refusals = self.env["group_backend.access.refusal"]
        rules = refusals._failing_rules(operation, records)
        if rules:
            return records, rules
        for field_name in records._inherits.values():
            parents = records.sudo()[field_name].with_env(records.env)
            parent_rules = refusals._failing_rules(operation, parents)
            if parent_rules:
                return parents, parent_rules
        return records, rules


class GroupBackendAccessRefusal(models.Model):
    _inherit = "group_backend.access.refusal"

    @api.model
    def _serving_the_user(self):
        """Record no refusal of a check's temporary user: the check lists them itself."""
        return not CHECKING.get() and super()._serving_the_user()


class GroupCheck:
    """A temporary user of ``group`` opening its menus as the web client does."""

    def __init__(self, group, source=None):
        self.group = group
        self.source = source
        self.env = group.env
        self.problems = []
        self.seen = set()
        self.menu = None

    # --- the temporary user --------------------------------------------------

    def run(self):
        """Make the user, open every menu it sees, and return the refusals met."""
        self.user = self._create_user()
        self.uenv = self.env(
            user=self.user.id,
            su=False,
            context={
                "lang": self.user.lang,
                "tz": self.user.tz,
                "uid": self.user.id,
                "allowed_company_ids": self.user.company_ids.ids,
            },
        )
        done = set()
        for menu in self._visible_menus().sorted(lambda menu: menu.complete_name):
            if menu.action in done:
                continue
            done.add(menu.action)
            self.menu = menu
            self._open_action(menu.action)
        return self.problems

    def _visible_menus(self):
        """Return the menus with an action the user sees in the web client: their parents too."""
        menus = self.env["ir.ui.menu"].sudo().with_context(**{"ir.ui.menu.full_list": True})
        if not self.uenv["ir.model.access"].check("ir.ui.menu", "read", False):
            return menus.browse()  # a plain Backend user: no menu (IrUiMenu.get_user_roots)
        visible_ids = self.uenv["ir.ui.menu"]._visible_menu_ids(False)
        return menus.browse(visible_ids).filtered(
            lambda menu: (
                menu.action
                and all(int(menu_id) in visible_ids for menu_id in menu.parent_path.split("/")[:-1])
            )
        )

    def _create_user(self):
        """Create a Backend user holding the group only."""
        company = self.env.company
        return (
            self.env["res.users"]
            .sudo()
            .with_context(no_reset_password=True, tracking_disable=True)
            .create(
                {
                    "name": self.env._("Check of %(group)s", group=self.group.name),
                    "login": f"group_backend_check_{uuid.uuid4().hex}",
                    "groups_id": [Command.set(self.group.ids)],
                    "company_id": company.id,
                    "company_ids": [Command.set(company.ids)],
                }
            )
        )

    def _lend_record(self, model, domain):
        """Give the user a record of ``model`` as its own: its user fields, and as a follower.

        A new user owns nothing: its pipeline is empty, and what a salesman meets
        on its own opportunities would stay unseen. The record found as superuser
        in the action's domain is written (in the check's savepoint) as the user's.
        """
        sudo_model = model.sudo().with_context(tracking_disable=True, mail_notrack=True)
        user_fields = _user_links(model)
        followed = "message_partner_ids" in model._fields
        if not user_fields and not followed:
            return False  # nothing links a record to a user: the user's records are all of them
        for search_domain in (domain, []):
            try:
                record = sudo_model.search(search_domain, limit=1)
            except (ValueError, TypeError, KeyError, UserError):  # the user's domain, as superuser
                record = sudo_model.browse()
            if record:
                break
        if not record:
            return False
        try:
            with self.env.cr.savepoint():
                if user_fields:
                    record.write(dict.fromkeys(user_fields, self.user.id))
                if followed:
                    record.message_subscribe(partner_ids=self.user.partner_id.ids)
        except Exception:
            _logger.info("group check: %s was not lent to the user", record, exc_info=True)
            return False
        return True

    # --- the web client's calls ------------------------------------------------

    def _step(self, step, call, model=None):
        """Run one call of the web client as the user; note its refusal; return its result."""
        try:
            with self.env.cr.savepoint():
                return call()
        except AccessError as error:
            self._note(step, error, model)
        except Exception as error:  # not a refusal, but an error the user would meet too
            _logger.info("group check: %s of %s failed", step, self.menu.complete_name,
                         exc_info=True)  # fmt: skip
            self._add(step, "other", model, None, str(error),
                      fix=self.env._("None: not a refusal; see the server's log"))  # fmt: skip
        return None

    def _open_action(self, action):
        """Open the menu's action: a window action, or the server action's result."""
        result = self._step("action", lambda: self._load_action(action))
        if not result or result.get("type") != "ir.actions.act_window":
            return
        model = self.uenv.get(result.get("res_model"))
        if model is None:
            return
        context = dict(self.uenv.context, **self._eval(result.get("context"), {}))
        context = {key: value for key, value in context.items()
                   if not key.startswith("search_default_")}  # fmt: skip
        model = model.with_context(**context)
        domain = self._eval(result.get("domain"), []) or []
        self._open_views(model, result, domain)

    def _load_action(self, action):
        """Load the action as /web/action/load does, and run a server action as /web/action/run."""
        if action._name == "ir.actions.server":
            result = self.uenv["ir.actions.server"].browse(action.id).run()
            return clean_action(result, env=self.uenv) if result else None
        if action._name == "ir.actions.act_window":
            result = action.sudo()._get_action_dict()
            return clean_action(result, env=self.uenv) if result else None
        return None

    def _open_views(self, model, action, domain):
        """Load the views, search as the list and kanban do, open the first record's form."""
        views = [list(view) for view in action.get("views") or []]
        if not any(view_type == "form" for __, view_type in views):
            views.append([False, "form"])
        search_view = action.get("search_view_id")
        views.append([search_view[0] if search_view else False, "search"])
        options = {"action_id": action.get("id"), "load_filters": True, "toolbar": True}
        loaded = self._step("views", lambda: model.get_views(views, options), model._name)
        if not loaded:
            return
        arches = {
            view_type: etree.fromstring(view["arch"])
            for view_type, view in loaded["views"].items()
            if view.get("arch")
        }
        record_id = None
        for view_type in ("list", "kanban"):
            if view_type in arches:
                record_id = self._search(model, arches[view_type], view_type, domain) or record_id
        record_id = action.get("res_id") or record_id  # an action opening one record's form
        form = arches.get("form")
        if form is None:
            return
        spec = self._readable_spec(model, _spec(model, form), "form")
        if record_id:
            record = model.browse(record_id)
            self._step("form", lambda: record.web_read(spec), model._name)
            self._chatter(model, record_id)
        first_view = next(
            (arches[view_type] for __, view_type in views if view_type in arches), form
        )
        if _creates(first_view) and _creates(form):  # the New button is shown
            new = self._step(
                "new record", lambda: model.browse().onchange({}, [], spec), model._name
            )
            if new is not None:
                self._save_new(model, new.get("value") or {})

    def _save_new(self, model, defaults):
        """Save a new record as the form's Save does: what creating reads (a sequence, say).

        The required fields the defaults leave empty are filled with a text or with
        the first record the user may pick; errors that are not refusals (a constraint
        on made-up values) are not the group's: they are left out.
        """
        values = {}
        for name, value in defaults.items():
            field = model._fields.get(name)
            if value and field and field.store and field.type not in X2MANY:
                values[name] = value.get("id") if isinstance(value, dict) else value
        for name, field in model._fields.items():
            if not field.required or name in values or not field.store:
                continue
            if field.type in ("char", "text", "html"):
                values[name] = self.env._("Check")
            elif field.type == "many2one" and not field.compute:
                picked = self._step(
                    "new record", lambda field=field: self.uenv[field.comodel_name].search(
                        [], limit=1), field.comodel_name)  # fmt: skip
                if not picked:
                    return
                values[name] = picked.id
            elif not (
                field.compute
                or field.default
                or field.type in ("boolean", "integer", "float", "monetary")
            ):
                return  # a value to make up: the save would fail for that, not for the group
        try:
            with self.env.cr.savepoint(), mute_logger("odoo.sql_db"):
                model.create(values)
        except AccessError as error:
            self._note("save", error, model._name)
        except Exception:
            _logger.info("group check: a new %s was not saved", model._name, exc_info=True)

    def _search(self, model, arch, view_type, domain):
        """Search as a list or kanban view does; its groups and progress bars; return a record."""
        spec = self._readable_spec(model, _spec(model, arch), view_type)
        limit = LIMITS[view_type]
        found = self._step(
            "search", lambda: model.web_search_read(domain, spec, limit=limit), model._name
        )
        if found is not None and not found["records"] and self._lend_record(model, domain):
            found = self._step(
                "search", lambda: model.web_search_read(domain, spec, limit=limit), model._name
            )
        group_by = arch.get("default_group_by") or model.env.context.get("group_by")
        group_by = group_by[0] if isinstance(group_by, list | tuple) else group_by
        if group_by:
            self._groups(model, arch, domain, group_by.split(":")[0])
        if found is None:  # refused: the form is opened still, to find its own refusals
            with contextlib.suppress(Exception), self.env.cr.savepoint():
                return model.search(domain, limit=1).id or None
        records = (found or {}).get("records") or []
        return records[0]["id"] if records else None

    def _groups(self, model, arch, domain, group_by):
        """Read the groups of a grouped view, and its progress bars, as the web client does."""
        bar = next(iter(arch.iter("progressbar")), None)
        aggregates = ["__count"]
        if bar is not None and bar.get("sum_field"):
            aggregates.append(f"{bar.get('sum_field')}:sum")
        self._step(
            "groups",
            lambda: model.web_read_group(domain, aggregates, [group_by], limit=80),
            model._name,
        )
        if bar is None or not self._readable_fields(model, [bar.get("field")], "progress bar"):
            return
        progress = {"field": bar.get("field"), "colors": self._eval(bar.get("colors"), {}) or {}}
        if bar.get("sum_field"):
            progress["sum_field"] = bar.get("sum_field")
        self._step(
            "progress bar",
            lambda: model.read_progress_bar(domain, group_by, progress),
            model._name,
        )

    def _chatter(self, model, record_id):
        """Load the record's chatter: its thread data and messages, as mail's controllers do."""
        if not hasattr(model, "_get_thread_with_access"):
            return
        messages = self.uenv["mail.message"]

        def thread_data():
            thread = model._get_thread_with_access(record_id)
            if thread:
                Store(thread, as_thread=True, request_list=CHATTER_REQUESTS).get_result()

        def thread_messages():
            domain = [("res_id", "=", record_id), ("model", "=", model._name),
                      ("message_type", "!=", "user_notification")]  # fmt: skip
            found = messages._message_fetch(domain, limit=30)["messages"]
            Store(found, for_current_user=True).get_result()

        self._step("chatter", thread_data, model._name)
        self._step("chatter messages", thread_messages, "mail.message")

    # --- fields the ORM refuses ---------------------------------------------

    def _readable_spec(self, model, spec, step):
        """Return ``spec`` without the fields the ORM refuses the user, noted as view refusals."""
        readable = self._readable_fields(model, list(spec), step)
        return {name: value for name, value in spec.items() if name in readable}

    def _readable_fields(self, model, names, step):
        """Return which of ``names`` the user may read; note the others (no fix: the view's)."""
        refused = []
        for name in names:
            try:
                model.check_field_access_rights("read", [name])
            except AccessError:
                refused.append(name)
        if refused:
            message = self.env._(
                'The view asks for the fields "%(fields)s" of %(model)s, which the user may '
                "not read.",
                fields=", ".join(refused),
                model=model._description,
            )
            self._add(step, "field", model._name, "read", message, fix=self.env._(FIELD_REFUSAL))
        return [name for name in names if name not in refused]

    # --- the refusals and their fixes --------------------------------------

    def _note(self, step, error, model):
        """Note a refusal: what refused it, and how to fix it."""
        refusal = _refusal_of(error)
        message = str(error.args[0]) if error.args else str(error)
        if refusal and refusal["kind"] == "access":
            perm = refusal["operation"]
            model_name = refusal["model"]
            self._add(step, "access", model_name, perm, message,
                      fix=self.env._("Create the access right"), fixable=True)  # fmt: skip
        elif refusal and refusal["kind"] == "field":
            self._add(step, "field", refusal["model"], refusal["operation"], message,
                      fix=self.env._(CODE_FIELD_REFUSAL))  # fmt: skip
        elif refusal:
            self._note_rule(step, refusal, message)
        elif step == "action" and self.menu.action._name == "ir.actions.server":
            action = self.menu.action.sudo()
            if action.groups_id:
                self._add(step, "action", action.model_id.model or None, None, message,
                          fix=self.env._("Give the server action to the group"),
                          fixable=True, action=action)  # fmt: skip
            else:
                self._add(step, "action", action.model_id.model or None, None, message,
                          fix=self.env._("None: the server action names no group; give it "
                                         "groups by hand"))  # fmt: skip
        else:
            self._add(step, "other", model, None, message,
                      fix=self.env._("None: no access right or rule refused"))  # fmt: skip

    def _note_rule(self, step, refusal, message):
        """Note a record rule refusal, with a rule of the group's own when a link fits."""
        model_name, operation = refusal["model"], refusal["operation"]
        message = self.env._(
            "%(message)s\n\nRefusing rules: %(rules)s",
            message=message,
            rules=", ".join(refusal["rules"].mapped("name")) or "-",
        )
        shared = refusal["rules"].filtered("global")
        if shared:
            fix = self.env._(
                "None: the global rule %(rules)s refuses; a rule of the group cannot lift it",
                rules=", ".join(shared.mapped("name")),
            )
            self._add(step, "rule", model_name, operation, message, fix=fix)
            return
        link = self._rule_link(refusal["records"].sudo(), operation)
        if not link:
            fix = self.env._("None: no link from these records to the user; write a rule by hand")
            self._add(step, "rule", model_name, operation, message, fix=fix)
            return
        domain, label = link
        self._add(step, "rule", model_name, operation, message, fixable=True, domain=domain,
                  label=label, fix=self.env._("Create the rule: %(link)s", link=label))  # fmt: skip

    def _rule_link(self, records, operation):
        """Return the first domain (text) linking all of ``records`` to the user, and its label."""
        model = records.browse()
        eval_context = self.env["ir.rule"].with_user(self.user)._eval_context()
        for domain, label in _rule_links(model, self.menu_model()):
            try:
                allowed = model.search_count(
                    expression.AND([[("id", "in", records.ids)], safe_eval(domain, eval_context)])
                )
            except (ValueError, TypeError, KeyError, UserError):  # a link Odoo cannot search on
                _logger.debug("group check: %s cannot be searched on", domain, exc_info=True)
                continue
            if allowed == len(records):
                return domain, label
        return self._source_link(model._name, operation)

    def _source_link(self, model_name, operation):
        """Return every record, as the application group's users read them, when no rule of
        theirs limits them there (a shared rule of the backend types does); never for people."""
        source = self.source
        if not source or model_name in PEOPLE_MODELS:
            return None
        limiting = (
            self.env["ir.rule"]
            .sudo()
            .search_count(
                [
                    ("model_id.model", "=", model_name),
                    ("groups", "in", (source | source.trans_implied_ids).ids),
                    (f"perm_{operation}", "=", True),
                ]
            )
        )
        if limiting:
            return None
        label = self.env._("every record, as the users of %(group)s", group=source.full_name)
        return "[(1, '=', 1)]", label

    def menu_model(self):
        """Return the model of the menu being opened, or None."""
        action = self.menu.action.sudo()
        return getattr(action, "res_model", None) or getattr(action.model_id, "model", None)

    def _add(self, step, kind, model_name, operation, message, fix="", fixable=False, **values):
        """Add a problem, once per kind, model, operation and fix."""
        key = (kind, model_name, operation, values.get("domain"), values.get("action"))
        if key in self.seen:
            return
        self.seen.add(key)
        self.problems.append(
            {
                "menu_id": self.menu.id,
                "step": step,
                "kind": kind,
                "model": model_name,
                "operation": operation,
                "message": message,
                "fix": fix,
                "fixable": fixable,
                "domain": values.get("domain"),
                "action": values.get("action"),
                "label": values.get("label"),
            }
        )

    def _eval(self, text, default):
        """Evaluate an action's or a view's expression as the web client would, or ``default``."""
        if not isinstance(text, str):
            return text if text is not None else default
        values = {
            "uid": self.user.id,
            "user": self.user,
            "context": dict(self.uenv.context),
            "allowed_company_ids": self.user.company_ids.ids,
            "current_company_id": self.user.company_id.id,
            "active_id": False,
            "active_ids": [],
            "active_model": False,
            "time": time,
            "datetime": datetime,
            "dateutil": dateutil,
            "context_today": lambda: fields.Date.context_today(self.user),
        }
        with contextlib.suppress(Exception):
            return safe_eval(text, values)
        return default


def _refusal_of(error):
    """Return what refused ``error``, or the error it was raised from (a related field's)."""
    while error is not None:
        refusal = getattr(error, "group_backend_refusal", None)
        if refusal:
            return refusal
        error = error.__cause__ or error.__context__
    return None


def _creates(arch):
    """Whether a view offers to create records (Odoo sets create="False" without the right)."""
    return arch.get("create") not in ("0", "false", "False")


def _user_links(model):
    """Return the many2one fields from ``model`` to users, Odoo's own logging ones aside."""
    return [
        name
        for name, field in model._fields.items()
        if field.type == "many2one" and field.comodel_name == "res.users"
        and name not in NOT_LINKS and field.store
    ]  # fmt: skip


def _rule_links(model, menu_model):
    """Yield the domains (text) that link ``model``'s records to the user, with their labels.

    In order: the user named on the record (user_id), a follower, the user's partner
    or company, and the records' customers: partners of the user's records (of the
    menu's model first) through their one2many fields.
    """
    env = model.env
    for name in _user_links(model):
        yield (f"[('{name}', '=', user.id)]",
               env._("the user's own (%(field)s)", field=name))  # fmt: skip
    if "message_partner_ids" in model._fields:
        yield ("[('message_partner_ids', 'in', [user.partner_id.id])]",
               env._("those the user follows"))  # fmt: skip
    partner_links = [
        name
        for name, field in model._fields.items()
        if field.type == "many2one" and field.comodel_name == "res.partner" and field.store
        and name not in NOT_LINKS
    ]  # fmt: skip
    for name in partner_links:
        yield (f"[('{name}', 'child_of', [user.commercial_partner_id.id])]",
               env._("those of the user's company (%(field)s)", field=name))  # fmt: skip
    inverses = [
        (name, field)
        for name, field in model._fields.items()
        if field.type in ("one2many", "many2many")
        and field.comodel_name in env
        and field.comodel_name != model._name
    ]
    inverses.sort(key=lambda item: item[1].comodel_name != menu_model)
    for name, field in inverses:
        for link in _user_links(env[field.comodel_name]):
            yield (f"[('{name}.{link}', '=', user.id)]",
                   env._("those of the user's %(records)s (%(path)s)",
                         records=env[field.comodel_name]._description,
                         path=f"{name}.{link}"))  # fmt: skip


def _spec(model, arch):
    """Return the web client's fields spec of a view arch: its fields, subviews' included."""
    spec = {}
    for node in _own_fields(arch):
        name = node.get("name")
        field = model._fields.get(name)
        if not field:
            continue
        if field.type == "many2one":
            spec[name] = {"fields": {"display_name": {}}}
        elif field.type in ("one2many", "many2many"):
            subview = next((child for child in node if child.tag in ("list", "kanban")), None)
            comodel = model.env[field.comodel_name]
            sub = _spec(comodel, subview) if subview is not None else {}
            spec[name] = {"fields": sub or {"display_name": {}}}
        else:
            spec.setdefault(name, {})
    return spec


def _own_fields(node):
    """Yield the field nodes of ``node``, not those of the subviews inside its fields."""
    for child in node.iterchildren(etree.Element):
        if child.tag == "field":
            yield child
        else:
            yield from _own_fields(child)
