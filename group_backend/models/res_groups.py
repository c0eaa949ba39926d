# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

from odoo import api, models

from odoo.addons.base.models.res_users import (
    get_boolean_group,
    get_selection_groups,
    is_boolean_group,
    is_selection_groups,
)

GROUPS_FIELDS = "//field[starts-with(@name, 'in_group_') or starts-with(@name, 'sel_groups_')]"


class ResGroups(models.Model):
    _inherit = "res.groups"

    @api.model
    def _update_user_groups_view(self):
        """Have Odoo write the groups view with the addon's conditions in it: one write.

        Odoo builds the arch and writes it to base.user_groups_view; the write
        of ir.ui.view (models/ir_ui_view.py) adds the conditions of
        _with_backend_conditions to it when this context key is set.
        """
        this = self.with_context(group_backend_user_groups_view=True)
        return super(ResGroups, this)._update_user_groups_view()

    @api.model
    def _with_backend_conditions(self, arch):
        """Return Odoo's groups view ``arch`` giving backend users their application groups.

        Odoo shows the application groups only when the user type is Internal
        User. Each groups field is shown here for the user types it suits (see
        _field_user_types); boxes and separators follow their fields. Only the
        conditions that differ from Odoo's are written, since each one costs
        the view's validation some time; and no query is made.
        """
        tree = etree.fromstring(arch)
        type_node = next(iter(tree.xpath("//field[@widget='radio']")), None)
        if type_node is None:
            return arch  # Odoo's placeholder arch, during installs and uninstalls
        type_field = type_node.get("name")
        user_type_ids = frozenset(get_selection_groups(type_field))
        definitions = self._get_group_definitions()
        internal = frozenset([definitions.get_id("base.group_user")])
        backend_ids = frozenset(self.env["res.users"]._backend_group_ids())
        field_types = {}
        for node in tree.xpath(GROUPS_FIELDS):
            name = node.get("name")
            if name != type_field and name not in field_types:  # Odoo repeats some fields
                field_types[name] = self._field_user_types(
                    name, user_type_ids, internal, backend_ids
                )
        box_types = self._set_box_conditions(tree, type_field, field_types)
        self._set_field_conditions(tree, type_field, field_types, box_types, internal)
        self._show_user_type(type_node)
        self._name_groups_without_application(tree)
        return etree.tostring(tree, pretty_print=True, encoding="unicode")

    def _show_user_type(self, type_node):
        """Show the user type, with a help line, without developer mode (Odoo needs it)."""
        for node in (type_node.getparent(), *type_node.itersiblings("separator", preceding=True)):
            node.attrib.pop("groups", None)
        help_line = {"name": "user_type_help", "nolabel": "1", "colspan": "2"}
        help_line.update({"class": "text-muted", "invisible": "not user_type_help"})
        type_node.addnext(etree.Element("field", help_line))

    def _name_groups_without_application(self, arch):
        """Call Odoo's section of groups without application so, not a second "Other"."""
        for separator in arch.xpath("//separator[@string='Other']"):
            names = {
                field.get("name") for box in _section_of(separator) for field in box.iter("field")
            }
            group_ids = [get_boolean_group(name) for name in names if is_boolean_group(name)]
            if group_ids and not self.browse(group_ids).category_id:
                separator.set("string", "Groups without application")

    def _set_field_conditions(self, arch, type_field, field_types, box_types, internal):
        """Edit each groups field for its user types; hide it where its box does not."""
        for node in arch.xpath(GROUPS_FIELDS):
            types = field_types.get(node.get("name"))
            if not types:
                continue
            if types != internal:  # Odoo's readonly condition is for Internal User
                node.set("readonly", _hidden_unless(type_field, types))
            box = next((box for box in node.iterancestors("group") if box in box_types), None)
            if node.get("invisible") != "True" and box_types.get(box) != types:
                node.set("invisible", _hidden_unless(type_field, types))

    def _field_user_types(self, field_name, user_type_ids, internal, backend_ids):
        """Return the ids of the user types whose users may get the groups of ``field_name``.

        The backend type that the groups imply; or, when they imply no user
        type, every type that opens the backend; else Internal User, as Odoo.
        """
        if is_boolean_group(field_name):
            groups = self.browse(get_boolean_group(field_name))
        elif is_selection_groups(field_name):
            groups = self.browse(get_selection_groups(field_name))
        else:
            return None
        reached = user_type_ids.intersection(groups._ids + groups.trans_implied_ids._ids)
        if not reached:
            return internal | backend_ids
        if len(reached) == 1 and reached <= backend_ids:
            return reached
        return internal

    def _set_box_conditions(self, arch, type_field, field_types):
        """Hide each box and separator from the user types none of its fields suits.

        Return the user types of each box; a box shown for the same types as
        the box around it needs no condition of its own.
        """
        box_types = {}
        for node in arch.xpath("//group|//separator"):
            covered = [node] if node.tag == "group" else _section_of(node)
            names = {field.get("name") for box in covered for field in box.iter("field")}
            if type_field in names or "user_group_warning" in names:
                continue  # the user type itself, and Odoo's warning box
            types = frozenset().union(*filter(None, map(field_types.get, names)))
            if not types:
                continue
            outer = next((box for box in node.iterancestors("group") if box in box_types), None)
            if outer is None or box_types[outer] != types:
                node.set("invisible", _hidden_unless(type_field, types))
            if node.tag == "group":
                box_types[node] = types
        return box_types

    @api.model
    def _user_type_groups(self):
        """Return the groups of the User types category."""
        category = self.env.ref("base.module_category_user_type")
        return self.sudo().search([("category_id", "=", category.id)])

    @api.model
    def _backend_application_groups(self):
        """Return the groups that imply a backend type and not Internal User (user types aside)."""
        backend = self.browse(self.env["res.users"]._backend_group_ids())
        internal = self.env.ref("base.group_user")
        groups = self.sudo().search([]) - self._user_type_groups()
        return self.browse(
            groups.filtered(
                lambda group: (
                    group.trans_implied_ids & backend and internal not in group.trans_implied_ids
                )
            ).ids
        )

    def _implication_chain(self, target):
        """Return the groups from ``self`` to ``target`` along implied groups."""
        self.ensure_one()
        paths = [self]
        while paths:
            path = paths.pop(0)
            if path[-1] == target:
                return path
            paths += [path + implied for implied in path[-1].implied_ids if implied not in path]
        return self.browse()


def _hidden_unless(type_field, type_ids):
    """The view condition that holds unless the user type is one of ``type_ids``."""
    return f"{type_field} not in {sorted(type_ids)}"


def _section_of(separator):
    """The nodes after ``separator`` up to the next separator: its section."""
    section = []
    for sibling in separator.itersiblings():
        if sibling.tag == "separator":
            break
        section.append(sibling)
    return section
