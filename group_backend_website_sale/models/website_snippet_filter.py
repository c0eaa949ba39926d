# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.osv import expression


class WebsiteSnippetFilter(models.Model):
    _inherit = "website.snippet.filter"

    @api.model
    def _get_products(self, mode, **kwargs):
        """Show backend users the published products only: Odoo filters portal users alone."""
        snippet_filter = self
        if self.env.user._is_backend_user():
            published = [("website_published", "=", True)]
            domain = expression.AND([self.env.context.get("search_domain") or [], published])
            snippet_filter = self.with_context(search_domain=domain)
        return super(WebsiteSnippetFilter, snippet_filter)._get_products(mode, **kwargs)
