/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {registry} from "@web/core/registry";

// On the form of a group that implies a backend type: Check, Fix one line, then Fix all.
registry.category("web_tour.tours").add("group_backend_group_check_tour", {
    steps: () => [
        {
            content: "Check the group",
            trigger: ".o_form_statusbar button[name='action_group_backend_check']",
            run: "click",
        },
        {
            content: "The check lists what a user of the group would be refused",
            trigger: ".modal .alert-warning:contains('would be refused')",
        },
        {
            content: "The missing access right is listed with its fix",
            trigger: ".modal .o_data_row:contains('Event Meeting Type'):contains('Create the access right')",
        },
        {
            content: "Fix that one",
            trigger: ".modal .o_data_row:contains('Event Meeting Type') button[name='action_fix']",
            run: "click",
        },
        {
            content: "Checked again: the access right is no longer missing",
            trigger: ".modal .o_data_row:not(:contains('Event Meeting Type'))",
        },
        {
            content: "No line of it is left",
            trigger: ".modal .o_list_renderer:not(:has(.o_data_row:contains('Event Meeting Type')))",
        },
        {
            content: "Fix all",
            trigger: ".modal button[name='action_fix_all']",
            run: "click",
        },
        {
            content: "A second check finds nothing",
            trigger: ".modal .alert-success:contains('with no refusal')",
        },
        {
            content: "Close",
            trigger: ".modal .modal-footer button:contains('Close')",
            run: "click",
        },
        {
            content: "Back on the group's form",
            trigger: "body:not(:has(.modal)) .o_form_view",
        },
    ],
});
