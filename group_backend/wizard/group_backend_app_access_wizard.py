# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import re
from collections import defaultdict

from lxml import etree
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.fields import Command
from odoo.osv import expression
from odoo.tools.safe_eval import safe_eval

from ..models.res_partner_people import PEOPLE_MODELS

PERMS = ("read", "write", "create", "unlink")
BACKEND_UI = "group_backend.group_backend_ui_users"
CATEGORY = "group_backend.module_category_backend_applications"
INTERNAL_NOTES = "group_backend.group_backend_internal_notes"
# Employees create contacts by default (a new customer in an order): given to new users.
CONTACT_CREATION = "base.group_partner_manager"
# A rule's domain that names the user (user.id, user.partner_id): its records are the user's.
NAMES_USER = re.compile(r"\buser\b")
# The actions a menu runs that the new group is given, when they name groups.
ACTION_MODELS = ("ir.actions.act_window", "ir.actions.server")


def access_right_name(env, group, model, perms):
    """Name an access right as a sentence: "<group> may read and create <model>"."""
    labels = {"read": env._("read"), "write": env._("change"), "create": env._("create"),
              "unlink": env._("delete")}  # fmt: skip
    operations = [labels[perm] for perm in PERMS if perm in perms]
    if len(operations) > 1:
        operations = [
            env._("%(some)s and %(last)s", some=", ".join(operations[:-1]), last=operations[-1])
        ]
    return env._(
        "%(group)s may %(operations)s %(model)s",
        group=group.name,
        operations=operations[0],
        model=model.name,
    )


class GroupBackendAppAccessWizard(models.TransientModel):
    """Make a backend users' group from an application group: its rights, rules and menus.

    Only what the application group gives of its own: the rights of Internal User
    and of what it implies stay out. The rules that applied to the group's users
    on those models are copied, Odoo's own are not touched.
    """

    _name = "group_backend.app.access.wizard"
    _description = "Give an application to backend users"

    source_group_id = fields.Many2one(
        "res.groups",
        string="Application group",
        required=True,
        default=lambda self: self._default_source_group_id(),
        domain=lambda self: [
            ("category_id", "!=", self.env.ref("base.module_category_user_type").id)
        ],
        help="The group that gives internal users the application, e.g. Sales / User.",
    )
    user_type_id = fields.Many2one(
        "res.groups",
        string="Backend type",
        required=True,
        default=lambda self: self.env.ref(BACKEND_UI),
        domain=lambda self: [("id", "in", list(self.env["res.users"]._backend_group_ids()))],
        help="The user type the new group gives its users.",
    )
    name = fields.Char(
        string="New group",
        required=True,
        compute="_compute_name",
        store=True,
        readonly=False,
        precompute=True,
    )
    category_id = fields.Many2one(
        "ir.module.category",
        string="Application",
        default=lambda self: self.env.ref(CATEGORY, raise_if_not_found=False),
        help="Where the user form shows the new group.",
    )
    group_id = fields.Many2one("res.groups", string="Group made", readonly=True)
    right_ids = fields.One2many(
        "group_backend.app.access.wizard.right",
        "wizard_id",
        string="Access rights",
        compute="_compute_plan_lines",
        store=True,
        readonly=False,
        precompute=True,
        help="The models the new group gets, with the application group's operations: "
        "untick those it should not get (accounting, say).",
    )
    rule_ids = fields.One2many(
        "group_backend.app.access.wizard.rule",
        "wizard_id",
        string="Record rules",
        compute="_compute_plan_lines",
        store=True,
        readonly=False,
        precompute=True,
        help="The rules that limit the application group's users on those models, copied "
        "for the new group. Rules that open a model whole to every employee are unticked.",
    )
    has_chatter = fields.Boolean(compute="_compute_has_chatter")
    internal_notes = fields.Boolean(
        string="Read and log internal notes",
        compute="_compute_internal_notes",
        store=True,
        readonly=False,
        precompute=True,
        help="The new group implies Backend users read internal notes: its users read "
        "their team's notes on the records they may read, and log notes themselves.",
    )
    plan_html = fields.Html(
        string="What the new group gets", compute="_compute_plan_html", sanitize=False
    )

    @api.model
    def _default_source_group_id(self):
        """The group whose form the assistant is opened from."""
        if self.env.context.get("active_model") == "res.groups":
            return self.env.context.get("active_id")
        return False

    @api.depends("source_group_id")
    def _compute_name(self):
        """Name the new group after the application group, saying it is for backend users:
        the user form never shows two groups of the same name."""
        for wizard in self:
            source = wizard.source_group_id
            if source:
                wizard.name = self.env._("%(group)s (backend users)", group=source.full_name)

    @api.depends("source_group_id")
    def _compute_plan_lines(self):
        """List the rights and rules planned, each to tick: the documents of another
        application, and rules that open a model whole to every employee, unticked."""
        for wizard in self:
            rights = wizard._planned_rights() if wizard.source_group_id else {}
            rules = wizard._planned_rules(self.env["ir.model"].union(*rights))
            opening = wizard._employees_opening_rules(rules)
            apps = wizard._model_applications(self.env["ir.model"].union(*rights))
            others = wizard._other_apps_documents(rules, apps)
            wizard.right_ids = [Command.clear()] + [
                Command.create({"model_id": model.id, "include": model not in others,
                                "application": apps.get(model, self.env["ir.module.category"]).name,
                                **{f"perm_{perm}": perm in ops for perm in PERMS}})
                for model, ops in sorted(rights.items(), key=lambda item: item[0].model)
            ]  # fmt: skip
            wizard.rule_ids = [Command.clear()] + [
                Command.create({"rule_id": rule.id, "include": rule not in opening})
                for rule in rules
            ]

    @api.depends("right_ids.model_id", "right_ids.include")
    def _compute_has_chatter(self):
        """Offer the internal notes switch, on, when a model granted has a chatter."""
        for wizard in self:
            names = wizard.right_ids.filtered("include").model_id.mapped("model")
            thread = self.env.registry["mail.thread"]
            wizard.has_chatter = any(
                isinstance(self.env[name], thread)
                for name in names
                if name in self.env and name not in PEOPLE_MODELS  # their notes never show
            )

    @api.depends("source_group_id")
    def _compute_internal_notes(self):
        """Switch internal notes on for an application with a chatter (kept as the
        integrator sets it when it ticks models)."""
        for wizard in self:
            wizard.internal_notes = wizard.has_chatter

    @api.depends(
        "source_group_id", "user_type_id", "group_id", "right_ids.include", "rule_ids.include"
    )
    def _compute_plan_html(self):
        """Show what the new group gets, and what it will not see."""
        for wizard in self:
            wizard.plan_html = wizard._render_plan() if wizard.source_group_id else False

    def _app_groups(self):
        """Return the source group and the groups it implies, user types and theirs left out."""
        source = self.source_group_id
        user_types = self.env["res.groups"]._user_type_groups()
        return (source | source.trans_implied_ids) - user_types - user_types.trans_implied_ids

    def _planned_rights(self):
        """Return the operations the application's own groups have, per model."""
        rights = (
            self.env["ir.model.access"].sudo().search([("group_id", "in", self._app_groups().ids)])
        )
        perms = defaultdict(set)
        for right in rights:
            perms[right.model_id].update(perm for perm in PERMS if right[f"perm_{perm}"])
        if self._creates_contacts(perms):
            perms[self.env["ir.model"]._get("res.partner")].add("create")
        return {model: ops for model, ops in perms.items() if ops}

    def _creates_contacts(self, perms):
        """Whether the application's users create the contacts its documents name (a new
        customer in an opportunity): employees get *Contact Creation* by default."""
        contact_creation = self.env.ref(CONTACT_CREATION, raise_if_not_found=False)
        if contact_creation not in self.env["res.users"]._default_groups():
            return False
        return any(
            field.type == "many2one" and field.comodel_name == "res.partner" and field.store
            and not field.readonly
            for model in perms if model.model in self.env and model.model != "res.partner"
            for field in self.env[model.model]._fields.values()
        )  # fmt: skip

    def _planned_rules(self, models_):
        """Return the rules that applied to the source group's users on ``models_``.

        Those of the group and of every group it implies, Internal User's
        included: a rule of Internal User limits the group's users too, and
        left out, the new group would see more than they do.
        """
        source = self.source_group_id
        return (
            self.env["ir.rule"]
            .sudo()
            .search(
                [
                    ("model_id", "in", models_.ids),
                    ("groups", "in", (source | source.trans_implied_ids).ids),
                ]
            )
        )

    def _employees_opening_rules(self, rules):
        """Return those of ``rules`` that open their model whole to every employee: of
        user types only (Internal User's), with a domain always true."""
        app_groups = self._app_groups()
        eval_context = rules._eval_context()
        opening = rules.browse()
        for rule in rules.filtered(lambda rule: not rule.groups & app_groups):
            domain = safe_eval(rule.domain_force, eval_context) if rule.domain_force else []
            leaves = expression.normalize_domain(domain)
            if all(item == "&" or tuple(item) == expression.TRUE_LEAF for item in leaves):
                opening |= rule
        return opening

    def _model_applications(self, models_):
        """Return {model: root category} of the application module that defines each of
        ``models_`` (none for a model of a technical module: base, product, glue)."""
        defining = {
            model: self.env[model.model]._original_module
            for model in models_
            if model.model in self.env
        }
        modules = (
            self.env["ir.module.module"]
            .sudo()
            .search([("name", "in", list(set(defining.values()))), ("application", "=", True)])
        )
        roots = {module.name: _root(module.category_id) for module in modules}
        return {model: roots[module] for model, module in defining.items() if module in roots}

    def _other_apps_documents(self, rules, apps):
        """Return the models of another application (``apps``, see _model_applications)
        whose records the application group reads as the user's own (its rule names the
        user): the invoices of a salesman, from Sales. Left out by default."""
        root = _root(self.source_group_id.category_id)
        app_groups = self._app_groups()
        own = rules.filtered(
            lambda rule: rule.groups & app_groups and NAMES_USER.search(rule.domain_force or "")
        ).model_id
        return own.filtered(lambda model: model in apps and apps[model] != root)

    def _chosen_rights(self):
        """Return the operations per model of the rights ticked."""
        return {
            line.model_id: {perm for perm in PERMS if line[f"perm_{perm}"]}
            for line in self.right_ids
            if line.include
        }

    def _chosen_rules(self):
        """Return the rules ticked, those of models unticked included: they keep the new
        group to its users' records if the model is granted it later (a Grant)."""
        return self.rule_ids.filtered("include").rule_id

    def _planned_people_fields(self):
        """Return the fields that link the records of the models ticked to people, on the
        models where rules limit the new group to the user's own records (the copies
        ticked, the backend type's: a domain that names the user): its users read the cards
        of those people (res.groups.backend_people_field_ids). Models it reads whole, or
        by another criterion (published products), name no people."""
        models_ = self.right_ids.filtered("include").model_id
        user_types = self.user_type_id | self.user_type_id.trans_implied_ids
        rules = self._chosen_rules() | self.env["ir.rule"].sudo().search(
            [("model_id", "in", models_.ids), ("groups", "in", user_types.ids)]
        )
        own = rules.filtered(lambda rule: NAMES_USER.search(rule.domain_force or "")).model_id
        return self.env["res.groups"]._backend_people_fields((models_ & own).mapped("model"))

    def _planned_menus(self):
        """Return the menus that name the application's own groups."""
        menus = self.env["ir.ui.menu"].sudo().with_context(**{"ir.ui.menu.full_list": True})
        return menus.search([("groups_id", "in", self._app_groups().ids)])

    def _planned_actions(self, menus):
        """Return the window and server actions ``menus`` run that name groups (a list).

        Odoo runs a server action only for the groups it names (Internal User's
        included, which a backend user holds only through has_group); those of no
        group stay out, for no backend user runs them (see ir_actions.py).
        """
        actions = [menu.action.sudo() for menu in self._menus_shown(menus) if menu.action]
        planned = {model: self.env[model].sudo() for model in ACTION_MODELS}
        for action in actions:
            if action._name in planned and action.groups_id:
                planned[action._name] |= action
        return [action for model in ACTION_MODELS for action in planned[model]]

    def _menus_shown(self, menus):
        """Return ``menus`` and the menus of no group below them: the new group sees them all."""
        shown = todo = menus
        while todo:
            todo = todo.child_id.filtered(lambda menu: not menu.groups_id) - shown
            shown |= todo
        return shown

    def _hidden_action_menus(self, menus):
        """Return the menus of ``menus`` that run a server action of no group: hidden to all
        backend users (see ir_ui_menu.py)."""
        return self._menus_shown(menus).filtered(
            lambda menu: (
                menu.action
                and menu.action._name == "ir.actions.server"
                and not menu.action.sudo().groups_id
            )
        )

    def _blocking_menus(self, menus):
        """Return the parents of ``menus`` that the new group's users will not see."""
        seen = self.user_type_id | self.user_type_id.trans_implied_ids
        blocking = menus.browse()
        for parent in menus.parent_id:
            while parent and parent not in menus:
                root = not parent.parent_id
                if (parent.groups_id or root) and not parent.groups_id & seen:
                    blocking |= parent
                parent = parent.parent_id
        return blocking

    def _hidden_view_elements(self):
        """Return the view elements restricted to the application's groups, and whole views.

        Each is a dict: the view, a description of the element, the groups named.
        """
        groups = self._app_groups()
        external_ids = groups._get_external_ids()
        xmlids = {xmlid: group for group in groups for xmlid in external_ids.get(group.id, [])}
        views = self.env["ir.ui.view"].sudo()
        elements = []
        if xmlids:
            domain = expression.OR([[("arch_db", "ilike", xmlid)] for xmlid in xmlids])
            for view in views.search(domain, order="model, name, id"):
                elements += _restricted_elements(view, xmlids)
        for view in views.search([("groups_id", "in", groups.ids)]):
            elements.append({"view": view, "element": self.env._("the whole view"),
                             "groups": (view.groups_id & groups).mapped("full_name")})  # fmt: skip
        return elements

    def _render_plan(self):
        """Render the rest of the plan (the rights and rules are lists to tick): the people
        read, the menus and the view elements not seen."""
        _ = self.env._
        menus = self._planned_menus()
        sections = [
            (
                _("People of its records: their users read their names and avatars"),
                [
                    Markup("%s (<code>%s.%s</code>)")
                    % (field.field_description, field.model, field.name)
                    for field in self._planned_people_fields()
                ],
            ),
            (_("Menus"), menus.mapped("complete_name")),
            (
                _("Actions the menus run, given to the new group (they name groups)"),
                [
                    Markup("%s (<code>%s</code>): %s")
                    % (action.name, action._name, ", ".join(action.groups_id.mapped("full_name")))
                    for action in self._planned_actions(menus)
                ],
            ),
            (
                _("Menus hidden from backend users: they run a server action of no group"),
                [
                    f"{menu.complete_name} ({menu.action.sudo().name})"
                    for menu in self._hidden_action_menus(menus)
                ],
            ),
            (
                _("Parent menus that would hide the menus above, opened to the new group (a root "
                  "menu of no group is given Internal User too: employees keep it)"),
                self._blocking_menus(menus).mapped("complete_name"),
            ),
            (
                _("View elements the new group will not see (restricted to the application's "
                  "groups)"),
                [
                    Markup("%s (<code>%s</code>, %s): %s")
                    % (item["view"].name, item["view"].model, item["element"],
                       ", ".join(item["groups"]))
                    for item in self._hidden_view_elements()
                ],
            ),
        ]  # fmt: skip
        return Markup("").join(_render_section(title, items) for title, items in sections)

    def _check_source(self):
        """Refuse a user type as the application group."""
        if self.source_group_id in self.env["res.groups"]._user_type_groups():
            raise UserError(
                self.env._(
                    '"%(group)s" is a user type, not an application group: choose the group '
                    "that gives internal users the application, such as Sales / User.",
                    group=self.source_group_id.full_name,
                )
            )

    def _check_result(self):
        """Refuse a new group that would not imply a backend type, or would imply Internal User."""
        user_type = self.user_type_id
        internal = self.env.ref("base.group_user")
        backend_ids = self.env["res.users"]._backend_group_ids()
        if user_type.id not in backend_ids or internal in user_type | user_type.trans_implied_ids:
            raise UserError(
                self.env._(
                    'The new group would imply "%(type)s": it must imply Backend user or Backend '
                    "UI user, never Internal User, or its users would get every right of "
                    "employees.",
                    type=user_type.full_name,
                )
            )

    def _check_chosen(self):
        """Refuse a plan whose every model the integrator unticked."""
        if self.right_ids and not self.right_ids.filtered("include"):
            raise UserError(
                self.env._("Tick at least one model in Access rights: the new group would "
                           "get nothing.")
            )  # fmt: skip

    def action_create(self):
        """Make the group: the rights, the rule copies and the menus; then show what was done."""
        self.ensure_one()
        self._check_source()
        self._check_result()
        self._check_chosen()
        rights = self._chosen_rights()
        if not rights:
            raise UserError(
                self.env._(
                    '"%(group)s" gives no access right of its own (only those of Internal '
                    "User): there is nothing to give.",
                    group=self.source_group_id.full_name,
                )
            )
        group = self._create_group()
        self.env["ir.model.access"].create(
            [
                {
                    "name": access_right_name(self.env, group, model, ops),
                    "model_id": model.id,
                    "group_id": group.id,
                    **{f"perm_{perm}": perm in ops for perm in PERMS},
                }
                for model, ops in rights.items()
            ]
        )
        for rule in self._chosen_rules():
            rule.sudo(False).copy(
                {
                    "name": self.env._(
                        "%(rule)s (for %(group)s)", rule=rule.name, group=group.name
                    ),
                    "groups": [Command.set(group.ids)],
                }
            )
        if "create" in rights.get(self.env["ir.model"]._get("res.partner"), ()):
            self._give_contact_creation(group)
        menus = self._planned_menus()
        group.menu_access = [Command.link(menu.id) for menu in menus]
        self._open_parent_menus(group, menus)
        self._give_actions(group, self._planned_actions(menus))
        self.group_id = group
        self._check_group_made()  # the group made is ready: checked, and its fixes applied
        return self._action_reopen()

    def _give_actions(self, group, actions):
        """Add the group to the groups of the actions its menus run.

        As superuser: the administrators of access rights may not write actions; this
        adds a group to those the action names, taking nothing from them.
        """
        for action in actions:
            action.sudo().groups_id = [Command.link(group.id)]

    def _give_contact_creation(self, group):
        """Let the group's users create contacts and read those they created (their card):
        the module's rules on contacts keep backend users to their own otherwise."""
        self.env["ir.rule"].create(
            {
                "name": self.env._("%(group)s: contacts they create", group=group.name),
                "model_id": self.env["ir.model"]._get_id("res.partner"),
                "groups": [Command.set(group.ids)],
                "domain_force": "[('create_uid', '=', user.id)]",
                "perm_write": False,
                "perm_unlink": False,
            }
        )

    def _open_parent_menus(self, group, menus):
        """Show Backend UI users of the group the parent menus that would hide its menus.

        A root menu that names no group (Sales, say) is shown to every employee and
        hidden from backend users: it gets Internal User and the new group, so that
        employees keep it; a parent menu of other groups gets the new group beside them.
        """
        if self.user_type_id != self.env.ref(BACKEND_UI):
            return  # plain Backend users see no menu
        internal = self.env.ref("base.group_user")
        for parent in self._blocking_menus(menus):
            given = group if parent.groups_id else group | internal
            parent.groups_id = [Command.link(given_group.id) for given_group in given]

    def _create_group(self):
        """Create the new group, implying the backend type (and the notes switch, if on)."""
        implied = self.user_type_id
        if self.has_chatter and self.internal_notes:
            implied |= self.env.ref(INTERNAL_NOTES)
        return self.env["res.groups"].create(
            {
                "name": self.name,
                "category_id": self.category_id.id,
                "implied_ids": [Command.set(implied.ids)],
                "backend_people_field_ids": [Command.set(self._planned_people_fields().ids)],
                "backend_source_group_id": self.source_group_id.id,
                "comment": self.env._(
                    "Made by the access assistant from %(group)s.",
                    group=self.source_group_id.full_name,
                ),
            }
        )

    def _action_reopen(self):
        """Show the wizard again: what was done, and the view elements not seen."""
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
        }

    def action_open_group(self):
        """Open the group made."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "res.groups",
            "res_id": self.group_id.id,
            "view_mode": "form",
        }


def _root(category):
    """Return the top category of ``category`` (Sales for Sales / CRM)."""
    while category.parent_id:
        category = category.parent_id
    return category


def _restricted_elements(view, xmlids):
    """Return the elements of ``view``'s own arch whose groups name one of ``xmlids``."""
    elements = []
    for node in etree.fromstring(view.arch_db).iter(etree.Element):
        if node.tag == "attribute" and node.get("name") == "groups":
            named, target = node.text or "", node.getparent()
        else:
            named, target = node.get("groups") or "", node
        names = [name.strip() for name in named.split(",")]
        groups = [xmlids[name] for name in names if name in xmlids]  # "!x": shown to others
        if groups:
            elements.append({"view": view, "element": _describe(target),
                             "groups": [group.full_name for group in groups]})  # fmt: skip
    return elements


def _describe(node):
    """Describe a view element: its tag and what names it."""
    for attribute in ("name", "string", "id", "expr"):
        if node.get(attribute):
            return f"{node.tag} {node.get(attribute)}"
    return node.tag


def _render_section(title, items):
    """One section of the plan: a title, and its items or none."""
    if not items:
        return Markup("<h5>%s</h5><p class='text-muted'>-</p>") % title
    lines = Markup("").join(Markup("<li>%s</li>") % item for item in items)
    return Markup("<h5>%s (%s)</h5><ul>%s</ul>") % (title, len(items), lines)
