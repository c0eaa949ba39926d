# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import ast
import json
import re

from lxml import etree

from odoo import models
from odoo.tools.view_validation import get_domain_value_names, get_expression_field_names

from .res_users import BACKEND_GROUPS

# The users of no backend type: those who may read the fields closed to every backend user.
NOT_BACKEND = ",".join(f"!{xmlid}" for xmlid in BACKEND_GROUPS)
# Set on a view whose default grouping only some users may read: the groups key of those.
GROUP_BY_GROUPS = "__group_backend_group_by_groups_key__"
# The attributes whose expressions the client evaluates on the record (see Odoo's
# _postprocess_attributes and _postprocess_tag_field).
EXPRESSIONS = ("column_invisible", "invisible", "readonly", "required", "context", "domain")
# The elements of a view holding views of another model: their expressions are not the view's.
SUBVIEWS = ("list", "form", "kanban", "graph", "pivot", "calendar", "activity", "groupby")
# Set on an element whose expressions name a field only some users may read: for the
# others, the field is read as empty (False). A JSON list of [attribute, field, groups key].
UNREAD_FIELDS = "__group_backend_unread_fields__"


class IrUiView(models.Model):
    """Views that ask a backend user for nothing the server refuses it, as to a portal user.

    Odoo removes the elements of the groups a user lacks, and the fields of the groups
    it lacks (a view is processed once for all users and cached, then pruned per user:
    what is added here is marked with groups at processing, and pruned): a backend
    user holds Internal User only through has_group, so the fields of employees are
    removed as for a portal user. The fields closed to backend users by the addon
    (base.py) are treated as fields of their groups; progress bars, default groupings
    and search groupings that name a field are treated as the field itself; in the
    expressions of the others, a field they may not read is empty (False).
    """

    _inherit = "ir.ui.view"

    def write(self, vals):
        """Add the addon's conditions to the groups view as Odoo writes it, once."""
        if "arch" not in vals or not self.env.context.get("group_backend_user_groups_view"):
            return super().write(vals)
        arch = self.env["res.groups"].sudo()._with_backend_conditions(vals["arch"])
        if len(vals) == 1 and all(view.arch == arch for view in self):
            return True  # as Odoo does: no useless validation when nothing changes
        return super().write(dict(vals, arch=arch))

    def _field_read_groups(self, model, name):
        """Return the groups of the users who may read ``model``'s field ``name`` (None: all)."""
        field = model._fields.get(name)
        if not field:
            return None
        definitions = self.env["res.groups"]._get_group_definitions()
        groups = definitions.universe
        if field.groups:
            groups &= definitions.parse(field.groups, raise_if_not_found=False)
        if name in model._group_backend_closed_fields:
            closed = model._group_backend_closed_fields[name] or NOT_BACKEND
            groups &= definitions.parse(closed, raise_if_not_found=False)
        return None if groups.is_universal() else groups

    def _restrict_to_readers(self, node_info, model, names):
        """Show the node being processed only to the users who may read the fields ``names``."""
        for name in names:
            groups = self._field_read_groups(model, name)
            if groups is not None:
                node_info["model_groups"] &= groups

    def _postprocess_tag_field(self, node, name_manager, node_info):
        """Show a field closed to backend users (base.py) as a field of its groups, and a
        search field only to the users who may read the fields its domain searches."""
        name = node.get("name")
        if name in name_manager.model._group_backend_closed_fields:
            self._restrict_to_readers(node_info, name_manager.model, [name])
        if node.get("filter_domain"):
            names = _domain_fields(node.get("filter_domain"))
            self._restrict_to_readers(node_info, name_manager.model, names)
        return super()._postprocess_tag_field(node, name_manager, node_info)

    def _postprocess_tag_progressbar(self, node, name_manager, node_info):
        """Show a kanban's progress bar only to the users who may read its fields."""
        names = [node.get("field"), node.get("sum_field")]
        self._restrict_to_readers(node_info, name_manager.model, [name for name in names if name])

    def _postprocess_tag_filter(self, node, name_manager, node_info):
        """Show a search filter only to the users who may read the fields it groups by and
        searches."""
        names = _filter_group_by(node) + _domain_fields(node.get("domain"))
        self._restrict_to_readers(node_info, name_manager.model, names)

    def _postprocess_view(self, node, model_name, editable=True, node_info=None, **options):
        """Mark a default grouping that only some users may read, for _postprocess_access_rights."""
        name_manager = super()._postprocess_view(
            node, model_name, editable=editable, node_info=node_info, **options
        )
        group_by = [name for name in (node.get("default_group_by") or "").split(",") if name]
        definitions = self.env["res.groups"]._get_group_definitions()
        groups = definitions.universe
        for name in group_by:
            readers = self._field_read_groups(name_manager.model, name)
            if readers is not None:
                groups &= readers
        if not groups.is_universal():
            node.set(GROUP_BY_GROUPS, groups.key)
        return name_manager

    def _add_missing_fields(self, node, name_manager):
        """Add a field that expressions need for its readers only; mark the expressions.

        Odoo adds a field an expression names to the view, for every user when the
        expression's element is shown to users who may not read it: the client would
        ask the server for it, and be refused. The field is added for its readers;
        the others' expressions read it as empty (see _postprocess_access_rights).
        """
        model = name_manager.model
        for name in model._group_backend_closed_fields.keys() & name_manager.used_fields.keys():
            if name not in name_manager.field_groups:
                groups = self._field_read_groups(model, name)
                name_manager.field_groups[name] = name_manager.model_groups & groups
        missing = super()._add_missing_fields(node, name_manager)
        for name, (missing_groups, _reasons) in missing.items():
            readers = self._field_read_groups(model, name)
            if missing_groups is not False or readers is None:
                continue
            key = (name_manager.model_groups & readers).key
            for added in node.iterchildren("field"):
                if added.get("name") == name and added.get("data-used-by"):
                    added.set("__groups_key__", key)
            for user, attribute in _expressions_naming(node, name):
                unread = json.loads(user.get(UNREAD_FIELDS, "[]"))
                user.set(UNREAD_FIELDS, json.dumps([*unread, [attribute, name, key]]))
        return missing

    def _postprocess_access_rights(self, tree):
        """For the users who may not read them, drop default groupings and empty expressions."""
        nodes = tree.xpath(f"//*[@{GROUP_BY_GROUPS} or @{UNREAD_FIELDS}]")  # one walk, as Odoo's
        if nodes:
            definitions = self.env["res.groups"]._get_group_definitions()
            user_group_ids = self.env.user._get_group_ids()
        for node in nodes:
            key = node.attrib.pop(GROUP_BY_GROUPS, None)
            if key and not definitions.from_key(key).matches(user_group_ids):
                node.attrib.pop("default_group_by", None)
            for attribute, name, key in json.loads(node.attrib.pop(UNREAD_FIELDS, "[]")):
                if node.get(attribute) and not definitions.from_key(key).matches(user_group_ids):
                    node.set(attribute, _as_empty(node.get(attribute), name))
        return super()._postprocess_access_rights(tree)


def _filter_group_by(node):
    """Return the field names a search filter's context groups by (a literal context only)."""
    context = node.get("context") or ""
    if "group_by" not in context:
        return []
    try:
        group_by = ast.literal_eval(context).get("group_by") or []
    except (ValueError, SyntaxError, AttributeError):
        return []
    return [spec.split(":")[0] for spec in ([group_by] if isinstance(group_by, str) else group_by)]


def _domain_fields(domain):
    """Return the fields a domain (text) searches: the first of each path."""
    if not domain:
        return []
    try:
        names, _values = get_domain_value_names(domain)
    except (ValueError, SyntaxError, AttributeError, TypeError):
        return []
    return [name.split(".")[0] for name in names]


def _expressions_naming(root, name):
    """Yield the (element, attribute) of the view ``root`` whose expression names ``name``."""
    todo = [root]
    while todo:
        node = todo.pop()
        for attribute, expression in node.items():
            if (attribute in EXPRESSIONS or attribute.startswith("decoration-")) and (
                name in get_expression_field_names(expression)
            ):
                yield node, attribute
        todo += [
            child
            for child in node.iterchildren(etree.Element)
            if not (child.tag in SUBVIEWS and node.tag in ("field", "list"))
        ]


def _as_empty(expression, name):
    """Return ``expression`` with the field ``name`` read as empty (False), not parent's."""
    return re.sub(rf"(?<![\w.'\"]){re.escape(name)}(?![\w'\"])", "False", expression)
