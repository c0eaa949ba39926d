/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

/* Shopping journeys of backend users, from the login form to the payment step
 * (tests/test_shop_journeys.py sets the scene and checks the server log;
 * group_backend's watch_errors.js fails them on any error dialog). */

import {logIn, noErrorDialog} from "@group_backend/../tests/tours/journeys_tour";
import {registry} from "@web/core/registry";

const PUBLISHED = "Backend shop lamp";
const UNPUBLISHED = "Backend shop prototype";

/** From the web client, open the shop, find the lamp, buy it and reach the address step. */
const shop = [
    {
        content: "Open the shop",
        trigger: ".o_main_navbar .o_user_menu",
        run: "goToUrl /shop",
        expectUnloadPage: true,
    },
    {
        content: "Search the lamp",
        trigger: "form.o_wsale_products_searchbar_form input[name='search']",
        run: `edit ${PUBLISHED}`,
    },
    {
        content: "Run the search",
        trigger: "form.o_wsale_products_searchbar_form .oe_search_button",
        run: "click",
        expectUnloadPage: true,
    },
    {
        content: "The search finds the published lamp only",
        trigger: `#products_grid:not(:contains('${UNPUBLISHED}')) .oe_product_cart a:contains('${PUBLISHED}')`,
        run: "click",
        expectUnloadPage: true,
    },
    {
        content: "Its page shows its price",
        trigger: `#product_detail:contains('${PUBLISHED}') .oe_price .oe_currency_value:contains('42.00')`,
    },
    {
        content: "Add it to the cart",
        trigger: "#product_detail #add_to_cart",
        run: "click",
    },
    {
        content: "Go to the cart, which holds it",
        trigger: "a sup.my_cart_quantity:contains(/^1$/)",
        run: "click",
        expectUnloadPage: true,
    },
    {
        content: "The cart holds the lamp",
        trigger: `#cart_products:contains('${PUBLISHED}')`,
    },
    {
        content: "Check out",
        trigger: "a[href^='/shop/checkout']",
        run: "click",
        expectUnloadPage: true,
    },
    {
        content: "The checkout asks for the address",
        trigger: "form.checkout_autoformat input[name='street']",
    },
    noErrorDialog,
];

/** At the address step, give an address, confirm the order and reach the payment step. */
const checkOut = [
    {
        content: "Pick the country",
        trigger: "form.checkout_autoformat #o_country_id",
        run: "selectByLabel Belgium",
    },
    ...Object.entries({
        phone: "+32 2 555 55 55",
        street: "Rue de la Loi 16",
        city: "Brussels",
        zip: "1000",
    }).map(([name, value]) => ({
        content: `Type the ${name}`,
        trigger: `form.checkout_autoformat input[name='${name}']`,
        run: `edit ${value}`,
    })),
    {
        content: "Save the address",
        trigger: "#save_address",
        run: "click",
        expectUnloadPage: true,
    },
    {
        content: "The checkout shows the address",
        trigger: "#shop_checkout:contains('Rue de la Loi 16')",
    },
    {
        content: "Confirm the order",
        trigger: "a[href^='/shop/confirm_order']",
        run: "click",
        expectUnloadPage: true,
    },
    {
        content: "The payment step shows the address",
        trigger: "#address_on_payment:contains('Rue de la Loi 16')",
    },
    noErrorDialog,
];

const tours = registry.category("web_tour.tours");

tours.add("group_backend_journey_shop_ui_user", {
    url: "/web/login",
    steps: () => [...logIn("backend_ui", "backend_ui"), ...shop, ...checkOut],
});

tours.add("group_backend_journey_shop_backend_user", {
    url: "/web/login",
    steps: () => [...logIn("backend", "backend"), ...shop, ...checkOut],
});
