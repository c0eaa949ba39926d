/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {registry} from "@web/core/registry";

const DIALOG = ".modal .o_form_view";

/**
 * The row of the list `field` in the assistant that shows `text`.
 *
 * @param {String} field
 * @param {String} text
 * @returns {String}
 */
function row(field, text) {
    return `${DIALOG} .o_field_widget[name='${field}'] .o_data_row:contains('${text}')`;
}

// Started on the form of the application group (its id is the test's): no url of its own.
registry.category("web_tour.tours").add("group_backend_assistant_choices_tour", {
    steps: () => [
        {
            content: "Give the application to backend users",
            trigger: ".o_form_view button:contains('Give to backend users')",
            run: "click",
        },
        {
            content: "The new group is named for backend users",
            trigger: `${DIALOG} .o_field_widget[name='name'] input`,
            run() {
                if (!this.anchor.value.endsWith("(backend users)")) {
                    throw new Error(`The new group is named ${this.anchor.value}`);
                }
            },
        },
        {
            content: "Bank accounts are given by default",
            trigger: `${row("right_ids", "res.partner.bank")} .o_boolean_toggle input:checked`,
        },
        {
            content: "Untick bank accounts",
            trigger: `${row("right_ids", "res.partner.bank")} .o_boolean_toggle input`,
            run: "click",
        },
        {
            content: "Bank accounts are unticked",
            trigger: `${row("right_ids", "res.partner.bank")} .o_boolean_toggle input:not(:checked)`,
        },
        {
            content: "The application has a chatter (meetings): internal notes are on",
            trigger: `${DIALOG} .o_field_widget[name='internal_notes'] input:checked`,
        },
        {
            content: "Open the record rules",
            trigger: `${DIALOG} .o_notebook a:contains('Record rules')`,
            run: "click",
        },
        {
            content: "All meetings for employees is unticked",
            trigger: `${row("rule_ids", "All Calendar Event for employees")} .o_boolean_toggle input:not(:checked)`,
        },
        {
            content: "Make the group",
            trigger: ".modal-footer button:contains('Make the group')",
            run: "click",
        },
        {
            content: "The group is made",
            trigger: `${DIALOG} .alert-success:contains('is made')`,
        },
    ],
});
