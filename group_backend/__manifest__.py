# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types",
    "summary": "Backend access without Internal User: two user types granted "
    "nothing but what you choose",
    "version": "18.0.1.2.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["base_import", "calendar", "mail"],
    "data": [
        "security/res_groups.xml",
        "security/ir.model.access.csv",
        "security/ir_rule_base.xml",
        "security/ir_rule_mail.xml",
        "security/ir_rule_calendar.xml",
        "security/ir_rule_base_import.xml",
        "data/ir_ui_menu.xml",
        "data/ir_module_category.xml",
        "views/res_users_views.xml",
        "views/res_users_access_summary_views.xml",
        "wizard/res_users_type_wizard_views.xml",
        "security/res_users_type_wizard.xml",
        "wizard/group_backend_app_access_wizard_views.xml",
        "wizard/group_backend_access_grant_wizard_views.xml",
        "views/res_groups_views.xml",
        "wizard/group_backend_group_check_views.xml",
        "views/res_groups_access_summary_views.xml",
        "views/group_backend_access_refusal_views.xml",
        "security/group_backend_app_access_wizard.xml",
        "security/group_backend_access_refusal.xml",
    ],
    "demo": [
        "demo/dummy_app.xml",
        "demo/res_users.xml",
        "demo/discuss_channel.xml",
        "demo/mail_activity.xml",
        "demo/calendar_event.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "group_backend/static/src/**/*",
        ],
        "web.assets_tests": [
            "group_backend/static/tests/tours/*.js",
        ],
    },
    "uninstall_hook": "uninstall_hook",
    "installable": True,
}
