# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The assistant makes CRM's group ready: checked and fixed (the common apps' database)."""

import unittest

from lxml import etree

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import TransactionCase, new_test_user, tagged

from ..models.res_groups_check import _spec
from .common import BACKEND_UI

SALESMAN = "sales_team.group_sale_salesman"


@tagged("post_install", "-at_install")
class TestGroupCheckCrm(TransactionCase):
    """Sales / User: Own Documents Only given to backend users with the assistant's defaults."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if cls.env["ir.module.module"]._get("crm").state != "installed":
            raise unittest.SkipTest("CRM is not installed: the common apps' database runs this")
        cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))
        cls.wizard = cls.env["group_backend.app.access.wizard"].create(
            {"source_group_id": cls.env.ref(SALESMAN).id}
        )
        cls.wizard.action_create()
        cls.group = cls.wizard.group_id
        cls.agent = new_test_user(cls.env, "gb_check_agent", groups=BACKEND_UI)
        cls.agent.groups_id = [Command.link(cls.group.id)]
        cls.other = new_test_user(cls.env, "gb_check_other", groups=SALESMAN)
        cls.customer = cls.env["res.partner"].create(
            {"name": "The agent's customer", "email": "customer@example.com"}
        )
        leads = cls.env["crm.lead"].with_context(tracking_disable=True)
        cls.lead = leads.create(
            {"name": "The agent's deal", "type": "opportunity", "user_id": cls.agent.id,
             "partner_id": cls.customer.id}
        )  # fmt: skip
        cls.others_lead = leads.create(
            {"name": "Another's deal", "type": "opportunity", "user_id": cls.other.id}
        )

    def test_make_the_group_checks_and_fixes_it(self):
        check = self.wizard.check_id
        self.assertTrue(check.fixed_count)
        rights = self.env["ir.model.access"].search([("group_id", "=", self.group.id)])
        self.assertIn("crm.stage", rights.filtered("perm_read").model_id.mapped("model"))
        pipeline = self.env.ref("crm.action_your_pipeline")
        self.assertIn(self.group, pipeline.groups_id)
        rules = self.env["ir.rule"].search([("groups", "=", self.group.id)])
        partner_rules = rules.filtered(lambda rule: rule.model_id.model == "res.partner")
        self.assertEqual(partner_rules.groups, self.group)  # its own, none widened
        self.assertNotIn("(1, '=', 1)", partner_rules.domain_force)
        # the quotation's products: every one, as an internal salesman reads them (no rule of
        # Sales limits them), by a rule of the group's; the backend types' stays as it was
        product_rules = rules.filtered(lambda rule: rule.model_id.model == "product.template")
        self.assertEqual(product_rules.mapped("domain_force"), ["[(1, '=', 1)]"])
        self.assertEqual(product_rules.groups, self.group)

    def test_second_check_finds_nothing(self):
        check = self.wizard.check_id
        check.action_check()
        self.assertFalse(check.line_ids, check.line_ids.mapped("message"))

    def test_agent_reads_its_pipeline_and_customer(self):
        leads = self.env["crm.lead"].with_user(self.agent)
        views = leads.get_views([(False, "kanban"), (False, "form")])["views"]
        kanban = _spec(leads, etree.fromstring(views["kanban"]["arch"]))
        refused = {name for name in kanban if not self.readable(leads, name)}
        self.assertLessEqual(refused, {"activity_state"})  # the views' own (see above)
        kanban = {name: spec for name, spec in kanban.items() if name not in refused}
        found = leads.web_search_read([("type", "=", "opportunity")], kanban, limit=40)
        self.assertEqual([record["id"] for record in found["records"]], self.lead.ids)
        form = _spec(leads, etree.fromstring(views["form"]["arch"]))
        form = {name: spec for name, spec in form.items() if self.readable(leads, name)}
        [values] = self.lead.with_user(self.agent).web_read(form)
        self.assertEqual(values["partner_id"]["display_name"], self.customer.name)
        self.customer.with_user(self.agent).read(["name"])
        with self.assertRaises(AccessError):
            self.others_lead.with_user(self.agent).read(["name"])

    def readable(self, model, name):
        """Whether the user of ``model`` may read its field ``name``."""
        try:
            model.check_field_access_rights("read", [name])
        except AccessError:
            return False
        return True
