# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Sales agents given CRM and Sales by the access assistant, its defaults untouched.

The integrator's case of the readme: the assistant makes the group from Sales / User:
Own Documents Only, and a Backend UI user of it works from the login form with no
error and no refusal, and reads no more than an internal salesman of that group.
"""

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.group_backend.tests.browser import JourneyCase

SALESMAN = "sales_team.group_sale_salesman"
REFUSALS = ("odoo.addons.base.models.ir_rule", "odoo.addons.base.models.ir_model", "odoo.models")


@tagged("post_install", "-at_install")
class TestSalesAgent(JourneyCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        wizard = cls.env["group_backend.app.access.wizard"].create(
            {"source_group_id": cls.env.ref(SALESMAN).id}
        )
        wizard.action_create()
        cls.group = wizard.group_id
        users = cls.env["res.users"].with_context(no_reset_password=True)
        cls.agent = users.create(
            {
                "name": "Agnes Agent",
                "login": "gb_agent",
                "password": "gb_agent",
                "email": "agnes@agents.example.com",
                "tz": "Europe/Brussels",
                "groups_id": [(6, 0, cls.group.ids)],
            }
        )
        cls.salesman = users.create(
            {
                "name": "Sam Salesman",
                "login": "gb_salesman",
                "email": "sam@example.com",
                "groups_id": [(6, 0, cls.env.ref(SALESMAN).ids)],
            }
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Agent Customer Co",
                "email": "buyer@customer.example.com",
                "phone": "+32 2 555 01 01",
                "street": "Rue du Client 1",
                "is_company": True,
            }
        )
        cls.widget = cls.env["product.product"].create(
            {"name": "Agent Widget", "list_price": 120.0, "sale_ok": True}
        )
        leads = cls.env["crm.lead"]
        cls.deal = leads.create(
            {
                "name": "Agent deal",
                "type": "opportunity",
                "user_id": cls.agent.id,
                "partner_id": cls.customer.id,
                "stage_id": cls.env.ref("crm.stage_lead1").id,
            }
        )
        cls.other_deal = leads.create(
            {
                "name": "Salesman deal",
                "type": "opportunity",
                "user_id": cls.salesman.id,
                "partner_id": cls.env.ref("base.res_partner_2").id,
            }
        )
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": cls.customer.id,
                "user_id": cls.agent.id,
                "client_order_ref": "Agent order",
                "order_line": [(0, 0, {"product_id": cls.widget.id})],
            }
        )
        cls.order.name = "Agent order"

    def _refusals(self):
        return self.env["group_backend.access.refusal"].sudo().search([])

    def test_agent_works_its_pipeline_from_the_login_form(self):
        """Pipeline, stage, note, message, activity, file, card, quotation, won, new, lost."""
        self.journey("group_backend_journey_sales_agent_crm")
        deal = self.deal
        self.assertTrue(deal.stage_id.is_won, "the opportunity is won")
        posted = {
            message.subtype_id.internal: message.body
            for message in deal.message_ids
            if message.author_id == self.agent.partner_id and message.body
        }
        self.assertIn("Budget confirmed by phone", posted.get(True, ""), "the note")
        self.assertIn("Here is our offer", posted.get(False, ""), "the message")
        self.assertEqual(deal.activity_ids.mapped("summary"), ["Call the buyer"])
        self.assertEqual(deal.activity_ids.user_id, self.agent)
        files = self.env["ir.attachment"].search(
            [("res_model", "=", "crm.lead"), ("res_id", "=", deal.id)]
        )
        self.assertEqual(files.mapped("name"), ["offer.txt"])
        self.assertEqual(deal.order_ids.partner_id, self.customer)
        self.assertEqual(deal.order_ids.order_line.product_id, self.widget)
        lost = (
            self.env["crm.lead"]
            .with_context(active_test=False)
            .search([("name", "=", "Newco website")])
        )
        self.assertEqual(lost.partner_id.name, "Newco Agency")
        self.assertEqual((lost.active, lost.lost_reason_id.name), (False, "Too expensive"))
        self.assertEqual(lost.user_id, self.agent)
        self.assertFalse(self._refusals(), "no refusal was recorded")

    def test_agent_quotes_in_sales_from_the_login_form(self):
        """The second app: Sales, a quotation made, noted, sent by e-mail and confirmed."""
        self.journey("group_backend_journey_sales_agent_quotations")
        order = self.env["sale.order"].search(
            [("user_id", "=", self.agent.id), ("id", "!=", self.order.id)]
        )
        self.assertEqual(len(order), 1)
        self.assertEqual((order.partner_id, order.state), (self.customer, "sale"))
        self.assertFalse(self._refusals(), "no refusal was recorded")

    def test_agent_reads_no_more_than_an_internal_salesman(self):
        """Own leads and orders; no invoice, no meeting of others, no more people."""
        agent = self.env(user=self.agent)
        salesman = self.env(user=self.salesman)
        leads = agent["crm.lead"].with_context(active_test=False).search([])
        self.assertIn(self.deal, leads)
        self.assertNotIn(self.other_deal, leads)
        self.assertFalse(leads.filtered(lambda lead: lead.user_id - self.agent))
        orders = agent["sale.order"].search([])
        self.assertEqual(orders.user_id, self.agent)
        self.assertFalse(
            agent["account.move"].has_access("read")
            and agent["account.move"].search([("move_type", "=", "out_invoice")]),
            "no invoice",
        )
        events = (
            agent["calendar.event"].search([])
            if agent["calendar.event"].has_access("read")
            else agent["calendar.event"]
        )
        self.assertFalse(
            events.filtered(lambda event: self.agent.partner_id not in event.partner_ids),
            "no meeting of others",
        )
        self.assertLessEqual(
            agent["res.partner"].search_count([]), salesman["res.partner"].search_count([])
        )
        self.assertLessEqual(
            agent["res.users"].search_count([]), salesman["res.users"].search_count([])
        )
        card = agent["res.partner"].browse(self.customer.id).read(["name"])[0]
        self.assertEqual(card["name"], "Agent Customer Co")

    def test_agent_subscribes_its_orders_customer_only(self):
        """Confirming subscribes the order's customer; nobody else may be subscribed."""
        order = self.order.with_user(self.agent)
        order.message_subscribe(partner_ids=self.customer.ids)
        self.assertIn(self.customer, self.order.message_partner_ids)
        stranger = self.env.ref("base.res_partner_2")
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            order.message_subscribe(partner_ids=stranger.ids)
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            order.message_unsubscribe(partner_ids=self.customer.ids)
        self.assertNotIn(stranger, self.order.message_partner_ids)
