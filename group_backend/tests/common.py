# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import datetime, timedelta

from odoo.exceptions import AccessError
from odoo.fields import Command
from odoo.tests import TransactionCase, new_test_user

BACKEND = "group_backend.group_backend"
BACKEND_UI = "group_backend.group_backend_ui_users"


TYPES = {"portal": "base.group_portal", "backend": BACKEND, "backend_ui": BACKEND_UI}


def new_users_of_types(env, prefix, password, types=tuple(TYPES)):
    """One user per named type (login ``<prefix>_<type>``), who logs in with ``password``."""
    return [
        new_test_user(env, f"{prefix}_{kind}", groups=TYPES[kind], password=password,
                      context={"no_reset_password": True})
        for kind in types
    ]  # fmt: skip


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


class OtherPeoplesData:
    """What another user has, which a Backend UI user must not see (a test mixin)."""

    @classmethod
    def create_other_peoples_data(cls, me, other):
        """Give ``other`` data of all kinds, and a channel shared with ``me``."""
        env = cls.env
        cls.stranger = env["res.partner"].create({"name": "A stranger", "email": "s@example.com"})
        cls.bank_account = env["res.partner.bank"].create(
            {"acc_number": "BE71 0961 2345 6769", "partner_id": cls.stranger.id}
        )
        cls.their_meeting = cls.new_meeting("Their meeting", other, other.partner_id | cls.stranger)
        cls.their_activity = cls.stranger.activity_schedule(
            "mail.mail_activity_data_todo", summary="Theirs", user_id=other.id
        )
        cls.their_message = cls.stranger.message_post(
            body="About a stranger", message_type="comment", subtype_xmlid="mail.mt_note"
        )
        cls.their_attachment = (
            env["ir.attachment"].with_user(other).create({"name": "private.txt", "raw": b"secret"})
        )
        cls.their_presence = env["bus.presence"].create({"user_id": other.id, "status": "online"})
        channels = env["discuss.channel"]
        cls.their_channel = channels.create({"name": "their-channel", "channel_type": "channel"})
        cls.their_channel.add_members(partner_ids=other.partner_id.ids)
        cls.shared_channel = channels.create({"name": "shared-channel", "channel_type": "channel"})
        cls.shared_channel.add_members(partner_ids=(me.partner_id | other.partner_id).ids)
        cls.their_message_in_shared = cls.shared_channel.with_user(other).message_post(
            body="Mine, not yours", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        # the wizards and mappings of an employee, kept until the vacuum
        cls.their_wizards = [
            env[model].with_user(other).create(values)
            for model, values in (
                ("mail.wizard.invite", {"res_model": "res.partner", "res_id": cls.stranger.id,
                                        "message": "Theirs"}),
                ("base_import.mapping", {"res_model": "res.partner", "column_name": "Mail",
                                         "field_name": "email"}),
                ("base_import.import", {"res_model": "res.partner", "file": b"Name\nTheirs\n",
                                        "file_name": "theirs.csv", "file_type": "text/csv"}),
            )
        ]  # fmt: skip

    @classmethod
    def new_meeting(cls, name, organiser, attendees):
        """A one-hour meeting tomorrow."""
        start = datetime.now() + timedelta(days=1)
        return cls.env["calendar.event"].create(
            {
                "name": name,
                "start": start,
                "stop": start + timedelta(hours=1),
                "user_id": organiser.id,
                "partner_ids": [Command.set(attendees.ids)],
            }
        )
