# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The access assistant gives CRM to external sales agents, beside the common apps."""

from unittest import SkipTest

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import new_test_user, tagged

from .common import BACKEND_UI, UserTypesCase

WIZARD = "group_backend.app.access.wizard"
INTERNAL_NOTES = "group_backend.group_backend_internal_notes"


@tagged("post_install", "-at_install")
class TestAccessAssistantCrm(UserTypesCase):
    """Sales / User: Own Documents Only, with the assistant's defaults: the agents' own
    opportunities, their customers' cards, and nothing of the other salespeople's."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if "crm.lead" not in cls.env:
            raise SkipTest("crm is not installed: see the common-apps database")
        env = cls.env
        admin = new_test_user(env, "gb_crm_admin", groups="base.group_system")
        cls.salesman_group = env.ref("sales_team.group_sale_salesman")
        cls.wizard = env[WIZARD].with_user(admin).create({"source_group_id": cls.salesman_group.id})
        cls.wizard.action_create()
        cls.agent = cls.new_user("gb_crm_agent", BACKEND_UI)
        cls.agent.groups_id = [Command.link(cls.wizard.group_id.id)]
        cls.salesman = cls.new_user("gb_crm_salesman", "sales_team.group_sale_salesman")
        cls.plain = cls.new_user("gb_crm_plain", BACKEND_UI)
        partners = env["res.partner"]
        cls.my_customer, cls.their_customer = partners.create(
            [{"name": "GB agent's customer", "email": "mine@example.com",
              "phone": "+32 2 555 02 02"},
             {"name": "GB salesman's customer", "email": "theirs@example.com"}]
        )  # fmt: skip
        leads = env["crm.lead"]
        cls.my_lead, cls.their_lead = leads.create(
            [{"name": "GB agent's opportunity", "type": "opportunity", "user_id": cls.agent.id,
              "partner_id": cls.my_customer.id},
             {"name": "GB salesman's opportunity", "type": "opportunity",
              "user_id": cls.salesman.id, "partner_id": cls.their_customer.id}]
        )  # fmt: skip

    def test_defaults_leave_out_invoices_and_meetings_of_others_and_name_the_group(self):
        wizard = self.wizard
        given = {line.model_id.model: line.include for line in wizard.right_ids}
        self.assertEqual(
            {model: given[model] for model in ("account.move", "account.move.line", "crm.lead",
                                               "sale.order", "account.tax")},
            {"account.move": False, "account.move.line": False, "crm.lead": True,
             "sale.order": True, "account.tax": True},
        )  # fmt: skip
        self.assertFalse(self.env["account.move"].with_user(self.agent).has_access("read"))
        self.assertEqual(wizard.name, "Sales / User: Own Documents Only (backend users)")
        meetings = self.env.ref("calendar.calendar_event_rule_employee")
        self.assertFalse(wizard.rule_ids.filtered(lambda line: line.rule_id == meetings).include)
        meeting_rules = wizard.group_id.rule_groups.filtered(
            lambda rule: rule.model_id == meetings.model_id
        )
        self.assertNotIn(meetings.domain_force, meeting_rules.mapped("domain_force"))
        self.assertIn(self.env.ref(INTERNAL_NOTES), wizard.group_id.implied_ids)
        fields_ = {
            f"{field.model}.{field.name}" for field in wizard.group_id.backend_people_field_ids
        }
        self.assertLessEqual({"crm.lead.partner_id", "sale.order.partner_id"}, fields_)
        self.assertNotIn("res.partner.category.partner_ids", fields_)  # tags: read whole

    def test_agent_reads_the_card_of_its_opportunitys_customer_only(self):
        leads = self.env["crm.lead"].with_user(self.agent)
        self.assertEqual(leads.search([("name", "like", "GB ")]), self.my_lead)
        partners = self.env["res.partner"].with_user(self.agent)
        self.assertEqual(partners.search([("name", "like", "GB ")]), self.my_customer)
        [card] = self.my_customer.with_user(self.agent).read(["name", "email", "phone"])
        self.assertEqual(
            (card["name"], card["email"], card["phone"]), ("GB agent's customer", False, False)
        )
        self.assertUnreadable(self.their_customer.with_user(self.agent))
        self.assertFalse(partners.search([("email", "=", "mine@example.com")]))

    def test_agent_links_its_records_only_to_people_it_knows(self):
        """What the agent writes never widens what it reads: another salesperson's customer
        is refused; a contact of its own customer (an invoice address) is read at once."""
        leads = self.env["crm.lead"].with_user(self.agent)
        with self.assertRaisesRegex(AccessError, "only to people you already know"):
            leads.create({"name": "GB stolen", "type": "opportunity",
                          "partner_id": self.their_customer.id})  # fmt: skip
        with self.assertRaisesRegex(AccessError, "only to people you already know"):
            self.my_lead.with_user(self.agent).partner_id = self.their_customer
        self.assertUnreadable(self.their_customer.with_user(self.agent))
        invoicing = self.env["res.partner"].create(
            {"name": "GB agent's customer, invoicing", "parent_id": self.my_customer.id,
             "type": "invoice", "email": "invoices@example.com"}
        )  # fmt: skip
        partners = self.env["res.partner"].with_user(self.agent)
        self.assertFalse(partners.search([("id", "=", invoicing.id)]))
        leads.create(
            {"name": "GB new opportunity", "type": "opportunity", "partner_id": invoicing.id}
        )
        self.assertEqual(partners.search([("id", "=", invoicing.id)]), invoicing)
        self.assertFalse(invoicing.with_user(self.agent).read(["email"])[0]["email"])

    def test_backend_user_of_no_such_group_gains_nothing(self):
        partners = self.env["res.partner"].with_user(self.plain)
        self.assertFalse(partners.search([("name", "like", "GB ")]))
        self.assertUnreadable(self.my_customer.with_user(self.plain))
