# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A backend user's refusals are recorded, once per group set, model and operation; granted."""

import json
import logging
import threading
import uuid
import xmlrpc.client

from odoo import sql_db
from odoo.exceptions import AccessError, UserError
from odoo.fields import Command
from odoo.tests import Form, new_test_user, tagged
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from ..models.group_backend_access_refusal import PENDING, record_refusals, upsert_refusal
from .attacks import XMLRPC_ACCESS_ERROR
from .common import BACKEND_UI, UserTypesCase
from .test_http import PASSWORD, REFUSAL_LOGGERS, HttpUsersCase

_logger = logging.getLogger(__name__)

REFUSALS = "group_backend.access.refusal"
RECORDING_LOGGER = "odoo.addons.group_backend.models.group_backend_access_refusal"
ACCESS_ERROR = "odoo.exceptions.AccessError"
# What a refusal holds: nothing of the refused record, not even the user.
COLUMNS = {"id", "group_key", "model_id", "operation", "refused_by", "refusal_count", "active",
           "first_date", "last_date", "granted_access_id", "granted_group_id", "action_id",
           "action_key",
           "create_uid", "create_date", "write_uid", "write_date"}  # fmt: skip


@tagged("post_install", "-at_install")
class TestAccessRefusals(HttpUsersCase):
    """Refusals of a Backend UI user over JSON-RPC, as the web client meets them."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        category = cls.env["ir.module.category"].create({"name": "Tagging"})
        cls.tagger = cls.env["res.groups"].create(
            {
                "name": "Tagger",
                "category_id": category.id,
                "implied_ids": [Command.link(cls.env.ref(BACKEND_UI).id)],
            }
        )
        cls.office_clerk = cls.env["res.groups"].create(
            {
                "name": "Office clerk",
                "category_id": category.id,
                "implied_ids": [Command.link(cls.env.ref("base.group_user").id)],
            }
        )
        cls.backend_ui.groups_id = [Command.link(cls.tagger.id)]
        cls.admin = new_test_user(
            cls.env, "gb_refusal_admin", groups="base.group_user,base.group_erp_manager"
        )
        cls.tag = cls.env["res.partner.category"].create({"name": "Secret tag"})

    def refused(self, model, method, args, kwargs=None):
        """Call as the authenticated user, and assert that it is refused as an access error.

        Not with assertRaises: Odoo's rolls the test's transaction back to before the
        request, and the refusal recorded in it with it.
        """
        try:
            with mute_logger(*REFUSAL_LOGGERS):
                self.call_kw(model, method, args, kwargs)
        except JsonRpcException as error:
            self.assertEqual(error.args[0], ACCESS_ERROR)
        else:
            self.fail(f"{method} on {model} was not refused")

    def refusals(self, user, model):
        """The refusals recorded for ``user``'s groups on ``model``, dismissed ones included."""
        self.env.invalidate_all()
        key = ",".join(map(str, sorted(user.groups_id.ids)))
        return (
            self.env[REFUSALS]
            .with_context(active_test=False)
            .search([("group_key", "=", key), ("model_id.model", "=", model)])
        )

    def test_refusal_recorded_once_counted_then_granted(self):
        self.authenticate(self.backend_ui.login, PASSWORD)
        read_tags = ("res.partner.category", "search_read", [[]], {"fields": ["name"]})
        self.refused(*read_tags)
        refusal = self.refusals(self.backend_ui, "res.partner.category")
        self.assertRecordValues(
            refusal,
            [{"operation": "read", "refused_by": "access", "refusal_count": 1, "active": True}],
        )
        self.assertEqual(refusal.group_ids, self.backend_ui.groups_id)
        self.refused(*read_tags)
        self.assertEqual(self.refusals(self.backend_ui, "res.partner.category"), refusal)
        self.assertEqual(refusal.refusal_count, 2)
        self.assertLessEqual(refusal.first_date, refusal.last_date)

        # the administrator grants it to the user's own application group, the default
        action = refusal.with_user(self.admin).action_grant()
        self.assertEqual(action["res_model"], "group_backend.access.grant.wizard")
        with Form(self.env[action["res_model"]].with_user(self.admin).with_context(
                **action["context"])) as form:  # fmt: skip
            self.assertEqual(form.group_id, self.tagger)
        form.record.action_grant()
        self.assertRecordValues(refusal, [{"active": False}])
        self.assertRecordValues(
            refusal.granted_access_id,
            [{"group_id": self.tagger.id, "perm_read": True, "perm_write": False,
              "perm_create": False, "perm_unlink": False,
              "name": "Tagger may read Partner Tags"}],
        )  # fmt: skip
        tags = self.call_kw(*read_tags)
        self.assertIn({"id": self.tag.id, "name": "Secret tag"}, tags)

    def test_refusal_over_the_external_api_recorded(self):
        """A plain Backend user of the API (XML-RPC): refused on its own cursor, recorded too."""
        args = [self.env.cr.dbname, self.backend.id, PASSWORD, "res.partner.category", "search"]
        for _attempt in range(2):
            try:  # not with assertRaises: see refused()
                with mute_logger(*REFUSAL_LOGGERS, "odoo.service.model"):
                    self.xmlrpc_object.execute_kw(*args, [[]])
            except xmlrpc.client.Fault as fault:
                self.assertEqual(fault.faultCode, XMLRPC_ACCESS_ERROR)
            else:
                self.fail("the search was not refused")
        refusal = self.refusals(self.backend, "res.partner.category")
        self.assertRecordValues(refusal, [{"operation": "read", "refusal_count": 2}])

    def test_action_refusal_recorded_then_granted_by_the_actions_groups(self):
        """A server action of employees (as crm's My Pipeline): refused, recorded, granted."""
        model = self.env["ir.model"]._get("res.partner.category")
        action = self.env["ir.actions.server"].create(
            {
                "name": "Tags: my pipeline",
                "model_id": model.id,
                "state": "code",
                "code": "action = {'type': 'ir.actions.act_window', "
                "'res_model': 'res.partner.category', 'views': [[False, 'list']]}",
                "groups_id": [Command.link(self.env.ref("base.group_user").id)],
            }
        )
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.refused("ir.actions.server", "run", [[action.id]])
        refusal = self.refusals(self.backend_ui, "res.partner.category")
        self.assertRecordValues(
            refusal,
            [{"operation": "run", "refused_by": "action", "action_id": action.id,
              "action_key": action.id, "refusal_count": 1, "active": True}],
        )  # fmt: skip
        self.assertEqual(refusal.display_name, "Run Tags: my pipeline")
        # a read refusal on the same model is another refusal, and another action another
        self.refused("res.partner.category", "search_read", [[]], {"fields": ["name"]})
        self.assertEqual(len(self.refusals(self.backend_ui, "res.partner.category")), 2)

        action_grant = refusal.with_user(self.admin).action_grant()
        self.assertEqual(action_grant["res_model"], "group_backend.access.grant.wizard")
        with Form(self.env[action_grant["res_model"]].with_user(self.admin).with_context(
                **action_grant["context"])) as form:  # fmt: skip
            self.assertEqual(form.group_id, self.tagger)
        form.record.action_grant()
        self.assertIn(self.tagger, action.groups_id)
        self.assertIn(self.env.ref("base.group_user"), action.groups_id, "nothing taken")
        self.assertRecordValues(
            refusal,
            [{"active": False, "granted_access_id": False, "granted_group_id": self.tagger.id}],
        )
        self.assertEqual(
            self.call_kw("ir.actions.server", "run", [[action.id]])["res_model"],
            "res.partner.category",
        )
        # granted, then refused again (the group taken back from the action): shown again
        action.groups_id = [Command.unlink(self.tagger.id)]
        self.refused("ir.actions.server", "run", [[action.id]])
        self.assertRecordValues(refusal, [{"active": True, "refusal_count": 2}])

    def test_ungrouped_server_action_refused_not_recorded(self):
        """A server action of no group stays refused (the guard), with nothing to grant."""
        action = self.env["ir.actions.server"].create(
            {
                "name": "Tags: anyone's",
                "model_id": self.env["ir.model"]._get_id("res.partner.category"),
                "state": "code",
                "code": "action = False",
            }
        )
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.refused("ir.actions.server", "run", [[action.id]])
        self.assertFalse(self.refusals(self.backend_ui, "res.partner.category"))

    def test_rule_refusal_grant_opens_the_rule(self):
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.refused("res.partner", "read", [[self.internal.partner_id.id], ["name"]])
        refusal = self.refusals(self.backend_ui, "res.partner")
        self.assertRecordValues(refusal, [{"operation": "read", "refused_by": "rule"}])
        own_partner_rule = self.env.ref(
            "group_backend.backend_ui_users_see_own_partner_and_company"
        )
        # the rules of the user's groups on people: its own, and the people of its records
        people_rule = self.env.ref("group_backend.backend_users_see_the_people_of_their_records")
        self.assertEqual(refusal.rule_ids, own_partner_rule | people_rule)
        action = refusal.with_user(self.admin).action_grant()
        self.assertEqual(
            (action["res_model"], action["view_mode"], action["domain"]),
            ("ir.rule", "list,form", [("id", "in", (own_partner_rule | people_rule).ids)]),
        )
        # nothing was changed: the rule is the administrator's to widen
        self.assertEqual(own_partner_rule.groups, self.env.ref(BACKEND_UI))

    def test_refusal_keeps_nothing_of_the_record(self):
        partner = self.internal.partner_id
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.refused("res.partner", "read", [[partner.id], ["name", "email"]])
        refusal = self.refusals(self.backend_ui, "res.partner")
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
            [refusal._table],
        )
        self.assertEqual({name for (name,) in self.env.cr.fetchall()}, COLUMNS)
        self.env.cr.execute(
            f"SELECT row_to_json(r) FROM {refusal._table} r WHERE id = %s", [refusal.id]
        )
        stored = json.dumps(self.env.cr.fetchone()[0])
        for value in (partner.name, partner.email, self.internal.login, self.backend_ui.login):
            self.assertNotIn(value, stored)
        self.assertFalse(refusal.create_uid, "no user is kept either")
        self.assertEqual(refusal.rule_ids.model_id.model, "res.partner")

    def test_recording_never_fails_the_request(self):
        """Recording that fails (a database constraint here) leaves the user's refusal as is."""
        self.env.cr.execute(
            "ALTER TABLE group_backend_access_refusal "
            "ADD CONSTRAINT gb_test_no_refusal CHECK (refusal_count < 0)"
        )
        self.authenticate(self.backend_ui.login, PASSWORD)
        with self.assertLogs(RECORDING_LOGGER, "DEBUG") as logs:
            self.refused("res.partner.category", "search_read", [[]], {"fields": ["name"]})
        self.assertIn("the refusals were not recorded", logs.output[0])
        self.assertEqual(logs.records[0].levelname, "WARNING")
        self.assertFalse(self.refusals(self.backend_ui, "res.partner.category"))
        # the same session goes on working
        self.assertEqual(
            self.call_kw("res.users", "read", [[self.backend_ui.id], ["login"]])[0]["login"],
            self.backend_ui.login,
        )

    def test_granted_requests_and_other_users_record_nothing(self):
        refusals = self.env[REFUSALS].with_context(active_test=False)
        before = refusals.search_read([], ["refusal_count"])
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.call_kw("res.users", "read", [[self.backend_ui.id], ["login"]])
        self.authenticate(self.internal.login, PASSWORD)
        self.refused("ir.rule", "search_read", [[]], {"fields": ["name"]})
        self.authenticate(self.portal.login, PASSWORD)
        self.refused("res.partner.category", "search_read", [[]], {"fields": ["name"]})
        self.env.invalidate_all()
        self.assertEqual(refusals.search_read([], ["refusal_count"]), before)

    def test_group_implying_internal_user_never_offered(self):
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.refused("res.partner.category", "search_read", [[]], {"fields": ["name"]})
        refusal = self.refusals(self.backend_ui, "res.partner.category")
        wizard = self.env["group_backend.access.grant.wizard"].with_user(self.admin)
        wizard = wizard.create({"refusal_id": refusal.id})
        self.assertIn(self.tagger, wizard.allowed_group_ids)
        self.assertEqual(wizard.suggested_group_ids, self.tagger)
        for group in (self.office_clerk, self.env.ref("base.group_user"), self.env.ref(BACKEND_UI)):
            with self.subTest(group=group.full_name):
                self.assertNotIn(group, wizard.allowed_group_ids)
                wizard.group_id = group  # forced, as over RPC
                with self.assertRaisesRegex(UserError, "implies Internal"):
                    wizard.action_grant()
        self.assertFalse(refusal.granted_access_id)
        self.assertTrue(refusal.active)

    def test_dismiss_hides_and_restore_shows(self):
        self.authenticate(self.backend_ui.login, PASSWORD)
        read_tags = ("res.partner.category", "search_read", [[]], {"fields": ["name"]})
        self.refused(*read_tags)
        refusal = self.refusals(self.backend_ui, "res.partner.category").with_user(self.admin)
        refusal.action_dismiss()
        self.assertFalse(refusal.active)
        self.refused(*read_tags)
        self.assertRecordValues(refusal, [{"active": False, "refusal_count": 2}])
        refusal.action_restore()
        self.assertTrue(refusal.active)
        self.assertEqual(refusal.display_name, "Read Partner Tags")

    def test_only_administrators_see_refusals(self):
        self.authenticate(self.backend_ui.login, PASSWORD)
        self.refused(REFUSALS, "search_read", [[]], {"fields": ["model_id"]})
        for user in (self.backend_ui, self.backend, self.internal, self.portal):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.env[REFUSALS].with_user(user).search([])
        self.assertTrue(self.refusals(self.backend_ui, REFUSALS).with_user(self.admin).exists())
        for model in (REFUSALS, "group_backend.access.grant.wizard",
                      "group_backend.app.access.wizard"):  # fmt: skip
            rights = self.env["ir.model.access"].search([("model_id.model", "=", model)])
            self.assertEqual(rights.group_id, self.env.ref("base.group_erp_manager"), model)

    def test_nothing_noted_outside_a_users_call(self):
        """A test's or a scheduled action's refusal: its cursor is not the refused work's."""
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
            self.env["res.partner.category"].with_user(self.backend_ui).search([])
        self.assertNotIn(PENDING, self.env.cr.postrollback.data)


@tagged("post_install", "-at_install")
class TestRefusalRecords(UserTypesCase):
    """The upsert itself, and when a refusal is noted at all."""

    def values(self, user, model="res.partner.category", operation="read", rules=None):
        """What a refusal of ``user`` records."""
        refusals = self.env[REFUSALS].with_user(user)
        return refusals._refusal_values(model, operation, rules)

    def upsert(self, values):
        """Record ``values`` as the hook does, after the changes made here are written."""
        self.env.flush_all()
        upsert_refusal(self.env.cr, values)

    def recorded(self, values):
        """The refusal recorded for ``values``."""
        self.env.invalidate_all()
        return self.env[REFUSALS].with_context(active_test=False).search(
            [("group_key", "=", values["group_key"]), ("model_id", "=", values["model_id"]),
             ("operation", "=", values["operation"])]
        )  # fmt: skip

    def test_upsert_counts_and_shows_again_what_changed(self):
        values = self.values(self.backend_ui)
        self.upsert(values)
        refusal = self.recorded(values)
        self.assertRecordValues(refusal, [{"refusal_count": 1, "active": True}])
        refusal.action_dismiss()
        self.upsert(values)
        self.assertRecordValues(self.recorded(values), [{"refusal_count": 2, "active": False}])
        # granted, and refused again: the grant did not help
        right = self.env["ir.model.access"].search([], limit=1)
        refusal.write({"granted_access_id": right.id})
        self.upsert(values)
        self.assertRecordValues(self.recorded(values), [{"refusal_count": 3, "active": True}])
        # dismissed, then refused by a rule: something new
        refusal.write({"granted_access_id": False, "active": False})
        rules = self.env["ir.rule"].search([("model_id.model", "=", "res.partner")], limit=2)
        by_rules = self.values(self.backend_ui, rules=rules)
        self.upsert(by_rules)
        self.assertEqual(self.recorded(values), refusal)
        self.assertRecordValues(refusal, [{"refused_by": "rule", "active": True}])
        self.assertEqual(refusal.rule_ids, rules)
        self.upsert(self.values(self.backend_ui, rules=rules[:1]))
        self.assertEqual(self.recorded(values).rule_ids, rules[:1])
        self.assertEqual(refusal.group_ids, self.backend_ui.groups_id)

    def test_grant_of_several_rules_lists_them(self):
        rules = self.env["ir.rule"].search([("model_id.model", "=", "res.partner")], limit=2)
        values = self.values(self.backend_ui, model="res.partner", rules=rules)
        self.upsert(values)
        action = self.recorded(values).action_grant()
        self.assertEqual((action["res_model"], action["view_mode"]), ("ir.rule", "list,form"))
        self.assertEqual(self.env["ir.rule"].search(action["domain"]), rules)

    def test_one_refusal_per_group_set_model_and_operation(self):
        for values in (self.values(self.backend_ui), self.values(self.backend),
                       self.values(self.backend_ui, operation="write"),
                       self.values(self.backend_ui, model="res.partner.title")):  # fmt: skip
            self.upsert(values)
            self.upsert(values)
            self.assertEqual(self.recorded(values).refusal_count, 2)

    def test_unknown_model_not_recorded(self):
        self.assertIsNone(self.values(self.backend_ui, model="x_group_backend_no_such_model"))

    def test_noted_only_serving_the_users_call(self):
        """Odoo names the user a thread serves when it dispatches the user's call."""
        refusals = self.env[REFUSALS].with_user(self.backend_ui)
        self.assertFalse(refusals._serving_the_user())
        thread = threading.current_thread()
        thread.uid = self.backend_ui.id
        try:
            self.assertTrue(refusals._serving_the_user())
            self.assertFalse(refusals.with_user(self.backend)._serving_the_user())
            # noting never raises: here the records are not records
            with self.assertLogs(RECORDING_LOGGER, "DEBUG") as logs:
                refusals._note_refusal("res.partner", "read", records="not records")
            self.assertIn("the refusal was not noted", logs.output[0])
            self.assertNotIn(PENDING, self.env.cr.postrollback.data)
            refusals._note_refusal("x_group_backend_no_such_model", "read")
            self.assertNotIn(PENDING, self.env.cr.postrollback.data)
            self.assert_noted_once_per_key()
        finally:
            del thread.uid

    def assert_noted_once_per_key(self):
        """Two refusals of one key in a transaction: noted once, for one recording."""
        tags = self.env["res.partner.category"].with_user(self.backend_ui)
        for _attempt in range(2):
            with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
                tags.search([])
        pending = self.env.cr.postrollback.data[PENDING]
        try:
            self.assertEqual(
                [(model, operation, action) for _groups, model, operation, action in pending],
                [(self.env["ir.model"]._get_id("res.partner.category"), "read", 0)],
            )
        finally:
            pending.clear()  # this test's transaction is no user's call: record nothing

    def test_other_users_rule_refusal_noted_nowhere(self):
        partner = self.env["res.partner"].browse(self.internal.partner_id.id)
        with mute_logger(*REFUSAL_LOGGERS), self.assertRaises(AccessError):
            partner.with_user(self.portal).read(["name"])
        self.assertNotIn(PENDING, self.env.cr.postrollback.data)


@tagged("post_install", "-at_install")
class TestRefusalsUnderConcurrency(UserTypesCase):
    """Ten users' requests record the same refusals at once: every one is counted."""

    THREADS, PER_THREAD, KEYS = 10, 9, 3

    def new_cursor(self):
        """A cursor of its own on the database, as each request of a server has."""
        with self.lock:
            self.cursors += 1
        return sql_db.db_connect(self.env.cr.dbname).cursor()

    def test_concurrent_refusals_all_recorded(self):
        self.cursors, self.lock = 0, threading.Lock()
        key = f"gb-concurrency-{uuid.uuid4().hex}"
        model_id = self.env["ir.model"]._get_id("res.partner.category")
        values = [
            {"group_key": f"{key}-{index}", "group_ids": [], "model_id": model_id,
             "operation": "read", "refused_by": "access", "rule_ids": []}
            for index in range(self.KEYS)
        ]  # fmt: skip
        start = threading.Barrier(self.THREADS)

        def refused_requests(thread):
            start.wait()
            for request in range(self.PER_THREAD):
                refusal = values[(thread + request) % self.KEYS]
                record_refusals(self.new_cursor, {"refusal": refusal})

        threads = [threading.Thread(target=refused_requests, args=(thread,))
                   for thread in range(self.THREADS)]  # fmt: skip
        try:
            with self.assertNoLogs(RECORDING_LOGGER, "WARNING"):
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
            with self.new_cursor() as cr:
                cr.execute(
                    "SELECT count(*), sum(refusal_count) FROM group_backend_access_refusal "
                    "WHERE group_key LIKE %s",
                    [f"{key}-%"],
                )
                rows, recorded = cr.fetchone()
        finally:
            with self.new_cursor() as cr:
                cr.execute(
                    "DELETE FROM group_backend_access_refusal WHERE group_key LIKE %s", [f"{key}-%"]
                )
        expected = self.THREADS * self.PER_THREAD
        retries = self.cursors - expected - 2
        _logger.info(
            "group_backend refusals under concurrency: %s of %s recorded by %s threads "
            "(%s tries again after PostgreSQL refused a concurrent update)",
            recorded, expected, self.THREADS, retries,
        )  # fmt: skip
        self.assertEqual((rows, recorded), (self.KEYS, expected))
