# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Backend user types - Live Chat",
    "summary": "Backend users chat on the website and keep their Discuss, as visitors",
    "version": "18.0.1.0.0",
    "development_status": "Beta",
    "category": "Hidden/Tools",
    "website": "https://github.com/OCA/server-backend",
    "author": "group_backend contributors, Odoo Community Association (OCA)",
    "maintainers": ["group-backend"],
    "license": "LGPL-3",
    "depends": ["group_backend", "im_livechat"],
    "assets": {
        "im_livechat.assets_embed_core": [
            "group_backend/static/src/persona_avatar.js",
        ],
        "web.assets_tests": [
            "group_backend_im_livechat/static/tests/tours/*.js",
        ],
    },
    "auto_install": True,
    "installable": True,
}
