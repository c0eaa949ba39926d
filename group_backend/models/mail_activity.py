# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

from odoo import api, models
from odoo.exceptions import AccessError


class MailActivity(models.Model):
    _inherit = "mail.activity"

    def _check_access(self, operation):
        """Keep a backend user to its own activities (its rule), whatever document it reads.

        mail opens every activity of a document to whoever may read it (its
        ``_mail_post_access``), to read, change and delete; for a backend user, the
        rules alone decide, but at creation, where mail's check of the document holds.
        """
        if operation == "create" or self.env.su or not self.env.user._is_backend_user():
            return super()._check_access(operation)
        return models.BaseModel._check_access(self, operation)

    @api.model_create_multi
    def create(self, vals_list):
        """Let a backend user assign activities to itself only."""
        self._check_backend_assignees(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        """Let a backend user assign activities to itself only."""
        self._check_backend_assignees([vals])
        return super().write(vals)

    @api.model
    def _check_backend_assignees(self, vals_list):
        """Raise if a backend user assigns an activity to someone else: Odoo would name any
        user it is given, and send that user the activity as the backend user."""
        if self.env.su or not self.env.user._is_backend_user():
            return
        if {vals["user_id"] for vals in vals_list if vals.get("user_id")} - {self.env.uid}:
            raise AccessError(self.env._("You may assign activities to yourself only."))

    @api.model
    def get_view(self, view_id=None, view_type="form", **options):
        """Show a backend user the assignee of an activity read only: itself (see above)."""
        result = super().get_view(view_id, view_type, **options)
        if view_type == "form" and not self.env.su and self.env.user._is_backend_user():
            result["arch"] = _readonly_assignee(result["arch"], "user_id")
        return result


class MailActivitySchedule(models.TransientModel):
    _inherit = "mail.activity.schedule"

    @api.model
    def get_view(self, view_id=None, view_type="form", **options):
        """Show a backend user the wizard's assignee read only: itself (see MailActivity)."""
        result = super().get_view(view_id, view_type, **options)
        if view_type == "form" and not self.env.su and self.env.user._is_backend_user():
            result["arch"] = _readonly_assignee(result["arch"], "activity_user_id")
        return result


def _readonly_assignee(arch, field_name):
    """Return ``arch`` with the field ``field_name`` read only."""
    node = etree.fromstring(arch)
    for field in node.iter("field"):
        if field.get("name") == field_name:
            field.set("readonly", "1")
    return etree.tostring(node, encoding="unicode")
