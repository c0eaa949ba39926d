# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Backend users read other people as names and avatars, never how to reach them."""

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import BACKEND_UI, UserTypesCase

REFUSALS = ("odoo.addons.base.models.ir_rule", "odoo.addons.base.models.ir_model", "odoo.models")


@tagged("post_install", "-at_install")
class TestPeople(UserTypesCase):
    """An administrator's group shows its backend users their coworkers, as the profiles do."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env
        team = env["res.groups"].create(
            {"name": "Team", "implied_ids": [Command.link(env.ref(BACKEND_UI).id)]}
        )
        for model, domain in (
            ("base.model_res_partner", "[('is_backend_coworker', '=', True)]"),
            ("base.model_res_users", "[('partner_id.is_backend_coworker', '=', True)]"),
        ):
            env["ir.rule"].create(
                {"name": "Team: coworkers", "model_id": env.ref(model).id,
                 "domain_force": domain, "groups": [Command.link(team.id)]}
            )  # fmt: skip
        cls.member = cls.new_user("gb_people_member", "base.group_user")
        cls.member.groups_id = [Command.set(team.ids)]
        cls.internal.write(
            {"name": "Colleague", "email": "colleague@example.com", "phone": "+32 2 555 03 03"}
        )
        cls.channel = env["discuss.channel"].create({"name": "team", "channel_type": "channel"})
        cls.channel.add_members(partner_ids=(cls.member | cls.internal).partner_id.ids)
        cls.stranger = env["res.partner"].create({"name": "Stranger", "email": "s@example.com"})

    def as_member(self, model):
        return self.env[model].with_user(self.member)

    def test_coworkers_are_found(self):
        partners = self.as_member("res.partner")
        self.assertIn(
            self.internal.partner_id, partners.search([("is_backend_coworker", "=", True)])
        )
        self.assertNotIn(self.stranger, partners.search([]))
        others = partners.search([("is_backend_coworker", "!=", True)])
        self.assertIn(self.member.partner_id, others)
        self.assertNotIn(self.internal.partner_id, others)
        self.assertTrue(self.internal.partner_id.with_user(self.member).is_backend_coworker)
        with self.assertRaises(NotImplementedError):
            partners.search([("is_backend_coworker", "in", [True])])

    def test_coworkers_are_names_and_avatars(self):
        colleague = self.as_member("res.users").browse(self.internal.id)
        values = colleague.read(["name", "email", "phone", "login", "avatar_128"])[0]
        self.assertEqual(values["name"], self.internal.name)
        self.assertTrue(values["avatar_128"])
        self.assertEqual((values["email"], values["phone"], values["login"]), (False,) * 3)
        partner = colleague.partner_id.read(["display_name", "email", "street"])[0]
        self.assertEqual((partner["email"], partner["street"]), (False, False))
        self.assertEqual(partner["display_name"], self.internal.partner_id.display_name)

    def test_own_details_stay_readable(self):
        own = self.as_member("res.users").browse(self.member.id).read(["login", "email"])[0]
        self.assertEqual(own["login"], self.member.login)

    def test_no_search_by_contact_details(self):
        for model in ("res.partner", "res.users"):
            with self.subTest(model=model), mute_logger(*REFUSALS), self.assertRaises(AccessError):
                self.as_member(model).search([("email", "=", "colleague@example.com")])

    def test_found_by_name_not_by_address(self):
        """Name searches (many2one pickers) match names, not e-mails or logins."""
        for model, record in (
            ("res.partner", self.internal.partner_id),
            ("res.users", self.internal),
        ):
            with self.subTest(model=model):
                people = self.as_member(model)
                self.assertIn(record, people.search([("display_name", "ilike", record.name)]))
                for clue in ("colleague@example.com", self.internal.login):
                    self.assertNotIn(record, people.search([("display_name", "ilike", clue)]))

    def test_no_chatter_of_coworkers(self):
        """A coworker's contact is readable; its chatter is not."""
        message = self.internal.partner_id.message_post(
            body="About the colleague", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        messages = self.as_member("mail.message")
        self.assertNotIn(message, messages.search([("model", "=", "res.partner")]))
        with mute_logger(*REFUSALS), self.assertRaises(AccessError):
            message.with_user(self.member).read(["body"])

    def test_employees_read_people_whole(self):
        values = self.internal.partner_id.with_user(self.internal).read(["email"])[0]
        self.assertEqual(values["email"], "colleague@example.com")
