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
        """A condition beyond the card finds the user's own record only, whatever the path."""
        email, login = "colleague@example.com", self.internal.login
        searches = {
            "res.partner": [
                [("email", "=", email)], [("email", "=like", "colleague%")],
                [("phone", "ilike", "555")], [("user_ids.login", "=like", f"{login[:3]}%")],
                [("user_ids", "any", [("login", "=", login)])], ["!", ("email", "!=", email)],
                ["|", ("id", "=", 0), ("email", "ilike", "colleague")],
            ],
            "res.users": [
                [("login", "=", login)], [("login", "=like", f"{login[:3]}%")],
                [("email", "=", email)], [("partner_id.email", "=", email)],
                [("partner_id", "any", [("phone", "ilike", "555")])],
            ],
        }  # fmt: skip
        for model, domains in searches.items():
            colleague = self.internal.partner_id if model == "res.partner" else self.internal
            for domain in domains:
                with self.subTest(model=model, domain=domain):
                    self.assertIn(colleague, self.as_member(model).search([]))
                    self.assertNotIn(colleague, self.as_member(model).search(domain))
                    self.assertIn(colleague, self.env[model].search(domain), "as superuser")
        own = self.as_member("res.users").search([("login", "=", self.member.login)])
        self.assertEqual(own, self.member, "its own login finds itself")

    def test_no_search_of_people_by_contact_details_from_other_models(self):
        """A path from another model to people's details: as if searched on them directly."""
        message = self.channel.with_user(self.internal).message_post(
            body="From the colleague", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        messages = self.as_member("mail.message")
        self.assertIn(message, messages.search([("author_id", "=", self.internal.partner_id.id)]))
        for domain in (
            [("author_id.email", "=", "colleague@example.com")],
            [("author_id.user_ids.login", "=", self.internal.login)],
            [("author_id", "any", [("phone", "ilike", "555")])],
            [("email_from", "ilike", "colleague")],
        ):
            with self.subTest(domain=domain):
                self.assertNotIn(message, messages.search(domain))

    def test_people_sorted_and_grouped_by_their_card_only(self):
        users = self.as_member("res.users")
        by_name = users.search([], order="name")
        self.assertEqual(users.search([], order="login desc, email"), users.search([]))
        self.assertEqual(users.search([], order="login desc, name"), by_name)
        for groupby in (["email"], ["country_id"], ["login"]):
            with self.subTest(groupby=groupby), self.assertRaises(AccessError):
                self.as_member("res.partner" if groupby != ["login"] else "res.users").read_group(
                    [], ["id"], groupby
                )
        groups = self.as_member("res.partner").read_group([], ["id"], ["company_id"])
        self.assertTrue(groups)

    def test_no_export_of_contact_details(self):
        self.member.groups_id = [Command.link(self.env.ref("base.group_allow_export").id)]
        colleague = self.as_member("res.partner").browse(self.internal.partner_id.id)
        self.assertEqual(colleague.export_data(["name"])["datas"], [[self.internal.name]])
        with self.assertRaises(AccessError):
            colleague.export_data(["email"])
        own = self.as_member("res.partner").browse(self.member.partner_id.id)
        self.assertEqual(own.export_data(["email"])["datas"], [[self.member.email or ""]])

    def test_display_name_adds_no_contact_details(self):
        """The contexts that add e-mails, addresses, tax ids to names add nothing of others."""
        self.internal.partner_id.write({"street": "Rue du Secret 1", "vat": "BE0477472701"})
        keys = {"show_email": 1, "show_address": 1, "show_vat": 1, "partner_show_db_id": 1,
                "address_inline": 1}  # fmt: skip
        colleague = self.internal.partner_id
        partners = self.as_member("res.partner").with_context(**keys)
        read = partners.browse(colleague.id).read(["display_name"])
        for label, names in (
            ("read", [values["display_name"] for values in read]),
            ("name_search", [name for _id, name in partners.name_search("Colleague")]),
            ("many2one", [self.as_member("res.users").with_context(**keys).browse(
                self.internal.id).read(["partner_id"])[0]["partner_id"][1]]),
            ("web_read", [r["partner_id"]["display_name"] for r in self.as_member("res.users")
                          .with_context(**keys).browse(self.internal.id)
                          .web_read({"partner_id": {"fields": {"display_name": {}}}})]),
            ("channel member", [m["partner_id"][1] for m in self.as_member(
                "discuss.channel.member").with_context(**keys).search_read(
                [("channel_id", "=", self.channel.id), ("partner_id", "=", colleague.id)],
                ["partner_id"])]),
        ):  # fmt: skip
            with self.subTest(label):
                self.assertEqual(names, ["Colleague"])
        own = partners.browse(self.member.partner_id.id).display_name
        self.assertIn(f"({self.member.partner_id.id})", own, "its own name shows what it asks")
        employee = colleague.with_user(self.internal).with_context(**keys).display_name
        self.assertIn("colleague@example.com", employee, "employees get what they ask")

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
