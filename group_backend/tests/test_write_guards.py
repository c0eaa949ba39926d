# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every place Odoo checks the write right alone is reviewed for the shipped profiles.

A profile holds a write right for one thing (a collaborator writes tasks to move
them): each such check of the tree in use (kind "write" of internal_checks.csv) either
lets a profile change its own things only, or is refused to backend users (each proved
by a test), or is on a model no shipped profile may write. A site on a model such a
profile writes, directly or through a mixin, cannot be dismissed as the latter.
"""

import ast
import collections
import functools
import logging

from lxml import etree

from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from .common import BACKEND, BACKEND_UI, UserTypesCase
from .test_internal_checks import WRITE_VERDICTS, odoo_tree, read_inventory, scan, site_key

_logger = logging.getLogger(__name__)
NOT_A_PROFILES_MODEL = WRITE_VERDICTS[0]


def profile_groups(env):
    """The backend types and the groups of group_backend's addons that imply one."""
    backend = env.ref(BACKEND) | env.ref(BACKEND_UI)
    data = (
        env["ir.model.data"]
        .sudo()
        .search([("model", "=", "res.groups"), ("module", "=like", "group_backend%")])
    )
    groups = env["res.groups"].sudo().browse(data.mapped("res_id")).exists()
    return backend | groups.filtered(lambda group: group.trans_implied_ids & backend)


def writable_models(env):
    """The models a shipped profile may write, and every model they inherit (mixins)."""
    groups = profile_groups(env)
    groups |= groups.trans_implied_ids
    rights = (
        env["ir.model.access"]
        .sudo()
        .search([("group_id", "in", groups.ids), ("perm_write", "=", True)])
    )
    names = set()
    for model in set(rights.model_id.mapped("model")) & set(env.registry):
        names.update(getattr(cls, "_name", None) for cls in type(env[model]).__mro__)
    return names - {None}


@functools.cache
def _classes(path):
    """Return (first line, last line, models) of each model class of a file of the tree."""
    tree = ast.parse((odoo_tree() / path).read_text(encoding="utf-8"))
    classes = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            spelled = {}  # _name and _inherit: the model names they spell out
            for item in node.body:
                if isinstance(item, ast.Assign) and len(item.targets) == 1:
                    target = getattr(item.targets[0], "id", None)
                    if target in ("_name", "_inherit"):
                        spelled[target] = {
                            constant.value
                            for constant in ast.walk(item.value)
                            if isinstance(constant, ast.Constant)
                            and isinstance(constant.value, str)
                        }
            # the class's model: its _name, or the models it extends
            models = spelled.get("_name") or spelled.get("_inherit", set())
            classes.append((node.lineno, node.end_lineno, models))
    return classes


def site_models(site):
    """The models of the class holding ``site``; empty for code not of a model (controllers,
    tools), which checks whatever document it is given."""
    enclosing = [c for c in _classes(site["path"]) if c[0] <= site["line"] <= c[1]]
    return max(enclosing, key=lambda c: c[0])[2] if enclosing else set()


@tagged("post_install", "-at_install")
class TestWriteGuardInventory(TransactionCase):
    """The write guards of the tree in use, against the profiles installed here."""

    def test_write_guards_on_profiles_models_are_reviewed(self):
        sites = [site for site in scan() if site["kind"] == "write"]
        rows = {site_key(row): row for row in read_inventory() if row["kind"] == "write"}
        writable = writable_models(self.env)
        missing, dismissed, verdicts, on_profiles = [], [], collections.Counter(), []
        for site in sites:
            row = rows.get(site_key(site))
            if row is None:
                missing.append(f"{site['path']}:{site['line']}: {site['source']}")
                continue
            verdicts[row["verdict"]] += 1
            if site_models(site) & writable:
                on_profiles.append(row["verdict"])
                if row["verdict"] == NOT_A_PROFILES_MODEL:
                    dismissed.append(f"{site['path']}:{site['line']}: {site['source']}")
        _logger.info(
            "group_backend write guards: %d sites reviewed (%s), %d in classes of models the "
            "shipped profiles write (%s), not in the inventory: %d",
            len(sites),
            ", ".join(f"{verdict}: {verdicts[verdict]}" for verdict in WRITE_VERDICTS),
            len(on_profiles),
            ", ".join(f"{v}: {n}" for v, n in sorted(collections.Counter(on_profiles).items())),
            len(missing),
        )
        self.assertEqual(missing, [], "review these write guards in internal_checks.csv")
        self.assertEqual(dismissed, [], "these are on models a shipped profile writes")
        self.assertTrue(on_profiles)

    def test_site_models(self):
        """The class of a site names its models; code outside a model names none."""
        for path, text, models in (
            ("addons/mail/models/mail_thread.py", "self.check_access('write')", {"mail.thread"}),
            ("addons/mail/controllers/thread.py", '_get_thread_with_access(thread_id, "write")',
             set()),
        ):  # fmt: skip
            source = (odoo_tree() / path).read_text().split("\n")
            line = next(index for index, code in enumerate(source, 1) if text in code)
            self.assertEqual(site_models({"path": path, "line": line}), models)


@tagged("post_install", "-at_install")
class TestOwnRecords(UserTypesCase):
    """What Backend UI users may write of base: their own records only."""

    def test_own_filters_and_defaults_only(self):
        model = self.env.ref("base.model_res_partner")
        theirs_filter = self.env["ir.filters"].create(
            {"name": "Theirs", "model_id": model.model, "user_id": self.internal.id}
        )
        theirs_default = self.env["ir.default"].create(
            {"field_id": self.env.ref("base.field_res_partner__lang").id,
             "json_value": '"en_US"', "user_id": self.internal.id}
        )  # fmt: skip
        for record, vals in ((theirs_filter, {"name": "Mine"}),
                             (theirs_default, {"json_value": '"fr_FR"'})):  # fmt: skip
            refusal = mute_logger("odoo.addons.base.models.ir_rule")
            with self.subTest(model=record._name), refusal, self.assertRaises(AccessError):
                record.with_user(self.backend_ui).write(vals)
        mine = (
            self.env["ir.filters"]
            .with_user(self.backend_ui)
            .create({"name": "Mine", "model_id": model.model, "user_id": self.backend_ui.id})
        )
        mine.write({"name": "Still mine"})

    def test_scripts_in_files_stored_as_text(self):
        """A file that could run scripts keeps its type for those who may write views only."""
        svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
        for user, mimetype in ((self.backend_ui, "text/plain"), (self.env.user, "image/svg+xml")):
            with self.subTest(user=user.login):
                attachment = (
                    self.env["ir.attachment"]
                    .with_user(user)
                    .create({"name": "drawing.svg", "raw": svg, "mimetype": "image/svg+xml"})
                )
                self.assertEqual(attachment.sudo().mimetype, mimetype)

    def test_activities_assigned_to_itself_only(self):
        """Odoo names any user given as an activity's assignee, and tells that user."""
        activities = self.env["mail.activity"].with_user(self.backend_ui)
        activities._check_backend_assignees([{"user_id": self.backend_ui.id}, {"summary": "x"}])
        with self.assertRaises(AccessError):
            activities._check_backend_assignees([{"user_id": self.internal.id}])
        self.env["mail.activity"].with_user(self.internal)._check_backend_assignees(
            [{"user_id": self.backend_ui.id}]
        )
        for user, readonly in ((self.backend_ui, "1"), (self.internal, None)):
            with self.subTest(user=user.login):
                arch = self.env["mail.activity"].with_user(user).get_view(view_type="form")["arch"]
                assignee = etree.fromstring(arch).xpath("//field[@name='user_id']")[0]
                self.assertEqual(assignee.get("readonly"), readonly)

    def test_server_actions_of_no_group_refused(self):
        """A server action naming no group: neither run nor offered to backend users."""
        partner_model = self.env.ref("base.model_res_partner")
        action = self.env["ir.actions.server"].create(
            {"name": "Touch", "model_id": partner_model.id, "state": "code",
             "binding_model_id": partner_model.id, "code": "records.sudo().write({})"}
        )  # fmt: skip
        own = self.backend_ui.partner_id.ids
        context = {"active_model": "res.partner", "active_id": own[0], "active_ids": own}
        for user, offered in ((self.backend_ui, False), (self.internal, True)):
            with self.subTest(user=user.login):
                bindings = (
                    self.env["ir.actions.actions"].with_user(user).get_bindings("res.partner")
                )
                ids = [binding["id"] for binding in bindings.get("action", [])]
                self.assertEqual(action.id in ids, offered)
        with mute_logger("odoo.addons.base.models.ir_actions"), self.assertRaises(AccessError):
            action.with_user(self.backend_ui).with_context(**context).run()
