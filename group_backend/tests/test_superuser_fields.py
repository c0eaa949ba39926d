# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every field computed as superuser on a model the backend types may read is reviewed.

Odoo computes related fields, and computed fields with ``compute_sudo``, as
superuser: a read right on a record is enough to get them, whatever they are
computed from. Each such field of the registry in use is in internal_checks.csv
(kind "sudo") with a verdict; those that give more than the user's rights are
refused to backend users (models/base.py). A field the inventory does not hold
(an Odoo update, a new module, a new grant) fails the test until someone reviews it.
"""

import collections
import logging

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import BACKEND, BACKEND_UI, UserTypesCase
from .test_internal_checks import VERDICTS, read_inventory, site_key

_logger = logging.getLogger(__name__)


def readable_models(env):
    """The models that a backend type, or a group implying one, may read."""
    backend = env.ref(BACKEND) | env.ref(BACKEND_UI)
    groups = env["res.groups"].sudo().search([])
    groups = groups.filtered(lambda group: group in backend or group.trans_implied_ids & backend)
    rights = (
        env["ir.model.access"]
        .sudo()
        .search([("group_id", "in", groups.ids), ("perm_read", "=", True)])
    )
    return sorted(name for name in set(rights.model_id.mapped("model")) if name in env)


def superuser_fields(env):
    """The sites of kind "sudo": non-stored fields computed as superuser on readable models."""
    sites = []
    for model in readable_models(env):
        for name, field in env[model]._fields.items():
            if field.store or not field.compute_sudo or field.inherited:
                continue
            if field.related:
                how = f"related {field.related}"
            elif field.compute:
                how = f"computed by {getattr(field.compute, '__name__', field.compute)}"
            else:
                continue
            sites.append(
                {"kind": "sudo", "path": model, "context": f"{model}.{name}",
                 "source": f"{name}: {how}", "occurrence": 1}
            )  # fmt: skip
    return sites


@tagged("post_install", "-at_install")
class TestSuperuserFields(UserTypesCase):
    """The inventory holds every superuser-computed field the backend types may read."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sites = superuser_fields(cls.env)
        cls.rows = [row for row in read_inventory() if row["kind"] == "sudo"]

    def test_every_superuser_field_is_reviewed(self):
        """A field computed as superuser that the inventory does not hold fails, by name."""
        reviewed = {site_key(row): row for row in self.rows}
        missing = [site["context"] + ": " + site["source"] for site in self.sites
                   if site_key(site) not in reviewed]  # fmt: skip
        verdicts = collections.Counter(
            reviewed[site_key(site)]["verdict"] for site in self.sites if site_key(site) in reviewed
        )
        _logger.info(
            "group_backend superuser fields: %d reviewed on %d models (%s), "
            "not in the inventory: %d",
            len(self.sites),
            len({site["path"] for site in self.sites}),
            ", ".join(f"{verdict}: {verdicts[verdict]}" for verdict in VERDICTS),
            len(missing),
        )
        if missing:
            self.fail(
                f"{len(missing)} fields computed as superuser on models backend users may "
                "read are not reviewed in internal_checks.csv (kind sudo):\n" + "\n".join(missing)
            )

    def installed_rows(self, rows):
        """The rows whose field exists here (others belong to modules not installed)."""
        return [
            row
            for row in rows
            if row["path"] in self.env
            and row["context"].rsplit(".", 1)[1] in self.env[row["path"]]._fields
        ]

    def test_no_stale_rows(self):
        """A row whose field exists but is no longer computed as superuser is stale."""
        found = {site_key(site) for site in self.sites}
        readable = set(readable_models(self.env))
        stale = [
            row["context"]
            for row in self.installed_rows(self.rows)
            if row["path"] in readable and site_key(row) not in found
        ]
        self.assertEqual(stale, [], "review these rows again: their fields changed")

    def test_closed_fields_are_refused(self):
        """Each field that would give more is refused to both backend types, not to employees."""
        closed = [row for row in self.installed_rows(self.rows) if row["verdict"] == "grants more"]
        self.assertTrue(closed)
        for row in closed:
            model, name = row["path"], row["context"].rsplit(".", 1)[1]
            for user in (self.backend, self.backend_ui):
                with self.subTest(field=row["context"], user=user.login):
                    records = self.env[model].with_user(user)
                    with self.assertRaises(AccessError):
                        records.check_field_access_rights("read", [name])
                    self.assertNotIn(name, records.check_field_access_rights("read", None))
            with self.subTest(field=row["context"], user=self.internal.login):
                self.env[model].with_user(self.internal).check_field_access_rights("read", [name])
