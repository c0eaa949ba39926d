/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

/**
 * The apps menu must show exactly these root menus (their XML ids, sorted).
 *
 * @param {String[]} expected
 * @returns {Object[]}
 */
function checkAppsMenu(expected) {
    return [
        stepUtils.showAppsMenuItem(),
        {
            content: `The apps menu shows ${expected.join(", ")}`,
            trigger: ".o-dropdown--menu .o_app[data-menu-xmlid]",
            run() {
                const apps = [...document.querySelectorAll(".o-dropdown--menu .o_app")]
                    .map((app) => app.dataset.menuXmlid)
                    .sort();
                if (JSON.stringify(apps) !== JSON.stringify([...expected].sort())) {
                    throw new Error(`Apps menu shows ${apps.join(", ")}`);
                }
            },
        },
        {
            content: "Close the apps menu",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
    ];
}

/** Open the Dummy app, its list and a record. */
const openDummy = [
    ...stepUtils.goToAppSteps("group_backend.dummy_menu_root", "Open the Dummy app"),
    {
        content: "The Dummy list shows the demo dummies",
        trigger: ".o_list_view .o_data_row td:contains('First dummy')",
        run: "click",
    },
    {
        content: "The record opens in its form",
        trigger: ".o_form_view .o_field_widget[name='x_name'] input",
        run() {
            if (this.anchor.value !== "First dummy") {
                throw new Error(`Opened ${this.anchor.value}`);
            }
        },
    },
];

/** Open the activity menu of the systray, and its own activity. */
const openActivities = [
    {
        content: "Open the activity menu",
        trigger: ".o_menu_systray i[aria-label='Activities']",
        run: "click",
    },
    {
        content: "The user's own activity is listed",
        trigger: ".o-mail-ActivityMenu .o-mail-ActivityGroup:contains('Contact')",
    },
    {
        content: "So is the meeting the user attends today",
        trigger: ".o-mail-ActivityMenu .o-mail-ActivityGroup:contains('Today\\'s Meetings')",
    },
    {
        content: "Close the activity menu",
        trigger: ".o_menu_systray i[aria-label='Activities']",
        run: "click",
    },
];

/** Open the Discuss inbox, then post in a channel the user belongs to. */
function useDiscuss(channel) {
    return [
        ...stepUtils.goToAppSteps("mail.menu_root_discuss", "Open Discuss"),
        {
            content: "Open the inbox",
            trigger: ".o-mail-DiscussSidebar-item:contains('Inbox')",
            run: "click",
        },
        {
            content: "The inbox is shown",
            trigger: ".o-mail-Discuss-threadName[title='Inbox'], .o-mail-Discuss-header:contains('Inbox')",
        },
        {
            content: `Open the channel ${channel}`,
            trigger: `.o-mail-DiscussSidebarChannel:contains('${channel}')`,
            run: "click",
        },
        {
            content: "Write a message",
            trigger: ".o-mail-Composer-input",
            run: "edit Hello from the group_backend tour",
        },
        {
            content: "Send it",
            trigger: ".o-mail-Composer-input",
            run: "press Enter",
        },
        {
            content: "The message is posted",
            trigger: ".o-mail-Message-body:contains('Hello from the group_backend tour')",
        },
    ];
}

/** Change the timezone in the preferences. */
const changeTimezone = [
    {
        content: "Open the user menu",
        trigger: ".o_user_menu button",
        run: "click",
    },
    {
        content: "Open the preferences",
        trigger: ".dropdown-item[data-menu='settings']",
        run: "click",
    },
    {
        content: "Pick another timezone",
        trigger: ".modal .o_field_widget[name='tz'] select",
        run: "select \"America/New_York\"",
    },
    {
        content: "Save the preferences",
        trigger: ".modal .o_form_button_save, .modal button[name='preference_save']",
        run: "click",
    },
    {
        content: "The preferences are saved",
        trigger: "body:not(:has(.modal))",
    },
];

registry.category("web_tour.tours").add("group_backend_ui_user_tour", {
    url: "/odoo",
    steps: () => [
        ...checkAppsMenu(["group_backend.dummy_menu_root", "mail.menu_root_discuss"]),
        ...openDummy,
        ...openActivities,
        ...useDiscuss("backend-team"),
        ...changeTimezone,
    ],
});

registry.category("web_tour.tours").add("group_backend_internal_user_tour", {
    url: "/odoo",
    steps: () => [
        ...checkAppsMenu([
            "base.menu_management",
            "calendar.mail_menu_calendar",
            "group_backend.dummy_menu_root",
            "mail.menu_root_discuss",
        ]),
        ...openDummy,
        ...useDiscuss("general"),
        ...changeTimezone,
    ],
});

/* A plain Backend user: its web client opens, with no menu and no error. */
registry.category("web_tour.tours").add("group_backend_user_tour", {
    url: "/odoo",
    steps: () => [
        {
            content: "The web client opens, with no app",
            trigger: ".o_main_navbar .o_user_menu",
            run() {
                const apps = document.querySelectorAll(".o_menu_sections a, .o_menu_brand");
                if (apps.length) {
                    throw new Error(`The navbar shows ${apps.length} menu entries`);
                }
            },
        },
        {
            content: "Open the user menu",
            trigger: ".o_user_menu button",
            run: "click",
        },
        {
            content: "Onboarding is not offered",
            trigger: ".o-dropdown--menu:not(:has([data-menu='web_tour.tour_enabled']))",
        },
        {
            content: "No error dialog is shown",
            trigger: "body:not(:has(.o_error_dialog))",
        },
    ],
});
