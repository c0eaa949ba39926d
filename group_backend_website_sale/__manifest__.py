# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - eCommerce",
    "summary": "Backend users shop as visitors: the published catalog, nothing more",
    "version": "18.0.1.0.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend", "website_sale"],
    "data": [
        "security/ir.model.access.csv",
        "security/ir_rule_product.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "group_backend_website_sale/static/tests/tours/*.js",
        ],
    },
    "post_init_hook": "post_init_hook",
    "auto_install": True,
    "installable": True,
}
