# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).

# The groups by which the shop's settings show visitors addresses and prices
# (res.config.settings of website_sale): what portal users hold, backend users get.
SHOP_DISPLAY_GROUPS = (
    "account.group_delivery_invoice_address",
    "website_sale.group_show_uom_price",
    "website_sale.group_product_price_comparison",
)


def post_init_hook(env):
    """Show backend users the shop as the settings show it to portal users."""
    portal = env.ref("base.group_portal")
    backend_types = env.ref("group_backend.group_backend") | env.ref(
        "group_backend.group_backend_ui_users"
    )
    for xmlid in SHOP_DISPLAY_GROUPS:
        group = env.ref(xmlid)
        if group in portal.implied_ids:
            backend_types._apply_group(group)
