# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from contextvars import ContextVar

from lxml import etree

from odoo import api, models
from odoo.exceptions import AccessError

# Set while a backend user's change, whose fields are checked, is written: project adds
# fields of its own to it (the date of the stage change...).
CHECKED_WRITE = ContextVar("group_backend_project_checked_write", default=False)

from odoo.addons.group_backend.models.res_users import unfollow_backend_users_without_access


class ProjectTask(models.Model):
    _inherit = "project.task"

    @api.model_create_multi
    def create(self, vals_list):
        """Unfollow the backend users Odoo subscribes from the Cc, if they may not read."""
        tasks = super().create(vals_list)
        unfollow_backend_users_without_access(tasks.filtered("email_cc"))
        return tasks

    @api.model
    def _backend_writable_fields(self):
        """Return what a backend user may change on a task it may write: where it stands."""
        return {"stage_id", "state", "priority", "sequence"}

    def _is_backend_request(self):
        """Return whether the current user is a backend user, not in sudo."""
        return not self.env.su and self.env.user._is_backend_user()

    def write(self, vals):
        """Let a backend user move a task, not rewrite it, as Odoo limits portal users."""
        if not self._is_backend_request():
            return super().write(vals)
        self._check_backend_writable(vals)
        token = CHECKED_WRITE.set(True)
        try:
            return super().write(vals)
        finally:
            CHECKED_WRITE.reset(token)

    def check_field_access_rights(self, operation, field_names):
        """Refuse a backend user writing any other field of a task, wherever Odoo checks it
        alone: the write right would open them (collaborative editing of the description,
        translations of the name, the website editor)."""
        result = super().check_field_access_rights(operation, field_names)
        checked = CHECKED_WRITE.get()
        if operation == "write" and field_names and not checked and self._is_backend_request():
            self._check_backend_writable(field_names)
        return result

    def _check_backend_writable(self, field_names):
        """Raise if ``field_names`` are not all fields a backend user may change on a task."""
        refused = set(field_names) - self._backend_writable_fields()
        if refused:
            raise AccessError(
                self.env._(
                    "You may only move tasks from stage to stage, not change: %(fields)s.",
                    fields=", ".join(sorted(refused)),
                )
            )

    @api.model
    def get_view(self, view_id=None, view_type="form", **options):
        """Show a backend user the task form read only, but for what it may change."""
        result = super().get_view(view_id, view_type, **options)
        if view_type == "form" and self._is_backend_request():
            arch = etree.fromstring(result["arch"])
            writable = self._backend_writable_fields()
            for node in arch.iter("field"):
                kept = node.get("name") in writable or any(
                    parent.tag == "field" and parent.get("name") in writable
                    for parent in node.iterancestors()
                )
                if not kept:
                    node.set("readonly", "1")
            result["arch"] = etree.tostring(arch, encoding="unicode")
        return result
