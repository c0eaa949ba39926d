/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {registry} from "@web/core/registry";
import {session} from "@web/session";

/* Odoo's onboarding tours are for employees: backend users are not offered the
 * switch that web_tour adds to the user menu once its service starts. */
const userMenu = registry.category("user_menuitems");
if (session.is_backend_user) {
    userMenu.addEventListener("UPDATE", ({detail}) => {
        if (detail.operation === "add" && detail.key === "web_tour.tour_enabled") {
            userMenu.remove(detail.key);
        }
    });
}
