/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {browser} from "@web/core/browser/browser";

/* A journey (a tour named group_backend_journey_*) fails as soon as an error
 * dialog appears, on every page it goes through: the console error ends the
 * test with the dialog's text. Odoo's error service also logs the errors it
 * catches, but not every dialog comes from one. */
const reported = new WeakSet();
new MutationObserver(() => {
    const tour = browser.localStorage.getItem("current_tour") || "";
    if (!tour.startsWith("group_backend_journey_")) {
        return;
    }
    for (const dialog of document.querySelectorAll(".o_error_dialog")) {
        if (!reported.has(dialog)) {
            reported.add(dialog);
            console.error(`${tour}: an error dialog appeared: ${dialog.innerText}`);
        }
    }
}).observe(document.documentElement, {childList: true, subtree: true});
