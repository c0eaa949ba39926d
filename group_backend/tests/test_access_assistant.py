# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The access assistant makes a backend users' group from an application group."""

from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import Form, new_test_user, tagged
from odoo.tools import mute_logger

from .common import BACKEND, BACKEND_UI, OtherPeoplesData, UserTypesCase

WIZARD = "group_backend.app.access.wizard"
INTERNAL_NOTES = "group_backend.group_backend_internal_notes"
PERMS = ("perm_read", "perm_write", "perm_create", "perm_unlink")
SALESMAN_XMLID = "test_group_backend.sales_like_salesman"
VIEW_ARCH = f"""
<data>
    <field name="ref" position="after">
        <field name="comment" groups="{SALESMAN_XMLID}" />
        <field name="website" groups="!{SALESMAN_XMLID}" />
    </field>
    <field name="vat" position="attributes">
        <attribute name="groups">base.group_system,{SALESMAN_XMLID}</attribute>
    </field>
    <xpath expr="//sheet" position="inside">
        <div groups="{SALESMAN_XMLID}" class="o_sales_like_banner" />
    </xpath>
</data>
"""


def form_lines(lines, fname):
    """Return the values of ``fname`` in the lines of a Form's one2many, in their order."""
    values = []
    for index in range(len(lines)):
        with lines.edit(index) as line:
            values.append(line[fname])
    return values[0].union(*values) if values else values


@tagged("post_install", "-at_install")
class TestAccessAssistant(UserTypesCase, OtherPeoplesData):
    """A Sales-like app, as Odoo's apps are made: a group, its rights, rules, menus and views."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        # Settings: Odoo lets only them create groups (the user form's groups view)
        cls.admin = new_test_user(env, "gb_assistant_admin", groups="base.group_system")
        cls.group_user = env.ref("base.group_user")
        category = env["ir.module.category"].create({"name": "Sales-like"})
        groups = env["res.groups"]
        cls.helper = groups.create({"name": "Sales-like helper"})
        cls.salesman = groups.create(
            {
                "name": "Salesman",
                "category_id": category.id,
                "implied_ids": [Command.link(cls.group_user.id), Command.link(cls.helper.id)],
            }
        )
        module, name = SALESMAN_XMLID.split(".")
        env["ir.model.data"].create(
            {"module": module, "name": name, "model": "res.groups", "res_id": cls.salesman.id}
        )
        cls.create_rights()
        cls.create_rules()
        cls.create_menus()
        cls.create_views()

    @classmethod
    def create_rights(cls):
        """The app's rights: the salesman's and its helper's, on top of Internal User's."""
        cls.env["ir.model.access"].create(
            [
                cls.right("Salesmen manage tags", "res.partner.category", cls.salesman, "rwc"),
                cls.right("Helpers delete tags", "res.partner.category", cls.helper, "wu"),
                cls.right("Salesmen read bank accounts", "res.partner.bank", cls.salesman, "r"),
                cls.right("Helpers read titles", "res.partner.title", cls.helper, "r"),
            ]
        )

    @classmethod
    def right(cls, name, model, group, perms):
        """The values of an access right; ``perms`` in letters: r, w, c, u."""
        values = {
            "name": name,
            "model_id": cls.env["ir.model"]._get_id(model),
            "group_id": group.id,
        }
        return dict(values, **{perm: perm[5] in perms for perm in PERMS})

    @classmethod
    def create_rules(cls):
        """A rule of the salesman, and three of Internal User: two on models granted (one
        opening it whole), one on a model not granted."""
        rules = cls.env["ir.rule"]
        cls.own_banks = rules.create(
            {
                "name": "Salesmen: own bank accounts",
                "model_id": cls.env["ir.model"]._get_id("res.partner.bank"),
                "groups": [Command.link(cls.salesman.id)],
                "domain_force": "[('partner_id', '=', user.partner_id.id)]",
                "perm_create": False,
            }
        )
        cls.employee_tags = rules.create(
            {
                "name": "Employees: no secret tag",
                "model_id": cls.env["ir.model"]._get_id("res.partner.category"),
                "groups": [Command.link(cls.group_user.id)],
                "domain_force": "[('name', 'not ilike', 'secret')]",
            }
        )
        cls.employee_titles = rules.create(
            {
                "name": "Employees: every title",
                "model_id": cls.env["ir.model"]._get_id("res.partner.title"),
                "groups": [Command.link(cls.group_user.id)],
                "domain_force": "[(1, '=', 1)]",
            }
        )
        cls.employee_countries = rules.create(
            {
                "name": "Employees: every country",
                "model_id": cls.env["ir.model"]._get_id("res.country"),
                "groups": [Command.link(cls.group_user.id)],
                "domain_force": "[(1, '=', 1)]",
            }
        )

    @classmethod
    def create_menus(cls):
        """The app's menus, one of employees only, and one under a root naming no group."""
        action = cls.env["ir.actions.act_window"].create(
            {"name": "Tags", "res_model": "res.partner.category"}
        )
        menus = cls.env["ir.ui.menu"]
        cls.root = menus.create(
            {"name": "Sales-like", "groups_id": [Command.link(cls.salesman.id)],
             "action": f"{action._name},{action.id}"}
        )  # fmt: skip
        cls.orders = menus.create(
            {"name": "Orders", "parent_id": cls.root.id, "groups_id": [Command.link(cls.helper.id)],
             "action": f"{action._name},{action.id}"}
        )  # fmt: skip
        cls.employee_menu = menus.create(
            {"name": "Employees only", "parent_id": cls.root.id,
             "groups_id": [Command.link(cls.group_user.id)]}
        )  # fmt: skip
        cls.settings = menus.create({"name": "Settings", "parent_id": cls.root.id})
        cls.teams = menus.create(
            {"name": "Teams", "parent_id": cls.settings.id,
             "groups_id": [Command.link(cls.salesman.id)]}
        )  # fmt: skip
        cls.open_root = menus.create({"name": "Open root"})
        cls.report_menu = menus.create(
            {"name": "Sales-like reports", "parent_id": cls.open_root.id,
             "groups_id": [Command.link(cls.salesman.id)]}
        )  # fmt: skip

    @classmethod
    def create_views(cls):
        """An extension of the partner form with elements for salesmen, and a list for them only."""
        views = cls.env["ir.ui.view"]
        cls.view = views.create(
            {
                "name": "Partner: sales-like",
                "model": "res.partner",
                "inherit_id": cls.env.ref("base.view_partner_form").id,
                "arch": VIEW_ARCH,
            }
        )
        cls.salesman_view = views.create(
            {
                "name": "Partner: salesmen only",
                "model": "res.partner",
                "groups_id": [Command.link(cls.salesman.id)],
                "arch": '<list><field name="name" /><field name="ref" /></list>',
            }
        )

    def wizard(self, **values):
        """The assistant as an administrator opens it, on the salesman group."""
        values.setdefault("source_group_id", self.salesman.id)
        return self.env[WIZARD].with_user(self.admin).create(values)

    def rights_of(self, groups):
        """The operations of ``groups`` by model, as the access rights say."""
        perms = {}
        for right in self.env["ir.model.access"].search([("group_id", "in", groups.ids)]):
            model = perms.setdefault(right.model_id.model, set())
            model.update(perm for perm in PERMS if right[perm])
        return perms

    def test_new_group_gets_exactly_the_apps_own_rights(self):
        wizard = self.wizard()
        self.assertEqual(wizard.name, "Sales-like / Salesman (backend users)")
        self.assertEqual(wizard.user_type_id, self.env.ref(BACKEND_UI))
        wizard.action_create()
        group = wizard.group_id
        self.assertEqual(group.implied_ids, self.env.ref(BACKEND_UI))
        self.assertNotIn(self.group_user, group.trans_implied_ids)
        self.assertEqual(
            group.category_id, self.env.ref("group_backend.module_category_backend_applications")
        )
        expected = self.rights_of(self.salesman | self.helper)
        rights = self.rights_of(group)
        self.assertEqual(rights.pop("res.partner"), {"perm_create"}, "new contacts, as employees")
        self.assertEqual(rights, expected)
        self.assertEqual(set(expected), {"res.partner.category", "res.partner.bank",
                                         "res.partner.title"})  # fmt: skip
        self.assertEqual(expected["res.partner.category"], set(PERMS))
        self.assertIn(
            "Sales-like / Salesman (backend users) may read, change, create and delete Partner "
            "Tags",
            group.model_access.mapped("name"),
        )

    def test_rules_are_copies_and_odoos_are_unchanged(self):
        wizard = self.wizard()
        wizard.action_create()
        copies = wizard.group_id.rule_groups.filtered(lambda r: r.model_id.model != "res.partner")
        created = wizard.group_id.rule_groups - copies
        self.assertEqual(created.domain_force, "[('create_uid', '=', user.id)]")
        self.assertEqual((created.perm_read, created.perm_create, created.perm_write),
                         (True, True, False))  # fmt: skip

        def shape(rules):
            return {(r.model_id.model, r.domain_force, *(r[perm] for perm in PERMS)) for r in rules}

        self.assertEqual(shape(copies), shape(self.own_banks | self.employee_tags))
        self.assertFalse(copies & (self.own_banks | self.employee_tags | self.employee_countries))
        self.assertEqual(copies.groups, wizard.group_id)
        self.assertEqual(self.own_banks.groups, self.salesman)
        self.assertEqual(self.employee_tags.groups, self.group_user)
        self.assertIn(
            "Salesmen: own bank accounts (for Sales-like / Salesman (backend users))",
            copies.mapped("name"),
        )

    def test_menus_of_the_app_not_of_employees(self):
        wizard = self.wizard()
        self.assertEqual(wizard._blocking_menus(wizard._planned_menus()), self.open_root)
        wizard.action_create()
        group = wizard.group_id
        self.assertEqual(
            group.menu_access,
            self.root | self.orders | self.teams | self.report_menu | self.open_root,
        )
        self.assertEqual(self.open_root.groups_id, group | self.group_user, "employees keep it")
        self.assertNotIn(group, self.employee_menu.groups_id)
        self.assertIn("Open root", wizard.plan_html)

    def test_actions_of_the_menus_given_to_the_new_group(self):
        """The server action of employees a root menu runs (crm's My Pipeline), a window action
        of the app's group: listed, and given to the new group; one of no group stays out."""
        model_id = self.env["ir.model"]._get_id("res.partner.category")
        code = ("action = {'type': 'ir.actions.act_window', 'res_model': 'res.partner.category', "
                "'views': [[False, 'list']]}")  # fmt: skip
        pipeline, anyones = self.env["ir.actions.server"].create(
            [
                {"name": "Sales-like: my tags", "model_id": model_id, "state": "code",
                 "code": code, "groups_id": [Command.link(self.group_user.id)]},
                {"name": "Sales-like: anyone's tags", "model_id": model_id, "state": "code",
                 "code": code},
            ]
        )  # fmt: skip
        orders = self.env["ir.actions.act_window"].create(
            {"name": "Orders of helpers", "res_model": "res.partner.category",
             "groups_id": [Command.link(self.helper.id)]}
        )  # fmt: skip
        self.root.action = f"{pipeline._name},{pipeline.id}"
        self.orders.action = f"{orders._name},{orders.id}"
        self.teams.action = f"{anyones._name},{anyones.id}"
        wizard = self.wizard()
        self.assertEqual(wizard._planned_actions(wizard._planned_menus()), [orders, pipeline])
        self.assertIn(
            "Sales-like: my tags (<code>ir.actions.server</code>): User types / Internal User",
            wizard.plan_html,
        )
        self.assertIn("Orders of helpers", wizard.plan_html)
        self.assertIn("<li>Sales-like/Settings/Teams (Sales-like: anyone&#39;s tags)</li>",
                      wizard.plan_html)  # fmt: skip
        user = self.new_user("gb_assistant_piper", BACKEND_UI)
        wizard.action_create()
        group = wizard.group_id
        self.assertEqual(pipeline.groups_id, self.group_user | group)
        self.assertEqual(orders.groups_id, self.helper | group)
        self.assertFalse(anyones.groups_id)
        with mute_logger("odoo.addons.base.models.ir_actions"), self.assertRaises(AccessError):
            pipeline.with_user(user).run()
        user.groups_id = [Command.link(group.id)]
        self.assertEqual(pipeline.with_user(user).run()["res_model"], "res.partner.category")
        with self.assertRaises(AccessError):
            anyones.with_user(user).run()
        shown = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
        self.assertIn(self.root.id, shown)
        self.assertIn(self.orders.id, shown)
        self.assertNotIn(self.teams.id, shown, "its action would be refused")

    def test_view_elements_the_new_group_will_not_see(self):
        wizard = self.wizard()
        elements = {
            (item["view"], item["element"], tuple(item["groups"]))
            for item in wizard._hidden_view_elements()
        }
        self.assertEqual(
            elements,
            {
                (self.view, "field comment", ("Sales-like / Salesman",)),
                (self.view, "field vat", ("Sales-like / Salesman",)),
                (self.view, "div", ("Sales-like / Salesman",)),
                (self.salesman_view, "the whole view", ("Sales-like / Salesman",)),
            },
        )
        wizard.action_create()
        self.assertIn("field comment", wizard.plan_html)
        self.assertIn("Partner: salesmen only", wizard.plan_html)
        self.assertNotIn("website", wizard.plan_html)

    def test_backend_user_of_the_new_group_uses_the_app(self):
        wizard = self.wizard()
        wizard.action_create()
        user = self.new_user("gb_assistant_clerk", BACKEND_UI)
        user.groups_id = [Command.link(wizard.group_id.id)]
        tags = self.env["res.partner.category"].create([{"name": "Plain"}, {"name": "Secret"}])
        mine = self.env["res.partner.bank"].create(
            {"acc_number": "BE68 5390 0754 7034", "partner_id": user.partner_id.id}
        )
        theirs = self.env["res.partner.bank"].create(
            {"acc_number": "BE62 5100 0754 7061", "partner_id": self.internal.partner_id.id}
        )
        tags_seen = self.env["res.partner.category"].with_user(user).search([])
        self.assertIn(tags[0], tags_seen)
        self.assertNotIn(tags[1], tags_seen)
        banks = self.env["res.partner.bank"].with_user(user).search([])
        self.assertIn(mine, banks)
        self.assertNotIn(theirs, banks)
        self.assertIn(self.root, self.env["ir.ui.menu"].with_user(user).get_user_roots())

    def test_backend_user_type_plain(self):
        wizard = self.wizard(user_type_id=self.env.ref(BACKEND).id, name="Tag clerks")
        wizard.action_create()
        self.assertEqual(wizard.group_id.implied_ids, self.env.ref(BACKEND))
        self.assertEqual(wizard.group_id.name, "Tag clerks")
        self.assertEqual(wizard._blocking_menus(wizard._planned_menus()), self.open_root)

    def test_refuses_a_user_type_source(self):
        for xmlid in ("base.group_user", BACKEND_UI, "base.group_portal"):
            with self.subTest(source=xmlid), self.assertRaisesRegex(UserError, "is a user type"):
                self.wizard(source_group_id=self.env.ref(xmlid).id).action_create()

    def test_refuses_a_result_implying_internal_user(self):
        for xmlid in ("base.group_user", "base.group_portal", "base.group_system"):
            wizard = self.wizard(user_type_id=self.env.ref(xmlid).id)  # forced, as over RPC
            with self.subTest(type=xmlid), self.assertRaisesRegex(UserError, "never Internal User"):
                wizard.action_create()
        self.assertFalse(self.env["res.groups"].search([("name", "like", "Sales-like / Salesman")]))

    def test_source_without_xml_id(self):
        """A group of the administrator's, named in no view: its own rights, nothing hidden."""
        wizard = self.wizard(source_group_id=self.helper.id)
        self.assertEqual(wizard._hidden_view_elements(), [])
        self.assertIn("will not see (restricted to the application&#39;s groups)</h5><p "
                      "class='text-muted'>-</p>", wizard.plan_html)  # fmt: skip
        wizard.action_create()
        self.assertEqual(self.rights_of(wizard.group_id), self.rights_of(self.helper))
        self.assertEqual(wizard.group_id.menu_access, self.orders | self.orders.parent_id)

    def test_refuses_a_group_with_nothing_of_its_own(self):
        office = self.env["res.groups"].create(
            {"name": "Office", "implied_ids": [Command.link(self.group_user.id)]}
        )
        with self.assertRaisesRegex(UserError, "nothing to give"):
            self.wizard(source_group_id=office.id).action_create()

    def test_opened_from_a_group_form(self):
        context = {"active_model": "res.groups", "active_id": self.salesman.id}
        form = Form(self.env[WIZARD].with_user(self.admin).with_context(**context))
        self.assertEqual(form.source_group_id, self.salesman)
        self.assertIn("Partner Tags", form_lines(form.right_ids, "model_id").mapped("name"))
        wizard = form.save()
        self.assertEqual(wizard.action_create()["res_id"], wizard.id)
        action = wizard.action_open_group()
        self.assertEqual(
            (action["res_model"], action["res_id"]), ("res.groups", wizard.group_id.id)
        )
        no_source = self.env[WIZARD].with_user(self.admin).new({})
        self.assertFalse(no_source.source_group_id)
        self.assertFalse(no_source.plan_html)

    def test_only_administrators_use_it(self):
        for user in (self.internal, self.backend_ui, self.backend):
            with (
                self.subTest(user=user.login),
                mute_logger("odoo.addons.base.models.ir_model"),
                self.assertRaises(AccessError),
            ):
                self.env[WIZARD].with_user(user).create({"source_group_id": self.salesman.id})

    def test_rules_opening_a_model_to_every_employee_are_unticked(self):
        wizard = self.wizard()
        included = {line.rule_id: line.include for line in wizard.rule_ids}
        self.assertEqual(
            included,
            {self.own_banks: True, self.employee_tags: True, self.employee_titles: False},
        )
        wizard.rule_ids.filtered(lambda line: line.rule_id == self.employee_titles).include = True
        wizard.action_create()
        copies = wizard.group_id.rule_groups
        self.assertEqual(len(copies), 4, "3 copies, and the contacts they create")
        self.assertIn("[(1, '=', 1)]", copies.mapped("domain_force"))

    def test_only_what_is_ticked_is_made(self):
        """The integrator unticks in the form a model (bank accounts) and a rule (tags');
        a model of the group's own application is ticked by default (base defines them)."""
        context = {"active_model": "res.groups", "active_id": self.salesman.id}
        form = Form(self.env[WIZARD].with_user(self.admin).with_context(**context))
        models_ = form_lines(form.right_ids, "model_id").mapped("model")
        self.assertEqual(
            models_,
            ["res.partner", "res.partner.bank", "res.partner.category", "res.partner.title"],
        )
        with form.right_ids.edit(models_.index("res.partner.bank")) as line:
            line.include = False
        rules = list(form_lines(form.rule_ids, "rule_id"))
        with form.rule_ids.edit(rules.index(self.employee_tags)) as line:
            line.include = False
        wizard = form.save()
        wizard.action_create()
        group = wizard.group_id
        self.assertEqual(
            set(self.rights_of(group)), {"res.partner", "res.partner.category", "res.partner.title"}
        )
        self.assertEqual(
            self.rights_of(group)["res.partner.category"],
            self.rights_of(self.salesman | self.helper)["res.partner.category"],
        )
        # the banks' rule is kept: it limits the group if bank accounts are granted later
        self.assertEqual(
            set(group.rule_groups.mapped("domain_force")),
            {self.own_banks.domain_force, "[('create_uid', '=', user.id)]"},
        )
        user = self.new_user("gb_assistant_chooser", BACKEND_UI)
        user.groups_id = [Command.link(group.id)]
        with self.assertRaises(AccessError), mute_logger("odoo.addons.base.models.ir_model"):
            self.env["res.partner.bank"].with_user(user).search([])
        theirs = self.env["res.partner.bank"].create(
            {"acc_number": "BE62 5100 0754 7061", "partner_id": self.internal.partner_id.id}
        )
        self.env["ir.model.access"].create(
            dict(self.right("Granted later", "res.partner.bank", group, "r"))
        )
        self.assertNotIn(theirs, self.env["res.partner.bank"].with_user(user).search([]))
        secret = self.env["res.partner.category"].create({"name": "Secret"})
        self.assertIn(secret, self.env["res.partner.category"].with_user(user).search([]))

    def test_refuses_a_plan_with_every_model_unticked(self):
        wizard = self.wizard()
        wizard.right_ids.include = False
        with self.assertRaisesRegex(UserError, "Tick at least one model"):
            wizard.action_create()
        self.assertFalse(wizard.group_id)

    def test_app_with_a_chatter_offers_the_internal_notes_switch(self):
        self.env["ir.model.access"].create(
            self.right("Helpers read meetings", "calendar.event", self.helper, "r")
        )
        wizard = self.wizard()
        self.assertTrue(wizard.has_chatter)
        self.assertTrue(wizard.internal_notes)
        wizard.action_create()
        self.assertIn(self.env.ref(INTERNAL_NOTES), wizard.group_id.implied_ids)
        switched_off = self.wizard(name="Planners", internal_notes=False)
        switched_off.action_create()
        self.assertEqual(switched_off.group_id.implied_ids, self.env.ref(BACKEND_UI))
        chatterless = self.wizard(name="Tag clerks")
        for line in chatterless.right_ids:
            line.include = line.model_id.model in ("res.partner.category", "res.partner.title")
        self.assertFalse(chatterless.has_chatter)
        chatterless.action_create()
        self.assertEqual(chatterless.group_id.implied_ids, self.env.ref(BACKEND_UI))

    def test_backend_user_reads_the_cards_of_its_records_people(self):
        """Meetings given by the assistant: the attendees of its own, by their card only."""
        self.env["ir.model.access"].create(
            self.right("Helpers read meetings", "calendar.event", self.helper, "r")
        )
        wizard = self.wizard()
        planned = {f"{field.model}.{field.name}" for field in wizard._planned_people_fields()}
        self.assertIn("calendar.event.partner_ids", planned)
        self.assertIn("calendar.event.partner_ids", wizard.plan_html)
        meetings_rule = self.env.ref("calendar.calendar_event_rule_employee")
        self.assertFalse(wizard.rule_ids.filtered(lambda l: l.rule_id == meetings_rule).include)
        wizard.action_create()
        self.assertEqual(wizard.group_id.backend_people_field_ids, wizard._planned_people_fields())
        user = self.new_user("gb_assistant_planner", BACKEND_UI)
        user.groups_id = [Command.link(wizard.group_id.id)]
        partners = self.env["res.partner"]
        guest, stranger = partners.create(
            [{"name": "Guest of mine", "email": "guest@example.com", "phone": "+32 2 555 01 01"},
             {"name": "Guest of others", "email": "other@example.com"}]
        )  # fmt: skip
        mine = self.new_meeting("Mine", user, user.partner_id | guest)
        self.new_meeting("Theirs", self.internal, self.internal.partner_id | stranger)
        found = partners.with_user(user).search([("name", "like", "Guest of")])
        self.assertEqual(found, guest)
        [card] = guest.with_user(user).read(["name", "email", "phone"])
        self.assertEqual(
            (card["name"], card["email"], card["phone"]), ("Guest of mine", False, False)
        )
        self.assertFalse(partners.with_user(user).search([("email", "=", "guest@example.com")]))
        self.assertUnreadable(stranger.with_user(user))
        # in the same transaction, a new attendee of its meeting is found at once
        mine.partner_ids = [Command.link(stranger.id)]
        self.assertIn(stranger, partners.with_user(user).search([("name", "like", "Guest of")]))
        # a backend user of no such group gains nothing
        self.assertFalse(partners.with_user(self.backend_ui).search([("name", "like", "Guest of")]))

    def test_code_asking_for_the_application_group(self):
        """Odoo's code asking for the application group answers for the group made from it."""
        source = self.env.ref("base.group_partner_manager")
        wizard = self.wizard(source_group_id=source.id)
        wizard.action_create()
        self.assertEqual(wizard.group_id.backend_source_group_id, source)
        clerk = self.new_user("gb_answered_clerk", BACKEND_UI)
        other = self.new_user("gb_unanswered_clerk", BACKEND_UI)
        clerk.groups_id = [Command.link(wizard.group_id.id)]
        xmlid = "base.group_partner_manager"
        self.assertTrue(clerk.with_user(clerk).has_group(xmlid))
        self.assertFalse(other.with_user(other).has_group(xmlid))
        self.assertFalse(clerk.with_user(clerk).has_group("base.group_system"))
        employees_only = clerk.with_user(clerk).with_context(group_backend_employees_only=True)
        self.assertFalse(employees_only.has_group(xmlid))
        wizard.group_id.backend_source_group_id = False
        self.assertFalse(clerk.with_user(clerk).has_group(xmlid))
