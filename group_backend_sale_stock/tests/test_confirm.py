# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A sales agent, backend user of the assistant's group, confirms its order over HTTP."""

from odoo.fields import Command
from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

SALESMAN = "sales_team.group_sale_salesman"
PASSWORD = "Sale-stock-bridge-1"
REFUSALS = ("odoo.http", "odoo.addons.base.models.ir_model", "odoo.addons.base.models.ir_rule")


@tagged("post_install", "-at_install")
class TestConfirm(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        wizard = cls.env["group_backend.app.access.wizard"].create(
            {"source_group_id": cls.env.ref(SALESMAN).id}
        )
        wizard.action_create()
        cls.agent = (
            cls.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": "Stock Agent",
                    "login": "gb_stock_agent",
                    "email": "stock.agent@example.com",
                    "password": PASSWORD,
                    "groups_id": [(6, 0, wizard.group_id.ids)],
                }
            )
        )
        cls.product = cls.env["product.product"].create(
            {"name": "GB delivered widget", "type": "consu", "list_price": 10.0}
        )
        customer = cls.env["res.partner"].create({"name": "GB stock customer"})
        cls.order = cls.env["sale.order"].create(
            {
                "partner_id": customer.id,
                "user_id": cls.agent.id,
                "order_line": [Command.create({"product_id": cls.product.id})],
            }
        )

    def call(self, model, method, args, kwargs=None, route="/web/dataset/call_kw"):
        """Call ``model.method`` over JSON-RPC as the logged-in user."""
        params = {"model": model, "method": method, "args": args, "kwargs": kwargs or {}}
        return self.make_jsonrpc_request(route, params)

    def test_agent_confirms_and_changes_its_order(self):
        self.assertTrue(self.agent._is_backend_user())
        self.authenticate(self.agent.login, PASSWORD)
        self.call(
            "sale.order", "action_confirm", [self.order.ids], route="/web/dataset/call_button"
        )
        self.assertEqual(self.order.state, "sale")
        picking = self.order.picking_ids
        self.assertEqual(picking.move_ids.product_uom_qty, 1)
        [line] = self.order.order_line
        self.call("sale.order.line", "write", [line.ids, {"product_uom_qty": 3}])
        self.assertEqual(picking.move_ids.product_uom_qty, 3)  # the delivery follows
        [read] = self.call("sale.order", "web_read", [self.order.ids],
                           {"specification": {"state": {}, "amount_untaxed": {}}})  # fmt: skip
        self.assertEqual((read["state"], read["amount_untaxed"]), ("sale", 30.0))

    def test_agent_is_given_no_procurement_group(self):
        """The group planned for it stays Inventory's (the transfers are Sales' salesmen's)."""
        self.order.action_confirm()
        self.assertTrue(self.order.procurement_group_id)
        self.authenticate(self.agent.login, PASSWORD)
        group = self.order.procurement_group_id
        with mute_logger(*REFUSALS), self.assertRaises(JsonRpcException):
            self.call("procurement.group", "read", [group.ids, ["name"]])
        with mute_logger(*REFUSALS), self.assertRaises(JsonRpcException):
            self.call("procurement.group", "create", [{"name": "GB the agent's own"}])

    def test_an_employee_plans_as_itself(self):
        """Internal users are left to Odoo: the procurement group is theirs."""
        employee = self.env["res.users"].create(
            {"name": "GB stock employee", "login": "gb_stock_employee",
             "groups_id": [(6, 0, self.env.ref("sales_team.group_sale_salesman").ids)]}
        )  # fmt: skip
        self.order.user_id = employee
        self.order.with_user(employee).action_confirm()
        self.assertEqual(self.order.procurement_group_id.create_uid, employee)
