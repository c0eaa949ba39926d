# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - Timesheets",
    "summary": "A Timesheets collaborator profile for backend users: time on the tasks "
    "of the projects they follow",
    "version": "18.0.1.0.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend_project", "hr_timesheet"],
    "data": [
        "security/res_groups.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_ui_menu.xml",
        "views/project_task_views.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "group_backend_hr_timesheet/static/tests/tours/*.js",
        ],
    },
    "auto_install": True,
    "installable": True,
}
