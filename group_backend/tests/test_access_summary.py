# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What a backend user, or a group, can see: read from the live rights and rules."""

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import Form, new_test_user, tagged
from odoo.tools import mute_logger

from .common import BACKEND_UI, UserTypesCase

MODES = ("read", "write", "create", "unlink")


@tagged("post_install", "-at_install")
class TestAccessSummary(UserTypesCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        cls.admin = new_test_user(
            env, "gb_summary_admin", groups="base.group_user,base.group_erp_manager"
        )
        category = env["ir.module.category"].create({"name": "Tagging"})
        cls.tagger = env["res.groups"].create(
            {
                "name": "Tagger",
                "category_id": category.id,
                "implied_ids": [Command.link(env.ref(BACKEND_UI).id)],
            }
        )
        tags = env["ir.model"]._get("res.partner.category")
        env["ir.model.access"].create(
            {"name": "Taggers read and tag", "model_id": tags.id, "group_id": cls.tagger.id,
             "perm_read": True, "perm_write": True}
        )  # fmt: skip
        cls.tag_rule = env["ir.rule"].create(
            {"name": "Taggers: plain tags", "model_id": tags.id,
             "groups": [Command.link(cls.tagger.id)],
             "domain_force": "[('name', 'not ilike', 'secret')]"}
        )  # fmt: skip
        cls.global_tag_rule = env["ir.rule"].create(
            {"name": "Everybody: active tags", "model_id": tags.id,
             "domain_force": "[('active', '=', True)]", "perm_read": False}
        )  # fmt: skip
        cls.backend_ui.groups_id = [Command.link(cls.tagger.id)]

    def summary(self, groups):
        """The summary's operations by model name, and its rules by model name."""
        entries = self.env["group_backend.access.summary"]._summary(groups)
        return (
            {entry["model"].model: entry["perms"] for entry in entries},
            {entry["model"].model: entry["rules"] for entry in entries},
        )

    def test_user_summary_lists_exactly_its_rights_and_rules(self):
        for user in (self.backend_ui, self.backend):
            with self.subTest(user=user.login):
                perms, rules = self.summary(user.groups_id)
                access = self.env["ir.model.access"].with_user(user)
                for mode in MODES:
                    listed = {model for model, ops in perms.items() if mode in ops}
                    self.assertEqual(listed, set(access._get_allowed_models(mode)), mode)
                    for model, model_rules in rules.items():
                        applying = self.env["ir.rule"].with_user(user)._get_rules(model, mode)
                        self.assertEqual(
                            model_rules.filtered(f"perm_{mode}"), applying.sudo(), (model, mode)
                        )

    def test_user_form_shows_the_summary(self):
        user = self.backend_ui.with_user(self.admin)
        html = str(user.backend_access_summary)
        self.assertIn("Partner Tags", html)
        self.assertIn("res.partner.category", html)
        self.assertIn("Tagging / Tagger", html)
        self.assertIn("[(&#39;name&#39;, &#39;not ilike&#39;, &#39;secret&#39;)]", html)
        self.assertIn("Everybody: active tags</b> <span class='badge text-bg-warning'>global", html)
        self.assertNotIn("Internal notes", html)  # a model no group of the user is granted
        form = Form(user, view="base.view_users_form")
        self.assertFalse(form._get_modifier("backend_access_summary", "invisible"))
        self.assertFalse(self.internal.with_user(self.admin).backend_access_summary)
        self.assertTrue(self.backend.with_user(self.admin).backend_access_summary)

    def test_group_summary_lists_exactly_its_rights(self):
        perms, rules = self.summary(self.tagger | self.tagger.trans_implied_ids)
        rights = self.env["ir.model.access"].search(
            ["|", ("group_id", "in", (self.tagger | self.tagger.trans_implied_ids).ids),
             ("group_id", "=", False)]
        )  # fmt: skip
        expected = {}
        for right in rights:
            ops = {mode for mode in MODES if right[f"perm_{mode}"]}
            if ops:
                expected.setdefault(right.model_id.model, set()).update(ops)
        self.assertEqual(perms, expected)
        self.assertEqual(perms["res.partner.category"], {"read", "write"})
        self.assertEqual(rules["res.partner.category"], self.tag_rule | self.global_tag_rule)
        html = str(self.tagger.with_user(self.admin).access_summary)
        self.assertIn("Taggers: plain tags", html)
        self.assertIn("Backend UI users: own partner", html)  # from the implied user type

    def test_empty_group_is_granted_nothing(self):
        empty = self.env["res.groups"].create({"name": "Nothing yet"})
        self.assertIn("granted nothing", str(empty.with_user(self.admin).access_summary))

    def test_summary_is_for_administrators(self):
        for user in (self.backend_ui, self.internal):
            with (
                self.subTest(user=user.login),
                mute_logger("odoo.models"),
                self.assertRaises(AccessError),
            ):
                user.with_user(user).read(["backend_access_summary"])

    def test_summary_is_cheap_for_one_user_form(self):
        user = self.backend_ui.with_user(self.admin)
        self.assertTrue(user.backend_access_summary)  # caches warm, as for a form's next read
        self.env.invalidate_all()
        with self.assertQueryCount(12):  # whatever the number of models and rules
            self.assertTrue(user.backend_access_summary)
