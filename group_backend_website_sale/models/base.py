# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from odoo.addons.group_backend.models.res_users import employees_only

# The models backend users read as the shop's visitors (security/ir.model.access.csv).
SHOP_CATALOG = frozenset(
    {
        "product.template",
        "product.product",
        "product.image",
        "product.template.attribute.line",
        "product.template.attribute.value",
        "product.template.attribute.exclusion",
        "product.pricelist.item",
        "product.attribute",
        "product.attribute.value",
        "product.tag",
        "product.public.category",
        "website.base.unit",
        "website.sale.extra.field",
    }
)


class Base(models.AbstractModel):
    _inherit = "base"

    def _reads_as_visitor(self):
        """Return whether a backend user reads this model as the shop's visitors do."""
        return self._name in SHOP_CATALOG and not self.env.su and self.env.user._is_backend_user()

    def check_field_access_rights(self, operation, field_names):
        """Judge backend users on catalog fields by their real groups: cost is for employees."""
        if self._reads_as_visitor():
            model = employees_only(self)
            return super(Base, model).check_field_access_rights(operation, field_names)
        return super().check_field_access_rights(operation, field_names)

    def _fetch_field(self, field):
        """Prefetch for backend users none of the catalog's fields they may not read."""
        if self._reads_as_visitor():
            return super(Base, employees_only(self))._fetch_field(field)
        return super()._fetch_field(field)

    @api.model
    def fields_get(self, allfields=None, attributes=None):
        """Describe to backend users the catalog's fields they may read, as to visitors."""
        if self._reads_as_visitor():
            return super(Base, employees_only(self)).fields_get(allfields, attributes)
        return super().fields_get(allfields, attributes)
