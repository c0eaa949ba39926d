# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user

BACKEND = "group_backend.group_backend"
BACKEND_UI = "group_backend.group_backend_ui_users"


class UserTypesCase(TransactionCase):
    """One fresh user of each user type, created without demo data."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(
            context=dict(cls.env.context, tracking_disable=True, no_reset_password=True)
        )
        cls.internal = cls.new_user("gb_internal", "base.group_user")
        cls.portal = cls.new_user("gb_portal", "base.group_portal")
        cls.public = cls.new_user("gb_public", "base.group_public")
        cls.backend = cls.new_user("gb_backend", BACKEND)
        cls.backend_ui = cls.new_user("gb_backend_ui", BACKEND_UI)

    @classmethod
    def new_user(cls, login, groups, **values):
        """Create a user of the given groups (comma-separated XML ids)."""
        return new_test_user(cls.env, login, groups=groups, **values)

    def as_user(self, user):
        """Return ``user`` in an environment of its own, as over RPC."""
        return user.with_user(user).with_context(tracking_disable=True)

    def assertUnreadable(self, records, field="display_name"):
        """Assert that ``records`` cannot be read, as an RPC ``read`` would."""
        self.env.invalidate_all()
        with self.assertRaises(AccessError):
            records.read([field])
