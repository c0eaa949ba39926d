# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The coworkers PostgreSQL finds are those the ORM finds: nothing more, nothing less."""

from odoo.fields import Command
from odoo.tests import TransactionCase, new_test_user, tagged

from .common import COLLABORATOR


def coworkers_by_the_orm(env):
    """The people the current user of ``env`` works with, found by loading records (as the
    addon did before PostgreSQL did it): the members of its channels; the followers and
    managers of the projects it follows, the followers and assignees of their tasks."""
    me = env.user.partner_id
    members = (
        env["discuss.channel.member"]
        .sudo()
        .search(
            [
                ("channel_id.channel_member_ids.partner_id", "=", me.id),
                ("partner_id", "!=", False),
                ("partner_id", "!=", me.id),
            ]
        )
    )
    projects = env["project.project"].sudo().search([("message_partner_ids", "in", me.ids)])
    tasks = env["project.task"].sudo().search([("project_id", "in", projects.ids)])
    people = (
        projects.message_partner_ids
        | projects.user_id.partner_id
        | tasks.message_partner_ids
        | tasks.user_ids.partner_id
    )
    return members.partner_id | (people - me)


@tagged("post_install", "-at_install")
class TestCoworkers(TransactionCase):
    """Colin, a collaborator, follows Apollo and Ceres (archived), not Borealis; a witness
    for each way people work together, and for each way they do not."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        env = cls.env = cls.env(context=dict(cls.env.context, no_reset_password=True))

        def users(*logins, groups="project.group_project_user"):
            return [new_test_user(env, f"gb_cw_{login}", groups=groups, name=login)
                    for login in logins]  # fmt: skip

        def partners(*names):
            return [env["res.partner"].create({"name": name}) for name in names]

        (cls.colin,) = users("colin", groups=COLLABORATOR)
        (cls.manager, cls.fan, cls.assignee, cls.gone, cls.member, cls.quiet, cls.late,
         cls.oldie, cls.stranger, cls.outsider) = users(
            "manager", "fan", "assignee", "gone", "member", "quiet", "late", "oldie",
            "stranger", "outsider",
        )  # fmt: skip
        cls.customer, cls.ghost, cls.lurker = partners("customer", "ghost", "lurker")
        cls.apollo, cls.borealis, cls.ceres = env["project.project"].create(
            [{"name": name, "user_id": manager.id}
             for name, manager in (("Apollo", cls.manager), ("Borealis", cls.outsider),
                                   ("Ceres", cls.stranger))]
        )  # fmt: skip
        cls.apollo.message_subscribe((cls.colin | cls.fan).partner_id.ids + cls.ghost.ids)
        cls.ceres.message_subscribe(cls.colin.partner_id.ids)
        cls.borealis.message_subscribe(cls.outsider.partner_id.ids)
        cls.probe, cls.archived_task, _secret, _old = env["project.task"].create(
            [{"name": name, "project_id": project.id, "user_ids": [Command.set(assignees.ids)]}
             for name, project, assignees in (
                 ("probe", cls.apollo, cls.assignee | cls.gone | cls.colin),
                 ("archived task", cls.apollo, cls.late),
                 ("secret", cls.borealis, cls.outsider),
                 ("old", cls.ceres, cls.oldie))]
        )  # fmt: skip
        cls.probe.message_subscribe(cls.customer.ids)
        cls.archived_task.message_subscribe(cls.lurker.ids)
        team, other, archived = env["discuss.channel"].create(
            [{"name": name, "channel_type": "channel"} for name in ("team", "other", "archived")]
        )
        for channel, members in ((team, cls.colin | cls.member), (other, cls.outsider | cls.member),
                                 (archived, cls.colin | cls.quiet)):  # fmt: skip
            channel.channel_member_ids.unlink()  # the creator
            channel.add_members(partner_ids=members.partner_id.ids)
        for record in (cls.archived_task, cls.ceres, archived, cls.ghost, cls.gone):
            record.action_archive()
        cls.scene = (
            env["res.partner"]
            .with_context(active_test=False)
            .search([("id", "not in", cls.env.company.partner_id.ids)])
        )

    def as_colin(self, active_test=True):
        return self.env(user=self.colin, context=dict(self.env.context, active_test=active_test))

    def test_the_orm_and_postgresql_find_the_same_coworkers(self):
        """Channels, followed projects, archived ones as active_test says, never itself."""
        for active_test in (True, False):
            with self.subTest(active_test=active_test):
                env = self.as_colin(active_test)
                expected = coworkers_by_the_orm(env)
                partners = env["res.partner"]
                self.assertEqual(partners._backend_contacts(), expected)
                found = partners.sudo().search([("is_backend_coworker", "=", True)])
                # the search itself leaves archived people out, or not, as active_test says
                self.assertEqual(
                    found, expected if not active_test else expected.filtered("active")
                )
                scene = partners.sudo().search([("id", "in", self.scene.ids)])
                others = partners.sudo().search(
                    [("is_backend_coworker", "!=", True), ("id", "in", self.scene.ids)]
                )
                self.assertEqual(others, scene - found)
                self.scene.invalidate_recordset(["is_backend_coworker"])  # cached by user only
                computed = self.scene.with_env(env).filtered("is_backend_coworker")
                self.assertEqual(computed, expected & self.scene)
                self.assertEqual(
                    env["res.users"]._backend_coworker_ids(),
                    sorted(expected.with_context(active_test=False).user_ids.ids),
                )

    def test_who_the_coworkers_are(self):
        """The scene says who is in: the test above does not only compare two ways."""
        witnesses = self.colin.partner_id | self.customer | self.ghost | self.lurker | (
            self.manager | self.fan | self.assignee | self.gone | self.member | self.quiet
            | self.late | self.oldie | self.stranger | self.outsider
        ).partner_id  # fmt: skip
        people = self.as_colin()["res.partner"]._backend_contacts() & witnesses
        expected = self.manager | self.fan | self.assignee | self.gone | self.member | self.quiet
        self.assertEqual(people, expected.partner_id | self.customer)
        archived = self.as_colin(active_test=False)["res.partner"]._backend_contacts()
        archived = (archived & witnesses) - people
        expected = (self.late | self.oldie | self.stranger).partner_id | self.ghost | self.lurker
        self.assertEqual(archived, expected, "archived projects, tasks and followers")
        self.assertNotIn(self.colin.partner_id, people | archived)
        self.assertNotIn(self.outsider.partner_id, people | archived)

    def test_the_rules_use_them(self):
        """The collaborator reads its coworkers' partners and users, and no one else."""
        env = self.as_colin()
        partners = env["res.partner"].search([("id", "in", self.scene.ids)])
        expected = coworkers_by_the_orm(env).filtered("active") | self.colin.partner_id
        self.assertEqual(partners, expected)
        # the users' rule looks through partner_id, which the ORM searches archived records
        # and all: there, archived projects and tasks count (as they did when loaded)
        users = env["res.users"].with_context(active_test=False).search([])
        self.assertEqual(
            users & self.scene.user_ids,
            self.colin | coworkers_by_the_orm(self.as_colin(False)).user_ids,
        )
        self.assertIn(self.late, users, "assigned to an archived task")
        self.assertNotIn(self.outsider, users)

    def test_found_once_a_transaction(self):
        """The coworkers are found at most once a transaction, whatever the tasks: the search
        is then one query; found again after a change, with a hundred tasks more."""
        partners = self.as_colin()["res.partner"].sudo()
        before = partners.search([("is_backend_coworker", "=", True)])
        with self.assertQueryCount(1):
            self.assertEqual(partners.search([("is_backend_coworker", "=", True)]), before)
        with self.assertQueryCount(0):
            self.assertEqual(partners._backend_contacts(), before)
        self.env["project.task"].create(
            [{"name": f"more {i}", "project_id": self.apollo.id,
              "user_ids": [Command.set(self.assignee.ids)]} for i in range(100)]
        )  # fmt: skip
        self.env.flush_all()
        with self.assertQueryCount(2):  # found again, then the search
            after = partners.search([("is_backend_coworker", "=", True)])
        self.assertEqual(after, before)
        with self.assertQueryCount(1):
            partners.search([("is_backend_coworker", "=", True)])

    def test_a_change_shows_at_once(self):
        """A follower added in the transaction is a coworker at the next search, and an
        assignee removed is not: nothing is kept from one search to the next."""
        partners = self.as_colin()["res.partner"].sudo()

        def coworkers():
            return partners.search([("is_backend_coworker", "=", True)])

        self.assertNotIn(self.outsider.partner_id, coworkers())
        self.apollo.message_subscribe(self.outsider.partner_id.ids)
        self.assertIn(self.outsider.partner_id, coworkers())
        self.probe.user_ids -= self.assignee
        self.probe.message_unsubscribe(self.assignee.partner_id.ids)
        self.assertNotIn(self.assignee.partner_id, coworkers())
