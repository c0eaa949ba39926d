# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - CRM and Sales",
    "summary": "Sales agents as backend users, given CRM and Sales by the access assistant: "
    "tested from the login form",
    "version": "18.0.1.0.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend", "sale_crm"],
    "assets": {
        "web.assets_tests": [
            "group_backend_sale_crm/static/tests/tours/*.js",
        ],
    },
    "auto_install": True,
    "installable": True,
}
