# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

from odoo import api, models
from odoo.exceptions import AccessError

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
        if self._is_backend_request():
            refused = set(vals) - self._backend_writable_fields()
            if refused:
                raise AccessError(
                    self.env._(
                        "You may only move tasks from stage to stage, not change: %(fields)s.",
                        fields=", ".join(sorted(refused)),
                    )
                )
        return super().write(vals)

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
