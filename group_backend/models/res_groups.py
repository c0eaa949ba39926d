# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

from odoo import api, models

from odoo.addons.base.models.res_users import (
    get_boolean_group,
    get_selection_groups,
    is_boolean_group,
    is_selection_groups,
    name_selection_groups,
)

GROUPS_FIELDS = "//field[starts-with(@name, 'in_group_') or starts-with(@name, 'sel_groups_')]"


class ResGroups(models.Model):
    _inherit = "res.groups"

    @api.model
    def _update_user_groups_view(self):
        """Let the user form give backend users the application groups they may hold.

        Odoo shows the application groups only when the user type is Internal
        User. Each groups field is shown here for the user types it suits (see
        _field_user_types); boxes and separators follow their fields.
        """
        super()._update_user_groups_view()
        view = self.env.ref("base.user_groups_view", raise_if_not_found=False)
        if not (view and view._name == "ir.ui.view"):
            return
        arch = etree.fromstring(view.arch)
        user_types = self._user_type_groups()
        type_field = name_selection_groups(user_types.sorted("id").ids)
        if not arch.xpath(f"//field[@name='{type_field}']"):
            return  # Odoo's placeholder arch, during installs and uninstalls
        field_types = self._set_field_conditions(arch, type_field, user_types)
        self._set_box_conditions(arch, type_field, field_types)
        # Odoo has just written its own arch: ours follows it
        arch = etree.tostring(arch, pretty_print=True, encoding="unicode")
        view.with_context(lang=None).write({"arch": arch})

    def _set_field_conditions(self, arch, type_field, user_types):
        """Show and edit each groups field for its user types; return them by field."""
        field_types = {}
        for node in arch.xpath(GROUPS_FIELDS):
            name = node.get("name")
            if name == type_field or not (is_boolean_group(name) or is_selection_groups(name)):
                continue
            if name not in field_types:  # Odoo repeats some fields, hidden
                field_types[name] = self._field_user_types(name, user_types)
            types = field_types[name]
            node.set("readonly", _hidden_unless(type_field, types))
            if node.get("invisible") != "True":
                node.set("invisible", _hidden_unless(type_field, types))
        return field_types

    def _field_user_types(self, field_name, user_types):
        """Return the ``user_types`` whose users may get the groups of ``field_name``.

        The backend type that the groups imply; or, when they imply no user
        type, every type that opens the backend; else Internal User, as Odoo.
        """
        if is_boolean_group(field_name):
            groups = self.browse(get_boolean_group(field_name))
        else:
            groups = self.browse(get_selection_groups(field_name))
        internal = self.env.ref("base.group_user")
        backend_types = self.browse(self.env["res.users"]._backend_group_ids())
        reached = (groups | groups.trans_implied_ids) & user_types
        if not reached:
            return internal | backend_types
        if len(reached) == 1 and reached <= backend_types:
            return reached
        return internal

    def _set_box_conditions(self, arch, type_field, field_types):
        """Hide each box and separator from the user types none of its fields suits."""
        for node in arch.xpath("//group|//separator"):
            if node.xpath(f".//field[@name='{type_field}' or @name='user_group_warning']"):
                continue  # the user type itself, and Odoo's warning box
            covered = [node] if node.tag == "group" else _section_of(node)
            names = {field.get("name") for box in covered for field in box.iter("field")}
            types = self.browse().union(*(field_types[name] for name in names & field_types.keys()))
            if types:
                node.set("invisible", _hidden_unless(type_field, types))

    @api.model
    def _user_type_groups(self):
        """Return the groups of the User types category."""
        category = self.env.ref("base.module_category_user_type")
        return self.sudo().search([("category_id", "=", category.id)])

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


def _hidden_unless(type_field, types):
    """The view condition that holds unless the user type is one of ``types``."""
    return f"{type_field} not in {sorted(types.ids)}"


def _section_of(separator):
    """The nodes after ``separator`` up to the next separator: its section."""
    section = []
    for sibling in separator.itersiblings():
        if sibling.tag == "separator":
            break
        section.append(sibling)
    return section
