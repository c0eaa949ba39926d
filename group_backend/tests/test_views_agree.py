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
# The loggers of a refusal, muted: the test reports them itself.
REFUSAL_LOGGERS = ("odoo.models", "odoo.addons.base.models.ir_model", "odoo.addons.base.models.ir_rule",
                   "odoo.addons.base.models.ir_actions")  # fmt: skip


def view_reads(arch, model, reads):
    """Add to ``reads`` ({model: names}) the fields ``arch`` (an etree node) makes the client read."""
    for node in arch.iterchildren(etree.Element):
        if node.tag == "field" and node.get("name") in model._fields:
            field = model._fields[node.get("name")]
            reads[model._name].add(field.name)
            subviews = [child for child in node if child.tag in SUBVIEWS]
            for subview in subviews:
                view_reads(subview, model.env[field.comodel_name], reads)
            if not subviews:
                view_reads(node, model, reads)
        elif node.tag == "groupby" and node.get("name") in model._fields:
            reads[model._name].add(node.get("name"))
            field = model._fields[node.get("name")]
            view_reads(node, model.env[field.comodel_name], reads)
        elif node.tag == "progressbar":
            reads[model._name].add(node.get("field"))
        elif node.tag == "searchpanel":
            view_reads(node, model, reads)
        else:
            view_reads(node, model, reads)


def groupings(arch, context):
    """Return the field names ``arch`` groups by: default grouping and search filters."""
    names = set()
    default = arch.get("default_group_by") or ""
    names.update(name for name in default.split(",") if name)
    for node in arch.iter("filter"):
        filter_context = node.get("context") or ""
        if "group_by" in filter_context:
            try:
                group_by = safe_eval(filter_context, dict(context)).get("group_by") or []
            except Exception:  # noqa: BLE001 - a context naming the client's variables
                continue
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
            _logger.info("group_backend views: beyond the views: %s", other)
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
            return action.sudo()._get_action_dict() if action._name.startswith("ir.actions.act") else None
        try:
            with self.env.cr.savepoint(), mute_logger(*REFUSAL_LOGGERS):
                return action.with_user(user).run()
        except AccessError as error:
            by_groups = str(error) == self.env._("You don't have enough access rights to run this action.")
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
            if view_type != "search":
                view_reads(arch, model, reads)
            grouped |= groupings(arch, context)
            for progressbar in arch.iter("progressbar"):
                refused += self.read_progress_bar(model, arch, progressbar, where)
        reads[model._name] |= grouped & set(model._fields)
        for model_name, names in reads.items():
            refused += self.readable(self.env[model_name].with_user(user), names, where)
        return refused

    def readable(self, model, names, where):
        """Return the fields of ``names`` the server refuses to read on ``model``."""
        names = sorted(name for name in names if name in model._fields)
        try:
            model.check_field_access_rights("read", names)
            return []
        except AccessError:
            pass
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
        bar = {"field": progressbar.get("field"), "colors": safe_eval(progressbar.get("colors") or "{}")}
        try:
            with self.env.cr.savepoint(), mute_logger(*REFUSAL_LOGGERS):
                model.read_progress_bar([], group_by, bar)
        except AccessError as error:
            return [f"{where}: progress bar {bar['field']} refused: {error}"]
        return []
