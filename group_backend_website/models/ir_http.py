# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from odoo.addons.website.models.ir_http import ModelConverter


class VisitorModelConverter(ModelConverter):
    """The website's record converter, which lists backend users no record they may not read."""

    def generate(self, env, args, dom=None):
        """List no page of a model a backend user may not read, instead of failing the list.

        The link suggestions and the sitemap list the pages of every route
        with a record in its path, searched with the visitor's rights: a
        backend user lacks some that visitors have (live chat channels).
        """
        if env.user._is_backend_user() and not env[self.model].has_access("read"):
            return iter(())
        return super().generate(env, args, dom)


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    @classmethod
    def _get_converters(cls):
        """Use the converter that skips records backend users may not read."""
        return dict(super()._get_converters(), model=VisitorModelConverter)
