# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - Project",
    "summary": "A Project collaborator profile for backend users; no project sharing for them",
    "version": "18.0.1.2.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend", "project"],
    "data": [
        "security/res_groups.xml",
        "security/ir.model.access.csv",
        "security/ir_rule.xml",
        "data/ir_ui_menu.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "group_backend_project/static/tests/tours/*.js",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "auto_install": True,
    "installable": True,
}
