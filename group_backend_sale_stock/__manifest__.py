# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - Sales and Inventory",
    "summary": "Backend users confirm their sales orders with Inventory installed: "
    "the deliveries are planned for them, as for the shop's customers",
    "version": "18.0.1.0.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend", "sale_stock"],
    "auto_install": True,
    "installable": True,
}
