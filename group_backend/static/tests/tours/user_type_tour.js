/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {registry} from "@web/core/registry";

/** Throw unless every cell of the list's User type column says one of `types`. */
function checkUserTypeColumn(types) {
    const cells = [...document.querySelectorAll(".o_data_row td[name='user_type_id']")];
    const shown = cells.map((cell) => cell.textContent.trim());
    if (!shown.length || shown.some((text) => !types.some((type) => text.endsWith(type)))) {
        throw new Error(`The list shows the user types ${shown.join(", ")}`);
    }
}

registry.category("web_tour.tours").add("group_backend_user_type_tour", {
    url: "/odoo/action-base.action_res_users",
    steps: () => [
        {
            content: "Create a user",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Name the user",
            trigger: ".o_field_widget[name='name'] input",
            run: "edit Nina Tour",
        },
        {
            content: "Give a login",
            trigger: ".o_field_widget[name='login'] input",
            run: "edit gb_nina",
        },
        {
            content: "Open the Access Rights tab (base_user_role puts its Roles tab first)",
            trigger: ".o_notebook .nav-link[name='access_rights']",
            run: "click",
        },
        {
            content: "Make the user a Backend UI user: the type is shown without developer mode",
            trigger: ".o_field_radio label:contains('Backend UI user')",
            run: "click",
        },
        {
            content: "A help line says what the type gives",
            trigger: ".o_field_widget[name='user_type_help']:contains('own data')",
        },
        {
            content: "The application's groups are offered: Dummy editor",
            trigger: ".o_wrap_field:has(.o_form_label:contains('Dummy')) select",
            run() {
                // hoot's "select" action picks an option by value: here ids
                const option = [...this.anchor.options].find(
                    (item) => item.textContent.trim() === "Dummy editor"
                );
                this.anchor.value = option.value;
                this.anchor.dispatchEvent(new Event("change", {bubbles: true}));
            },
        },
        {
            content: "Dummy editor is chosen",
            trigger: ".o_field_widget[name^='sel_groups_'] select:has(option:selected:contains('Dummy editor'))",
        },
        {
            content: "Save the user",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The user is saved",
            trigger: ".o_form_view:not(:has(.o_form_button_save:visible))",
        },
        {
            content: "Back to the user list",
            trigger: ".o_breadcrumb .breadcrumb-item a:contains('Users')",
            run: "click",
        },
        {
            content: "The default filter shows employees only",
            trigger: ".o_list_view .o_data_row td[name='user_type_id']",
            run() {
                checkUserTypeColumn(["Internal User"]);
            },
        },
        {
            content: "Drop the Internal Users filter",
            trigger: ".o_searchview_facet:contains('Internal Users') .o_facet_remove",
            run: "click",
        },
        {
            content: "Open the filters",
            trigger: ".o_control_panel_actions .o_searchview_dropdown_toggler",
            run: "click",
        },
        {
            content: "Filter on backend users",
            trigger: ".o_filter_menu .o_menu_item:contains('Backend users')",
            run: "click",
        },
        {
            content: "The new Backend UI user is listed",
            trigger: ".o_list_view .o_data_row:contains('Nina Tour')",
        },
        {
            content: "Only backend users are listed",
            trigger: ".o_searchview_facet:contains('Backend users')",
            run() {
                checkUserTypeColumn(["Backend user", "Backend UI user"]);
            },
        },
    ],
});

registry.category("web_tour.tours").add("group_backend_set_user_type_tour", {
    url: "/odoo/action-base.action_res_users",
    steps: () => [
        ...["Ann Three", "Bob Three", "Cat Three"].map((name) => ({
            content: `Select ${name}`,
            trigger: `.o_data_row:contains('${name}') td.o_list_record_selector input`,
            run: "click",
        })),
        {
            content: "Open the actions",
            trigger: ".o_cp_action_menus button:has(.fa-cog)",
            run: "click",
        },
        {
            content: "Set user type…",
            trigger: ".o-dropdown--menu .dropdown-item:contains('Set user type')",
            run: "click",
        },
        {
            content: "The three users are listed",
            trigger: ".modal .o_field_widget[name='user_ids'] .o_data_row:contains('Cat Three')",
        },
        {
            content: "Choose Backend UI user",
            trigger: ".modal .o_field_radio label:contains('Backend UI user')",
            run: "click",
        },
        {
            content: "Confirm",
            trigger: ".modal button[name='action_apply']",
            run: "click",
        },
        {
            content: "The wizard is closed",
            trigger: "body:not(:has(.modal))",
        },
        {
            content: "They left the Internal Users list",
            trigger: ".o_list_view:not(:has(.o_data_row:contains('Three')))",
        },
    ],
});
