/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {registry} from "@web/core/registry";

/**
 * Add the record named `name` to the many2many list of the current notebook page.
 *
 * @param {String} field
 * @param {String} name
 * @returns {Object[]}
 */
function addToList(field, name) {
    return [
        {
            content: `Add a line to ${field}`,
            trigger: `.o_field_widget[name='${field}'] .o_field_x2many_list_row_add a`,
            run: "click",
        },
        {
            content: `Search ${name}`,
            trigger: ".modal .o_searchview_input",
            run: `edit ${name}`,
        },
        {
            content: "Apply the search",
            trigger: ".modal .o_searchview_input",
            run: "press Enter",
        },
        {
            content: `Pick ${name}`,
            trigger: `.modal .o_data_row td.o_data_cell:contains('${name}')`,
            run: "click",
        },
        {
            content: `${name} is listed`,
            trigger: `.o_field_widget[name='${field}'] .o_data_row:contains('${name}')`,
        },
    ];
}

/**
 * Pick the option labelled `label` in the selection field labelled `fieldLabel`.
 *
 * @param {String} fieldLabel
 * @param {String} label
 * @returns {Object}
 */
function selectByLabel(fieldLabel, label) {
    return {
        content: `Set ${fieldLabel} to ${label}`,
        trigger: `.o_wrap_field:has(.o_form_label:contains('${fieldLabel}')) select`,
        run() {
            const option = [...this.anchor.options].find(
                (item) => item.textContent.trim() === label
            );
            if (!option) {
                throw new Error(`${fieldLabel} offers no ${label}`);
            }
            this.anchor.value = option.value;
            this.anchor.dispatchEvent(new Event("change", {bubbles: true}));
        },
    };
}

/** Open the user named `name` from Settings > Users & Companies > Users. */
function openUser(name) {
    return [
        {
            content: "Open Users & Companies",
            trigger: ".o_main_navbar button:contains('Users & Companies')",
            run: "click",
        },
        {
            content: "Open Users",
            trigger: ".dropdown-item:contains('Users')",
            run: "click",
        },
        {
            content: `Open ${name}`,
            trigger: `.o_list_view .o_data_row td.o_data_cell:contains('${name}')`,
            run: "click",
        },
        {
            content: "The user form is shown",
            trigger: ".o_form_view .o_field_widget[name='login']",
        },
        {
            content: "Open the Access Rights tab (base_user_role puts its Roles tab first)",
            trigger: ".o_notebook .nav-link[name='access_rights']",
            run: "click",
        },
    ];
}

registry.category("web_tour.tours").add("group_backend_administrator_tour", {
    url: "/odoo/action-base.action_res_groups?debug=1",
    steps: () => [
        {
            content: "Create a group",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Name it",
            trigger: ".o_field_widget[name='name'] input",
            run: "edit Dummy app user",
        },
        {
            content: "Put it in an application of its own",
            trigger: ".o_field_widget[name='category_id'] input",
            run: "edit Dummy app",
        },
        {
            content: "Pick the application",
            trigger: ".o-autocomplete--dropdown-item:contains('Dummy app')",
            run: "click",
        },
        {
            content: "Open the Inherited tab",
            trigger: ".o_notebook .nav-link:contains('Inherited')",
            run: "click",
        },
        ...addToList("implied_ids", "Backend UI user"),
        {
            content: "Open the Menus tab",
            trigger: ".o_notebook .nav-link:contains('Menus')",
            run: "click",
        },
        ...addToList("menu_access", "Dummy"),
        {
            content: "Save the group",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The group is saved",
            trigger: ".o_form_view:not(:has(.o_form_button_save:visible))",
        },
        ...openUser("Tom Tour"),
        {
            content: "Make the user a Backend UI user",
            trigger: ".o_field_radio label:contains('Backend UI user')",
            run: "click",
        },
        selectByLabel("Dummy app", "Dummy app user"),
        {
            content: "Save the user",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The user is saved",
            trigger: ".o_form_view:not(:has(.o_form_button_save:visible))",
        },
    ],
});

// Started on the form of the user (his id is the test's): no url of its own.
registry.category("web_tour.tours").add("group_backend_user_type_error_tour", {
    steps: () => [
        {
            content: "The form of the Backend UI user who holds Dummy app user is open",
            trigger: ".o_breadcrumb:contains('Tom Tour')",
        },
        {
            content: "Open the Access Rights tab (base_user_role puts its Roles tab first)",
            trigger: ".o_notebook .nav-link[name='access_rights']",
            run: "click",
        },
        {
            content: "Make the user an Internal User",
            trigger: ".o_field_radio label:contains('Internal User')",
            run: "click",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The error names the user, the group and the chain",
            trigger:
                ".modal:contains('Tom Tour'):contains('Dummy app / Dummy app user'):contains('User types / Backend UI user')",
        },
        {
            content: "Close the error",
            trigger: ".modal .modal-footer button",
            run: "click",
        },
        {
            content: "Discard the change",
            trigger: ".o_form_button_cancel",
            run: "click",
        },
        {
            content: "The user is still a Backend UI user",
            trigger: ".o_field_radio input[data-value]:checked",
            run() {
                const label = this.anchor.closest(".o_radio_item, .form-check")?.textContent;
                if (!label || !label.includes("Backend UI user")) {
                    throw new Error(`The user type is ${label}`);
                }
            },
        },
    ],
});
