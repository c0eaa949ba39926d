/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
 *
 * An external sales agent, a Backend UI user of the group the access assistant
 * made from Sales / User: Own Documents Only, works in CRM and Sales. */

import {
    attachFile,
    checkAppsMenu,
    logIn,
    noErrorDialog,
} from "@group_backend/../tests/tours/journeys_tour";
import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

/** The records of the list or kanban shown are exactly `names`. */
function shows(selector, names) {
    return {
        content: `Exactly ${names.join(", ")} shown`,
        trigger: `${selector}:contains('${names[0]}')`,
        run() {
            const shown = [...document.querySelectorAll(selector)].map((r) => r.innerText);
            for (const name of names) {
                if (!shown.some((text) => text.includes(name))) {
                    throw new Error(`${name} is not shown: ${shown.join(" | ")}`);
                }
            }
            if (shown.length !== names.length) {
                throw new Error(`Others are shown: ${shown.join(" | ")}`);
            }
        },
    };
}

/** Post a note or a message from the chatter of the form shown. */
function chatter(button, text) {
    return [
        {content: `Open the composer (${button})`, trigger: button, run: "click"},
        {
            content: "Write",
            trigger: ".o-mail-Chatter .o-mail-Composer-input",
            run: `edit ${text}`,
        },
        {
            content: "Post",
            trigger: ".o-mail-Chatter .o-mail-Composer-send:enabled",
            run: "click",
        },
        {content: "It is shown", trigger: `.o-mail-Message:contains('${text}')`},
    ];
}

/** A line of the Agent Widget on the quotation shown, then saved. */
const addTheWidgetAndSave = [
    {
        content: "Add a product",
        trigger: ".o_field_x2many_list_row_add a",
        run: "click",
    },
    {
        content: "Choose the product",
        trigger: ".o_data_row .o_field_widget[name='product_template_id'] input",
        run: "edit Agent Widget",
    },
    {
        content: "The product is offered",
        trigger: ".o-autocomplete--dropdown-menu a:contains('Agent Widget')",
        run: "click",
    },
    {
        content: "The product's price is shown",
        trigger: ".o_data_row td[name='price_subtotal']:contains('120.00')",
    },
    ...stepUtils.saveForm(),
];

/** 1-2: the pipeline, the agent's own opportunities only; open one. */
const openPipeline = [
    ...stepUtils.goToAppSteps("crm.crm_menu_root", "Open CRM"),
    shows(".o_kanban_record:not(.o_kanban_ghost)", ["Agent deal"]),
    noErrorDialog,
    {
        content: "Open the opportunity",
        trigger: ".o_kanban_record:contains('Agent deal')",
        run: "click",
    },
    {
        content: "Its form opens",
        trigger: ".o_form_view .o_field_widget[name='name'] :contains('Agent deal'), .o_form_view .o_field_widget[name='name'] textarea",
    },
];

/** 3-8: stage, note, message, activity, file, the customer's card. */
const workOnTheOpportunity = [
    {
        content: "Move it to Qualified",
        trigger: ".o_statusbar_status button:contains('Qualified')",
        run: "click",
    },
    {
        content: "It is in Qualified",
        trigger: ".o_statusbar_status button.o_arrow_button_current:contains('Qualified')",
    },
    ...chatter(".o-mail-Chatter-logNote", "Budget confirmed by phone"),
    ...chatter(".o-mail-Chatter-sendMessage", "Here is our offer"),
    {
        content: "Schedule an activity",
        trigger: ".o-mail-Chatter-activity",
        run: "click",
    },
    {
        content: "Its summary",
        trigger: ".modal .o_field_widget[name='summary'] input",
        run: "edit Call the buyer",
    },
    {
        content: "Schedule it",
        trigger: ".modal button[name='action_schedule_activities']",
        run: "click",
    },
    {
        content: "The activity is shown",
        trigger: ".o-mail-Activity:contains('Call the buyer')",
    },
    ...attachFile("offer.txt"),
    {
        content: "Open the customer's card",
        // shown on hover
        trigger: ".o_field_widget[name='partner_id'] .o_external_button:not(:visible)",
        run: "click",
    },
    {
        content: "The customer's form opens",
        trigger: ".o_form_view .o_field_widget[name='name'] input:value('Agent Customer Co')",
    },
    noErrorDialog,
    {
        content: "Back to the opportunity",
        trigger: ".o_breadcrumb a:contains('Agent deal')",
        run: "click",
    },
];

/** 9-10: a quotation for the customer, then the opportunity won. */
const quoteAndWin = [
    {
        content: "New quotation",
        trigger: "button[name='action_sale_quotations_new']",
        run: "click",
    },
    {
        content: "The quotation is for the customer",
        trigger: ".o_form_view .o_field_widget[name='partner_id'] input:value('Agent Customer Co')",
    },
    ...addTheWidgetAndSave,
    noErrorDialog,
    {
        content: "Back to the opportunity",
        trigger: ".o_breadcrumb a:contains('Agent deal')",
        run: "click",
    },
    {
        content: "It counts one quotation",
        trigger: "button.oe_stat_button:contains('Quotation')",
    },
    {
        content: "Won",
        trigger: "button[name='action_set_won_rainbowman']",
        run: "click",
    },
    {
        content: "It is won",
        trigger: ".o_form_view .ribbon:contains('Won')",
    },
    noErrorDialog,
];

/** 11-12: a new opportunity with a new customer, then lost. */
const newAndLost = [
    {
        content: "Back to the pipeline",
        trigger: ".o_breadcrumb a:contains('Pipeline')",
        run: "click",
    },
    {content: "New", trigger: ".o-kanban-button-new", run: "click"},
    {
        content: "A new customer",
        trigger: ".o_kanban_quick_create .o_field_widget[name='partner_id'] input",
        run: "edit Newco Agency",
    },
    {
        content: "Create it",
        trigger: ".o-autocomplete--dropdown-menu a:contains('Create \"Newco Agency\"')",
        run: "click",
    },
    {
        content: "The opportunity's name",
        trigger: ".o_kanban_quick_create .o_field_widget[name='name'] input",
        run: "edit Newco website",
    },
    {
        content: "Add it",
        trigger: ".o_kanban_quick_create button.o_kanban_add",
        run: "click",
    },
    {
        content: "Open it",
        trigger: ".o_kanban_record:contains('Newco website')",
        run: "click",
    },
    {
        content: "Lost",
        trigger: ".o_form_view .o_statusbar_buttons button:contains('Lost')",
        run: "click",
    },
    {
        content: "A reason",
        trigger: ".modal .o_field_widget[name='lost_reason_id'] input",
        run: "edit Too expensive",
    },
    {
        content: "Choose it",
        trigger: ".o-autocomplete--dropdown-menu a:contains('Too expensive')",
        run: "click",
    },
    {
        content: "Mark as lost",
        trigger: ".modal button[name='action_lost_reason_apply']",
        run: "click",
    },
    {
        content: "It is lost",
        trigger: ".o_form_view .ribbon:contains('Lost')",
    },
    noErrorDialog,
];

registry.category("web_tour.tours").add("group_backend_journey_sales_agent_crm", {
    url: "/web/login",
    steps: () => [
        ...logIn("gb_agent", "gb_agent"),
        ...checkAppsMenu(["crm.crm_menu_root", "sale.sale_menu_root"], true),
        ...openPipeline,
        ...workOnTheOpportunity,
        ...quoteAndWin,
        ...newAndLost,
    ],
});

/** The second app: Sales, a quotation made from the list, noted, sent by e-mail, confirmed. */
registry.category("web_tour.tours").add("group_backend_journey_sales_agent_quotations", {
    url: "/web/login",
    steps: () => [
        ...logIn("gb_agent", "gb_agent"),
        ...stepUtils.goToAppSteps("sale.sale_menu_root", "Open Sales"),
        shows(".o_data_row, .o_kanban_record:not(.o_kanban_ghost)", ["Agent order"]),
        noErrorDialog,
        {content: "New quotation", trigger: ".o_list_button_add, .o-kanban-button-new", run: "click"},
        {
            content: "The customer",
            trigger: ".o_field_widget[name='partner_id'] input",
            run: "edit Agent Customer",
        },
        {
            content: "Choose the customer",
            trigger: ".o-autocomplete--dropdown-menu a:contains('Agent Customer Co')",
            run: "click",
        },
        ...addTheWidgetAndSave,
        ...chatter(".o-mail-Chatter-logNote", "Quoted at list price"),
        {
            content: "Send it by e-mail",
            trigger: ".o_statusbar_buttons button[name='action_quotation_send']",
            run: "click",
        },
        {
            content: "The e-mail is ready",
            trigger: ".modal .o_mail_composer_form_view, .modal .o_form_view",
        },
        {
            content: "Send",
            trigger: ".modal-footer button:contains('Send')",
            run: "click",
        },
        {
            content: "The quotation is sent",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains('Quotation Sent')",
        },
        {
            content: "Confirm it (with Inventory, its delivery is planned)",
            trigger: ".o_statusbar_buttons button[name='action_confirm']",
            run: "click",
        },
        {
            content: "It is a sales order",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains('Sales Order')",
        },
        noErrorDialog,
    ],
});
