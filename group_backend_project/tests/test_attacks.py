# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The Project collaborator under attack, beside a portal user: a write right given for stage
moves opens nothing else, and the people of its projects are names only."""

import logging

from odoo.fields import Command
from odoo.tests import new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.group_backend.tests.attacks import FINGERPRINT, SECRET, Attack, Attacker
from odoo.addons.group_backend.tests.test_http import PASSWORD, REFUSAL_LOGGERS, HttpUsersCase

from .common import ProjectScene

_logger = logging.getLogger(__name__)

# What else the attacks aim at: followers, tasks and their time.
PROJECT_FINGERPRINT = {
    **FINGERPRINT,
    "mail_followers": "res_model, res_id, partner_id",
    "project_task": "id, name, stage_id, project_id, partner_id",
    "project_task_user_rel": "*",
    "account_analytic_line": "id, task_id, project_id, employee_id, unit_amount",
}
# The contexts that add contact details to people's names.
DETAILS = {"show_email": 1, "show_address": 1, "show_vat": 1, "partner_show_db_id": 1,
           "address_inline": 1}  # fmt: skip


class ProfileAttacks(Attacker, ProjectScene, HttpUsersCase):
    """A profile's attacks, sent as its user and as the portal user (a test mixin).

    The scene's people hold secret contact details: Ian (a coworker), the customer of
    the followed project's task, a partner of nothing.
    """

    fingerprint_tables = PROJECT_FINGERPRINT
    profile = "group_backend_project.group_project_collaborator"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.create_project_scene(cls.profile)
        cls.attacker = cls.colin
        for partner in (cls.ian.partner_id, cls.customer):
            partner.write({"email": f"{SECRET}.{partner.id}@example.com",
                           "street": f"{SECRET} street", "phone": "+32 2 555 09 09"})  # fmt: skip
        cls.outsider = cls.env["res.partner"].create(
            {"name": "Outsider", "email": f"{SECRET}.outsider@example.com"}
        )
        cls.dora = new_test_user(cls.env, "gb_dora", groups="base.group_user", name="Dora")
        cls.team_channel.add_members(partner_ids=cls.dora.partner_id.ids)
        cls.ian_message = cls.probe.with_user(cls.ian).message_post(
            body="Ian's message", message_type="comment", subtype_xmlid="mail.mt_comment"
        )

    def secret_of(self, user, transport):
        return user.login if user == self.colin else PASSWORD

    def attack_all(self, attacks):
        """Send ``attacks`` as the profile's user, then as the portal user: all refused,
        nothing changed."""
        before = self.fingerprint()
        for me in (self.colin, self.portal):
            self.authenticate(me.login, self.secret_of(me, "web"))
            with mute_logger(*REFUSAL_LOGGERS, "odoo.addons.base.controllers.rpc"):
                for attack in attacks:
                    with self.subTest(user=me.login, attack=attack.what):
                        outcome, value = self.send(attack, me)
                        if me == self.portal and outcome == "error":
                            self.assertIn("AccessError", value)  # refused outright
                            continue
                        self.assertRefused(attack, outcome, value)
        self.assertEqual(self.fingerprint(), before)
        return len(attacks)

    def people_attacks(self):
        """The people of the followed project, as names only, whatever is asked."""
        probe, ian, customer = self.probe, self.ian, self.customer
        task = [("id", "=", probe.id)]
        return [
            Attack("the customer's details through the task's name of it", "web",
                   "project.task", "read", [probe.ids, ["partner_id"]], {"context": DETAILS},
                   "lacks"),
            Attack("the customer's details in a list of tasks", "web", "project.task",
                   "web_search_read", [task],
                   {"specification": {"partner_id": {"fields": {"display_name": {}}},
                                      "user_ids": {"fields": {"display_name": {}}}},
                    "context": DETAILS}, "lacks"),
            Attack("a coworker read whole", "web", "res.partner", "read",
                   [ian.partner_id.ids, ["display_name", "email", "street", "phone"]],
                   {"context": DETAILS}, "withheld"),
            Attack("people searched by name with their details", "web", "res.partner",
                   "name_search", [], {"name": "Ian", "context": DETAILS}, "lacks"),
            Attack("users searched by name with their details", "web", "res.users",
                   "name_search", [], {"name": "Ian", "context": DETAILS}, "lacks"),
            Attack("a coworker's login a character at a time", "web", "res.users", "search",
                   [[("login", "=like", f"{ian.login[:-1]}%")]], {}, "empty"),
            Attack("coworkers found by their e-mail", "web", "res.partner", "search",
                   [[("email", "=ilike", ian.partner_id.email)]], {}, "empty"),
            Attack("the task found by its customer's e-mail", "web", "project.task", "search",
                   [[("partner_id.email", "=ilike", customer.email)]], {}, "empty"),
            Attack("the senders' addresses of the task's messages", "web", "mail.message",
                   "search_read", [[("model", "=", "project.task"), ("res_id", "=", probe.id)]],
                   {"fields": ["email_from", "reply_to", "author_id"], "context": DETAILS},
                   "lacks"),
            Attack("the task's chatter, as the web client loads it", "json",
                   "/mail/thread/messages", "POST",
                   {"thread_model": "project.task", "thread_id": probe.id}, {}, "lacks"),
            Attack("the task's followers, as the chatter loads them", "json",
                   "/mail/thread/data", "POST",
                   {"thread_model": "project.task", "thread_id": probe.id,
                    "request_list": ["followers", "suggestedRecipients", "activities"]},
                   {}, "lacks"),
            Attack("the team channel's members", "web", "discuss.channel.member", "search_read",
                   [[("channel_id", "=", self.team_channel.id)]],
                   {"fields": ["partner_id"], "context": DETAILS}, "lacks"),
        ]  # fmt: skip

    def following_attacks(self):
        """Subscribing others makes them coworkers, hence readable: itself only."""
        probe, ian, customer = self.probe, self.ian, self.customer
        return [
            Attack("the customer made a follower of a task", "web", "project.task",
                   "message_subscribe", [probe.ids], {"partner_ids": customer.ids}, "error"),
            Attack("an outsider made a follower of a task", "web", "project.task",
                   "message_subscribe", [probe.ids],
                   {"partner_ids": [self.colin.partner_id.id, self.outsider.id]}, "error"),
            Attack("a coworker unfollowed from a task", "web", "project.task",
                   "message_unsubscribe", [probe.ids], {"partner_ids": ian.partner_id.ids},
                   "error"),
            Attack("the customer made a follower of the project", "web", "project.project",
                   "message_subscribe", [self.apollo.ids], {"partner_ids": customer.ids},
                   "error"),
            Attack("someone assigned to a task", "web", "project.task", "write",
                   [probe.ids, {"user_ids": [Command.link(self.dora.id)]}], {}, "error"),
            Attack("the task's customer changed", "web", "project.task", "write",
                   [probe.ids, {"partner_id": self.outsider.id}], {}, "error"),
        ]  # fmt: skip


@tagged("post_install", "-at_install")
class TestProjectCollaboratorAttacks(ProfileAttacks):
    def test_attacks_fail_and_change_nothing(self):
        count = self.attack_all(self.people_attacks() + self.following_attacks())
        _logger.info(
            "group_backend attack table: %s attempts as a Project collaborator and as a "
            "portal user, all refused, nothing changed",
            count,
        )

    def test_following_itself_still_works(self):
        """It follows and unfollows the task itself, as the chatter's Follow button does."""
        task = self.probe.with_user(self.colin)
        task.message_unsubscribe(partner_ids=self.colin.partner_id.ids)
        self.assertNotIn(self.colin.partner_id, self.probe.message_partner_ids)
        task.message_subscribe(partner_ids=self.colin.partner_id.ids)
        self.assertIn(self.colin.partner_id, self.probe.message_partner_ids)

    def test_the_invitation_wizard_adds_no_follower(self):
        """ "Add Followers" (hidden from backend users) refuses, over RPC too."""
        from odoo.exceptions import AccessError

        invitation = (
            self.env["mail.wizard.invite"]
            .with_user(self.colin)
            .create(
                {"res_model": "project.task", "res_id": self.probe.id,
                 "partner_ids": [Command.set(self.dora.partner_id.ids)]}
            )
        )  # fmt: skip
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
            invitation.add_followers()
        self.assertNotIn(self.dora.partner_id, self.probe.message_partner_ids)

    def test_message_to_a_coworker_subscribes_nobody(self):
        """Posting to a coworker, as the web client does for whoever may write the task,
        sends it the message and subscribes nobody."""
        followers = self.probe.message_partner_ids
        self.authenticate(self.colin.login, self.colin.login)
        self.make_jsonrpc_request(
            "/mail/message/post",
            {
                "thread_model": "project.task",
                "thread_id": self.probe.id,
                "post_data": {
                    "body": "For Dora", "message_type": "comment",
                    "subtype_xmlid": "mail.mt_comment", "partner_ids": self.dora.partner_id.ids,
                },
                "context": {"mail_post_autofollow": True},
            },
        )  # fmt: skip
        self.probe.invalidate_recordset()
        self.assertEqual(self.probe.message_partner_ids, followers)
        message = self.probe.message_ids[:1]
        self.assertEqual((message.author_id, message.partner_ids),
                         (self.colin.partner_id, self.dora.partner_id))  # fmt: skip
