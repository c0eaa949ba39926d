# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - Employees",
    "summary": "Backend UI users keep their web client when Employees is installed",
    "version": "18.0.1.0.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend", "hr"],
    "assets": {
        "web.assets_backend": [
            "group_backend_hr/static/src/*.js",
        ],
    },
    "auto_install": True,
    "installable": True,
}
