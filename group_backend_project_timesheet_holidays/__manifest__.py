# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - Project and Time Off",
    "summary": "Project collaborators open and pick tasks when Time Off is recorded as time",
    "version": "18.0.1.0.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend_project", "project_timesheet_holidays"],
    "auto_install": True,
    "installable": True,
}
