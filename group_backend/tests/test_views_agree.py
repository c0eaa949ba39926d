# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The views of every app ask a backend user for nothing the server refuses it.

For each application group of the common apps, the access assistant makes a group and
a Backend UI user of it opens every menu it sees, as the web client does: the action
(a server action run first), its views with the search view, and what they make the
client read: the fields of the views and subviews (those named in expressions
included, which Odoo adds to the view), the kanban's progress bars and default
grouping, the search view's groupings. Each is asked of the server as the user.
"""

import logging
from collections import defaultdict

from lxml import etree

from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger
from odoo.tools.safe_eval import safe_eval
from odoo.tools.view_validation import get_domain_value_names, get_expression_field_names

from .common import BACKEND_UI, UserTypesCase

_logger = logging.getLogger(__name__)

WIZARD = "group_backend.app.access.wizard"
# The application groups of the common apps, those installed are tested.
APP_GROUPS = (
    "sales_team.group_sale_salesman",
    "project.group_project_user",
    "hr_timesheet.group_hr_timesheet_user",
    "purchase.group_purchase_user",
    "stock.group_stock_user",
    "account.group_account_invoice",
    "hr.group_hr_user",
    "hr_holidays.group_hr_holidays_user",
    "hr_attendance.group_hr_attendance_officer",
    "point_of_sale.group_pos_user",
    "im_livechat.im_livechat_group_user",
)
SUBVIEWS = ("list", "form", "kanban", "graph", "pivot", "calendar", "activity")
MODIFIERS = ("column_invisible", "invisible", "readonly", "required")
# The loggers of a refusal, muted: the test reports them itself.
REFUSAL_LOGGERS = (
    "odoo.models",
    "odoo.addons.base.models.ir_model",
    "odoo.addons.base.models.ir_rule",
    "odoo.addons.base.models.ir_actions",
)


def view_reads(arch, model, reads, expressions):
    """Add to ``reads`` ({model: names}) the fields ``arch`` (an etree node) makes the client
    read, and to ``expressions`` ({model: [(attribute, expression)]}) what it evaluates."""
    for node in arch.iterchildren(etree.Element):
        expressions[model._name] += [
            (attribute, value)
            for attribute, value in node.items()
            if attribute in MODIFIERS or attribute.startswith("decoration-")
        ]
        if node.tag == "field" and node.get("name") in model._fields:
            field = model._fields[node.get("name")]
            reads[model._name].add(field.name)
            subviews = [child for child in node if child.tag in SUBVIEWS]
            for subview in subviews:
                view_reads(subview, model.env[field.comodel_name], reads, expressions)
            if not subviews:
                view_reads(node, model, reads, expressions)
        elif node.tag == "groupby" and node.get("name") in model._fields:
            reads[model._name].add(node.get("name"))
            field = model._fields[node.get("name")]
            view_reads(node, model.env[field.comodel_name], reads, expressions)
        elif node.tag == "progressbar":
            reads[model._name].add(node.get("field"))
        else:
            view_reads(node, model, reads, expressions)


def unknown_names(model, expressions, reads):
    """Return the expressions that name a field of ``model`` the view does not read: the
    client could not evaluate them."""
    unknown = []
    for attribute, expression in expressions:
        names = {name for name in get_expression_field_names(expression) if name in model._fields}
        if missing := names - reads - {"id"}:
            unknown.append(f"{attribute}={expression!r} names {', '.join(sorted(missing))}")
    return unknown


def groupings(arch, context):
    """Return the field names ``arch`` groups by and searches: default grouping, search
    filters (their domains and groupings), search fields' domains (the first of each path)."""
    names = set()
    for node in arch.xpath("//filter[@domain] | //field[@filter_domain]"):
        try:
            searched, _values = get_domain_value_names(
                node.get("domain") or node.get("filter_domain")
            )
        except (ValueError, SyntaxError):
            continue
        names.update(name.split(".")[0] for name in searched)
    default = arch.get("default_group_by") or ""
    names.update(name for name in default.split(",") if name)
    for node in arch.iter("filter"):
        filter_context = node.get("context") or ""
        if "group_by" in filter_context:
            try:
                group_by = safe_eval(filter_context, dict(context)).get("group_by") or []
            except Exception:  # noqa: BLE001 - a context naming the client's variables
                _logger.debug("group_backend: a filter's context not evaluated: %s", filter_context)
                group_by = []
            for spec in [group_by] if isinstance(group_by, str) else group_by:
                names.add(spec.split(":")[0])
    return names


@tagged("post_install", "-at_install")
class TestViewsAgree(UserTypesCase):
    """What the apps' views ask of the server, as a backend user of each app's group."""

    def test_views_ask_for_nothing_refused(self):
        groups = [self.env.ref(xmlid, raise_if_not_found=False) for xmlid in APP_GROUPS]
        groups = [group for group in groups if group]
        if not groups:
            self.skipTest("none of the common apps is installed")
        totals = {"actions": 0, "views": 0}
        refused, others = [], []
        for source in groups:
            user = self.user_of_app(source)
            if user:
                refused += self.open_every_menu(user, source, totals, others)
        _logger.info(
            "group_backend views: %d actions, %d views, %d fields refused",
            totals["actions"],
            totals["views"],
            len(refused),
        )
        # the models an action's code reads beyond the group's rights: for the group's check
        for other in others:
            _logger.info("group_backend: beyond the views: %s", other)
        self.assertFalse(refused, "\n".join(refused))

    def user_of_app(self, source):
        """A Backend UI user of the group the assistant makes from ``source``."""
        wizard = self.env[WIZARD].create({"source_group_id": source.id})
        try:
            wizard.action_create()
        except UserError:
            return None  # the group gives nothing of its own
        user = new_test_user(self.env, f"gb_views_{source.id}", groups=BACKEND_UI)
        user.groups_id = [Command.link(wizard.group_id.id)]
        return user

    def open_every_menu(self, user, source, totals, others):
        """Open as ``user`` every menu it sees; return what the server refused."""
        refused = []
        seen = set()
        for menu in self.menus_shown(user).filtered("action"):
            with self.subTest(group=source.full_name, menu=menu.complete_name):
                action = self.action_dict(user, menu.action, refused, others)
                if not action or action.get("type") != "ir.actions.act_window":
                    continue
                key = (action.get("id"), action["res_model"], str(action.get("views")))
                if key in seen:
                    continue
                seen.add(key)
                totals["actions"] += 1
                where = f"{source.full_name}: {menu.complete_name}"
                refused += self.open_action(user, action, where, totals)
        return refused

    def menus_shown(self, user):
        """The menus the web client shows ``user``: its menu tree (load_menus), as superuser."""
        tree = self.env["ir.ui.menu"].with_user(user).load_menus(False)
        ids, todo = [], list(tree["root"]["children"])
        while todo:
            ids.append(todo.pop())
            todo += tree[ids[-1]]["children"]
        return self.env["ir.ui.menu"].browse(ids)

    def action_dict(self, user, action, refused, others):
        """The action as the web client gets it: a server action is run as ``user``.

        Refused for its groups, it is noted in ``refused``; refused for what its code
        reads, in ``others``.
        """
        if action._name != "ir.actions.server":
            return (
                action.sudo()._get_action_dict()
                if action._name.startswith("ir.actions.act")
                else None
            )
        try:
            with self.env.cr.savepoint(), mute_logger(*REFUSAL_LOGGERS):
                return action.with_user(user).run()
        except AccessError as error:
            by_groups = str(error) == self.env._(
                "You don't have enough access rights to run this action."
            )
            (refused if by_groups else others).append(f"server action {action.name}: {error}")
            return None

    def open_action(self, user, action, where, totals):
        """Load the action's views as ``user``, then ask for what they read; return refusals."""
        model = self.env[action["res_model"]].with_user(user)
        views = [[view_id, mode] for view_id, mode in action.get("views") or []]
        if not views:
            views = [[False, mode] for mode in action["view_mode"].split(",")]
        search_view = action.get("search_view_id")
        views.append([search_view[0] if search_view else False, "search"])
        context = {"uid": user.id, "active_id": False, "active_ids": [], "allowed_company_ids":
                   user.company_ids.ids}  # fmt: skip
        refused = []
        try:
            result = model.get_views(views, {"action_id": action.get("id"), "load_filters": True,
                                             "toolbar": True})  # fmt: skip
        except AccessError as error:
            return [f"{where}: views refused: {error}"]
        reads = defaultdict(set)
        grouped = set()
        for view_type, view in result["views"].items():
            totals["views"] += 1
            arch = etree.fromstring(view["arch"])
            if view_type not in ("search", "kanban"):  # kanban: its templates evaluate the record
                expressions = defaultdict(list)
                view_fields = defaultdict(set)
                view_reads(arch, model, view_fields, expressions)
                for model_name, exprs in expressions.items():
                    refused += [
                        f"{where}: {view_type} view: {unknown}"
                        for unknown in unknown_names(
                            self.env[model_name], exprs, view_fields[model_name]
                        )
                    ]
            if view_type != "search":
                view_reads(arch, model, reads, defaultdict(list))
            grouped |= groupings(arch, context)
            for progressbar in arch.iter("progressbar"):
                refused += self.read_progress_bar(model, arch, progressbar, where)
        reads[model._name] |= grouped & set(model._fields)
        for model_name, description in result["models"].items():  # custom filters and groupings
            reads[model_name] |= set(description["fields"])
        for model_name, names in reads.items():
            refused += self.readable(self.env[model_name].with_user(user), names, where)
        return refused

    def readable(self, model, names, where):
        """Return the fields of ``names`` the server refuses to read on ``model``."""
        names = sorted(name for name in names if name in model._fields)
        try:
            model.check_field_access_rights("read", names)
        except AccessError:
            _logger.debug("group_backend: some of %s refused on %s", names, model._name)
        else:
            return []
        refused = []
        for name in names:
            try:
                model.check_field_access_rights("read", [name])
            except AccessError:
                refused.append(f"{where}: field {model._name}.{name} refused")
        return refused

    def read_progress_bar(self, model, arch, progressbar, where):
        """Ask for the kanban's progress bars, grouped as the view groups."""
        group_by = (arch.get("default_group_by") or "").split(",")[0] or "id"
        if group_by not in model._fields:
            return []
        bar = {
            "field": progressbar.get("field"),
            "colors": safe_eval(progressbar.get("colors") or "{}"),
        }
        try:
            with self.env.cr.savepoint(), mute_logger(*REFUSAL_LOGGERS):
                model.read_progress_bar([], group_by, bar)
        except AccessError as error:
            return [f"{where}: progress bar {bar['field']} refused: {error}"]
        return []


@tagged("post_install", "-at_install")
class TestViewsOfClosedFields(UserTypesCase):
    """A view naming fields closed to backend users: shown to them as to a portal user."""

    def view_as(self, user, model, arch, view_type):
        """The processed arch of a new view of ``model`` as ``user`` gets it (an etree node)."""
        view = self.env["ir.ui.view"].create({"name": "gb closed fields", "model": model,
                                              "arch": arch, "priority": 1})  # fmt: skip
        result = self.env[model].with_user(user).sudo().get_view(view.id, view_type)
        return etree.fromstring(result["arch"])

    def test_progress_bar_and_groupings_of_employees_fields(self):
        kanban = """<kanban default_group_by="activity_state">
            <progressbar field="activity_state" colors='{"planned": "success"}'/>
            <templates><t t-name="card"><field name="name"/></t></templates></kanban>"""
        search = """<search><field name="name"/>
            <filter name="by_activity" string="Activity" context="{'group_by': 'activity_state'}"/>
            <filter name="by_title" string="Title" context="{'group_by': 'title'}"/></search>"""
        for user, shown in ((self.internal, True), (self.backend_ui, False),
                            (self.portal, False)):  # fmt: skip
            with self.subTest(user=user.login):
                arch = self.view_as(user, "res.partner", kanban, "kanban")
                self.assertEqual(bool(arch.xpath("//progressbar")), shown)
                self.assertEqual(arch.get("default_group_by") == "activity_state", shown)
                arch = self.view_as(user, "res.partner", search, "search")
                self.assertEqual(bool(arch.xpath("//filter[@name='by_activity']")), shown)
                self.assertTrue(arch.xpath("//filter[@name='by_title']"))

    def test_fields_closed_to_backend_users_and_their_expressions(self):
        """The attendees' e-mail is closed to backend users (base.py): removed, and read as
        empty in the expressions that name it; employees see the view as written."""
        form = """<form><field name="partner_id"/>
            <div class="gb_mail" invisible="not email"><field name="email"/></div>
            <field name="state" readonly="phone or email"/></form>"""
        arch = self.view_as(self.backend_ui, "calendar.attendee", form, "form")
        self.assertFalse(arch.xpath("//field[@name='email'] | //field[@name='phone']"))
        self.assertEqual(arch.xpath("//div[@class='gb_mail']")[0].get("invisible"), "not False")
        self.assertEqual(arch.xpath("//field[@name='state']")[0].get("readonly"), "False or False")
        arch = self.view_as(self.internal, "calendar.attendee", form, "form")
        self.assertEqual(len(arch.xpath("//field[@name='email']")), 1 + 1)  # shown, and added
        self.assertEqual(arch.xpath("//div[@class='gb_mail']")[0].get("invisible"), "not email")
        self.assertEqual(arch.xpath("//field[@name='state']")[0].get("readonly"), "phone or email")
