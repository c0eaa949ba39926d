# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tools import SQL


def uninstall_hook(env):
    """Drop the triggers that note who works on the projects (see models/res_partner.py)."""
    env.cr.execute(
        SQL(
            """
            DROP TRIGGER IF EXISTS group_backend_project_followed ON mail_followers;
            DROP TRIGGER IF EXISTS group_backend_project_unfollowed ON mail_followers;
            DROP TRIGGER IF EXISTS group_backend_project_refollowed ON mail_followers;
            DROP TRIGGER IF EXISTS group_backend_project_changed ON project_project;
            DROP TRIGGER IF EXISTS group_backend_project_changed ON project_task;
            DROP TRIGGER IF EXISTS group_backend_project_changed ON project_task_user_rel;
            DROP TRIGGER IF EXISTS group_backend_project_changed ON res_partner;
            DROP TRIGGER IF EXISTS group_backend_project_changed ON res_users;
            """
        )
    )
