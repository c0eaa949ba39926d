# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Coworkers found once are kept between transactions, until a change PostgreSQL notes.

Each transaction here is a cursor of its own on the demo data (committed), rolled back.
"""

from contextlib import contextmanager

from odoo import SUPERUSER_ID, api
from odoo.tests import TransactionCase, tagged
from odoo.tools import SQL


@tagged("post_install", "-at_install")
class TestCoworkersKept(TransactionCase):
    @contextmanager
    def transaction(self, login="internal"):
        """The environment of the demo user ``login`` in a transaction of its own."""
        with self.registry.cursor() as cr:
            uid = api.Environment(cr, SUPERUSER_ID, {})["res.users"].search([("login", "=", login)])
            try:
                yield api.Environment(cr, uid.id, {})
            finally:
                cr.rollback()

    def coworkers(self, env):
        return env["res.partner"]._backend_coworker_ids_found()

    def queries(self, env, call):
        before = env.cr.sql_log_count
        result = call()
        return result, env.cr.sql_log_count - before

    def test_kept_until_a_change(self):
        with self.transaction() as env:
            first = self.coworkers(env)
            self.assertTrue(first, "the demo colleague shares #general")
        with self.transaction() as env:
            kept, queries = self.queries(env, lambda: self.coworkers(env))
            self.assertEqual((kept, queries), (first, 1), "checked, not found again")
            _again, queries = self.queries(env, lambda: self.coworkers(env))
            self.assertEqual(queries, 0, "once a transaction")
        with self.transaction() as env:
            # a change PostgreSQL notes (as another transaction's, committed, would be)
            env.cr.execute(
                SQL("INSERT INTO group_backend_people_change (xid) VALUES (txid_current())")
            )
            found, queries = self.queries(env, lambda: self.coworkers(env))
            # checked, then found again (the SELECT names the user's partner: read first)
            self.assertEqual((found, queries), (first, 3))
        with self.transaction() as env:
            self.assertEqual(self.queries(env, lambda: self.coworkers(env)), (first, 1))

    def test_own_changes_count_at_once(self):
        with self.transaction() as env:
            first = self.coworkers(env)
        with self.transaction() as env:
            self.assertEqual(self.coworkers(env), first)
            root = env(user=SUPERUSER_ID)
            newcomer = root["res.partner"].create({"name": "Newcomer"})
            channel = root.ref("mail.channel_all_employees")
            channel.add_members(partner_ids=newcomer.ids, post_joined_message=False)
            self.assertEqual(self.coworkers(env), first | {newcomer.id}, "the member who joined")
            changes = env.execute_query(
                SQL(
                    "SELECT count(*) FROM group_backend_people_change"
                    " WHERE xid = txid_current_if_assigned()"
                )
            )
            self.assertEqual(changes, [(1,)], "the trigger noted the transaction")
        with self.transaction() as env:
            self.assertEqual(self.coworkers(env), first, "rolled back: the ids kept are right")

    def test_their_users(self):
        with self.transaction() as env:
            partners = env["res.partner"].browse(self.coworkers(env))
            self.assertEqual(
                env["res.users"]._backend_coworker_ids(),
                sorted(partners.with_context(active_test=False).user_ids.ids),
            )

    def test_old_changes_forgotten(self):
        """The daily vacuum forgets changes older than a day, older than any ids kept."""
        self.env.cr.execute(
            SQL(
                """INSERT INTO group_backend_people_change (xid, changed_at)
                   VALUES (1, now() AT TIME ZONE 'UTC' - interval '2 days'),
                          (2, now() AT TIME ZONE 'UTC' - interval '1 hour')"""
            )
        )
        self.env["res.partner"]._gc_backend_people_changes()
        changes = self.env.execute_query(
            SQL("SELECT xid FROM group_backend_people_change WHERE xid IN (1, 2)")
        )
        self.assertEqual(changes, [(2,)])
