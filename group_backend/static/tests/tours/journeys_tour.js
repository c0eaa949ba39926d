/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

/* Journeys: what people do, from the login form on (tests/test_journeys.py sets
 * the scene and checks the server log; watch_errors.js fails a journey on any
 * error dialog). Logins and passwords are those of the demo data or of the
 * users the tests create. */

import {Component} from "@odoo/owl";
import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

/**
 * Log in through the login form, as a browser does (it sends the tz cookie).
 *
 * @param {String} login
 * @param {String} password
 * @returns {Object[]}
 */
export function logIn(login, password) {
    return [
        {
            content: `Type the login ${login}`,
            trigger: "form.oe_login_form input[name='login']",
            run: `edit ${login}`,
        },
        {
            content: "Type the password",
            trigger: "form.oe_login_form input[name='password']",
            run: `edit ${password}`,
        },
        {
            content: "Log in",
            trigger: "form.oe_login_form button[type='submit']",
            run: "click",
            expectUnloadPage: true,
        },
        {
            content: "The web client opens",
            trigger: ".o_main_navbar .o_user_menu",
        },
        webClientSettled,
    ];
}

/**
 * The web client has shown its first app, if the user has one: a dialog opened
 * before that (the preferences, say) would be closed when the app arrives.
 */
export const webClientSettled = {
    content: "The first app, if any, is shown",
    trigger: ".o_main_navbar .o_user_menu",
    async run() {
        const {action, menu} = Component.env.services;
        for (let wait = 0; wait < 200 && menu.getApps().length; wait++) {
            if (action.currentController) {
                return;
            }
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        if (menu.getApps().length) {
            throw new Error("The first app was not shown within 10 s");
        }
    },
};

/** No error dialog is shown (watch_errors.js also fails the tour at once). */
export const noErrorDialog = {
    content: "No error dialog is shown",
    trigger: "body:not(:has(.o_error_dialog))",
};

/**
 * The apps menu shows exactly these root menus (their XML ids), or at least
 * these when `atLeast` is set (the apps installed decide the others).
 *
 * @param {String[]} expected
 * @param {Boolean} [atLeast]
 * @returns {Object[]}
 */
export function checkAppsMenu(expected, atLeast = false) {
    return [
        stepUtils.showAppsMenuItem(),
        {
            content: `The apps menu shows ${atLeast ? "at least " : ""}${expected.join(", ")}`,
            trigger: ".o-dropdown--menu .o_app[data-menu-xmlid]",
            run() {
                const apps = [...document.querySelectorAll(".o-dropdown--menu .o_app")]
                    .map((app) => app.dataset.menuXmlid)
                    .sort();
                const shown = atLeast ? apps.filter((app) => expected.includes(app)) : apps;
                if (JSON.stringify(shown) !== JSON.stringify([...expected].sort())) {
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

/** Open the activity menu of the systray, and see its own activity. */
const openActivities = [
    {
        content: "Open the activity menu",
        trigger: ".o_menu_systray i[aria-label='Activities']",
        run: "click",
    },
    {
        content: "The user's own activity is listed",
        trigger: ".o-mail-ActivityMenu .o-mail-ActivityGroup[data-model_name='res.partner']",
    },
    {
        content: "So is the meeting the user attends today",
        trigger: ".o-mail-ActivityMenu .o-mail-ActivityGroup[data-model_name='calendar.event']",
    },
    {
        content: "Close the activity menu",
        trigger: ".o_menu_systray i[aria-label='Activities']",
        run: "click",
    },
];

/** Open Discuss, its inbox, then post in a channel the user belongs to. */
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
            trigger:
                ".o-mail-Discuss-threadName[title='Inbox'], .o-mail-Discuss-header:contains('Inbox')",
        },
        {
            content: `Open the channel ${channel}`,
            trigger: `.o-mail-DiscussSidebarChannel:contains('${channel}')`,
            run: "click",
        },
        ...postMessage("Hello from the group_backend tour"),
    ];
}

/** Open Discuss, then the channel the demo Backend UI user shares with a colleague. */
const openSharedChannel = [
    ...stepUtils.goToAppSteps("mail.menu_root_discuss", "Open Discuss"),
    {
        content: "Open the shared channel",
        trigger: ".o-mail-DiscussSidebarChannel:contains('backend-team')",
        run: "click",
    },
];

/** Post `text` in the thread shown. */
export function postMessage(text) {
    return [
        {
            content: "Write a message",
            trigger: ".o-mail-Composer-input",
            run: `edit ${text}`,
        },
        {
            content: "Send it",
            trigger: ".o-mail-Composer-input",
            run: "press Enter",
        },
        {
            content: "The message is posted",
            trigger: `.o-mail-Message-body:contains('${text}')`,
        },
    ];
}

/**
 * Attach a text file named `name` with the chatter's paperclip.
 *
 * @param {String} name
 * @returns {Object[]}
 */
export function attachFile(name) {
    return [
        {
            content: `Attach ${name}`,
            trigger: ".o-mail-Chatter-topbar input.o-mail-Chatter-fileUploader:not(:visible)",
            run() {
                const input = this.anchor;
                const transfer = new DataTransfer();
                transfer.items.add(new File(["A drawing"], name, {type: "text/plain"}));
                input.files = transfer.files;
                input.dispatchEvent(new Event("change", {bubbles: true}));
            },
        },
        {
            content: "The file is attached",
            trigger: `.o-mail-AttachmentList:contains('${name}')`,
        },
    ];
}

/** Open the preferences (the user menu), on the tab named `tab` if given. */
function openPreferences(tab) {
    const steps = [
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
    ];
    if (tab) {
        steps.push({
            content: `Open the tab ${tab}`,
            trigger: `.modal .nav-link:contains('${tab}')`,
            run: "click",
        });
    }
    return steps;
}

/** Change the timezone in the preferences. */
const changeTimezone = [
    ...openPreferences(),
    {
        content: "Pick another timezone",
        trigger: ".modal .o_field_widget[name='tz'] select",
        run: 'select "America/New_York"',
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

/** Onboarding ("tours") is not offered in the user menu. */
const noOnboarding = [
    {
        content: "Open the user menu",
        trigger: ".o_user_menu button",
        run: "click",
    },
    {
        content: "Onboarding is not offered",
        trigger: ".o-dropdown--menu:has([data-menu='settings']):not(:has([data-menu='web_tour.tour_enabled']))",
    },
    {
        content: "Close the user menu",
        trigger: ".o_user_menu button",
        run: "click",
    },
];

/** The web client of a plain Backend user: no app, no error. */
const noApps = [
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
];

const tours = registry.category("web_tour.tours");

tours.add("group_backend_journey_ui_user", {
    url: "/web/login",
    steps: () => [
        ...logIn("backend_ui", "backend_ui"),
        ...checkAppsMenu(["group_backend.dummy_menu_root", "mail.menu_root_discuss"]),
        ...openDummy,
        ...openActivities,
        ...useDiscuss("backend-team"),
        ...changeTimezone,
        ...noOnboarding,
        noErrorDialog,
    ],
});

tours.add("group_backend_journey_internal_user", {
    url: "/web/login",
    steps: () => [
        ...logIn("internal", "internal"),
        ...checkAppsMenu(
            [
                "base.menu_management",
                "calendar.mail_menu_calendar",
                "group_backend.dummy_menu_root",
                "mail.menu_root_discuss",
            ],
            true
        ),
        ...openDummy,
        ...useDiscuss("general"),
        ...changeTimezone,
    ],
});

/** The systray of a plain Backend user: its chat with OdooBot, its activities. */
const useSystray = [
    {
        content: "Open the messaging menu",
        trigger: ".o_menu_systray i[aria-label='Messages']",
        run: "click",
    },
    {
        content: "Open the chat with OdooBot",
        trigger: ".o-mail-NotificationItem:contains('OdooBot')",
        run: "click",
    },
    {
        content: "Write to OdooBot",
        trigger: ".o-mail-ChatWindow .o-mail-Composer-input",
        run: "edit Hello OdooBot",
    },
    {
        content: "Send it",
        trigger: ".o-mail-ChatWindow .o-mail-Composer-input",
        run: "press Enter",
    },
    {
        content: "The message is posted",
        trigger: ".o-mail-ChatWindow .o-mail-Message-body:contains('Hello OdooBot')",
    },
    {
        content: "Open the activity menu",
        trigger: ".o_menu_systray i[aria-label='Activities']",
        run: "click",
    },
    {
        content: "It opens",
        trigger: ".o-mail-ActivityMenu",
    },
    {
        content: "Close it",
        trigger: ".o_menu_systray i[aria-label='Activities']",
        run: "click",
    },
];

tours.add("group_backend_journey_backend_user", {
    url: "/web/login",
    steps: () => [
        ...logIn("backend", "backend"),
        ...noApps,
        ...noOnboarding,
        ...useSystray,
        noErrorDialog,
    ],
});

/* First logins of users the tests create (tests/test_journeys.py): no timezone yet. */
tours.add("group_backend_journey_first_login_backend", {
    url: "/web/login",
    steps: () => [
        ...logIn("gb_first_backend", "gb_first_backend"),
        ...noApps,
        ...noOnboarding,
        noErrorDialog,
    ],
});

tours.add("group_backend_journey_first_login_ui", {
    url: "/web/login",
    steps: () => [
        ...logIn("gb_first_ui", "gb_first_ui"),
        ...checkAppsMenu(["group_backend.dummy_menu_root", "mail.menu_root_discuss"]),
        ...stepUtils.goToAppSteps("mail.menu_root_discuss", "Open Discuss"),
        {
            content: "Discuss shows the user's channel",
            trigger: ".o-mail-DiscussSidebarChannel:contains('backend-team')",
            run: "click",
        },
        ...postMessage("My first message"),
        ...noOnboarding,
        noErrorDialog,
    ],
});

/* The Backend UI user's records: its activity, its meeting, an import. */
tours.add("group_backend_journey_records", {
    url: "/web/login",
    steps: () => [
        ...logIn("backend_ui", "backend_ui"),
        {
            content: "Open the activity menu",
            trigger: ".o_menu_systray i[aria-label='Activities']",
            run: "click",
        },
        {
            content: "Open the activity on the user's own contact",
            trigger: ".o-mail-ActivityMenu .o-mail-ActivityGroup[data-model_name='res.partner']",
            run: "click",
        },
        {
            content: "The user's own contact is listed",
            trigger:
                ".o_data_row td.o_data_cell:contains('Uma Backend UI'), .o_kanban_record:contains('Uma Backend UI')",
            run: "click",
        },
        {
            content: "Its form shows the activity in the chatter",
            trigger: ".o_form_view .o-mail-Chatter .o-mail-Activity:contains('Read the backend team channel')",
        },
        {
            content: "The chatter shows the message to the user, not the employees' internal note",
            trigger:
                ".o-mail-Chatter:has(.o-mail-Message:contains('your access is ready')):not(:has(.o-mail-Message:contains('under review')))",
        },
        {
            content: "It offers Send message, and no Log note: the user reads no internal note",
            trigger: ".o-mail-Chatter-topbar:has(.o-mail-Chatter-sendMessage):not(:has(.o-mail-Chatter-logNote))",
        },
        noErrorDialog,
        {
            content: "Open the activity menu again",
            trigger: ".o_menu_systray i[aria-label='Activities']",
            run: "click",
        },
        {
            content: "Open today's meeting",
            trigger: ".o-mail-ActivityMenu .o-mail-ActivityGroup[data-model_name='calendar.event']",
            run: "click",
        },
        {
            content: "The calendar offers no new meeting: the user may not create one",
            trigger: ".o_calendar_view:not(:has(.o-calendar-button-new))",
        },
        {
            content: "Open the meeting",
            trigger: ".o_calendar_view .fc-event:contains('Backend team stand-up')",
            run: "click",
        },
        {
            content: "Its card shows the attendees, and offers no form",
            trigger: ".o_cw_popover:contains('Uma Backend UI'):not(:has(.o_cw_popover_edit))",
        },
        {
            content: "It offers no answer (Odoo offers one when it shows other attendees, which she may not read): the invitation's e-mail has Accept and Decline",
            trigger: ".o_cw_popover:not(:has(button:contains('Maybe')))",
        },
        {
            content: "Close the card",
            trigger: ".o_cw_popover .o_cw_popover_close",
            run: "click",
        },
        noErrorDialog,
        ...stepUtils.goToAppSteps("group_backend.dummy_menu_root", "Open the Dummy app"),
        {
            content: "Open the gear menu",
            trigger: ".o_control_panel .o_cp_action_menus .dropdown-toggle",
            run: "click",
        },
        {
            content: "Import records",
            trigger: ".o-dropdown--menu .o-dropdown-item:contains('Import records')",
            run: "click",
        },
        {
            content: "Upload a file of dummies",
            trigger: ".o_control_panel .o_file_input:contains('Upload Data File')",
            run() {
                const input = this.anchor.querySelector("input.o_input_file");
                const file = new File(["Name,Notes\nImported dummy,From the journey\n"], "dummies.csv", {
                    type: "text/csv",
                });
                const transfer = new DataTransfer();
                transfer.items.add(file);
                input.files = transfer.files;
                input.dispatchEvent(new Event("change", {bubbles: true}));
            },
        },
        {
            content: "Test the import",
            trigger: ".o_control_panel button:contains('Test')",
            run: "click",
        },
        {
            content: "The file is valid",
            trigger: ".o_import_action .alert-info:contains('Everything seems valid')",
        },
        {
            content: "Import it",
            trigger: ".o_control_panel button:contains('Import'):not(:contains('Test'))",
            run: "click",
        },
        {
            content: "The imported dummy is listed",
            trigger: ".o_list_view .o_data_row td:contains('Imported dummy')",
        },
        noErrorDialog,
    ],
});

/* Discuss with a colleague (Ian Internal, in backend-team: tests/test_journeys.py). */
tours.add("group_backend_journey_discuss", {
    url: "/web/login",
    steps: () => [
        ...logIn("backend_ui", "backend_ui"),
        ...openSharedChannel,
        {
            content: "The colleague's message mentions someone the user may not see",
            trigger: ".o-mail-Message:contains('Ask Mitchell')",
        },
        {
            content: "The author's avatar opens no card: it would read the author's user",
            trigger:
                ".o-mail-Message:contains('Ask Mitchell') .o-mail-Message-avatarContainer:not(.cursor-pointer)",
        },
        {
            content: "Hover the channels",
            trigger: ".o-mail-DiscussSidebarCategory-channel",
            run: "hover",
        },
        {
            content: "Channels offer neither browsing nor creating",
            trigger:
                ".o-mail-DiscussSidebarCategory-channel:not(:has(.o-mail-DiscussSidebarCategory-add, .fa-cog))",
        },
        {
            content: "Show the members",
            trigger: ".o-mail-Discuss-header button[name='member-list']",
            isActive: ["body:not(:has(.o-discuss-ChannelMemberList))"],
            run: "click",
        },
        {
            content: "Click the colleague's avatar: a chat with the colleague opens",
            trigger: ".o-discuss-ChannelMember:contains('Ian Internal')",
            run: "click",
        },
        {
            content: "The chat is the thread shown",
            trigger: ".o-mail-Composer-input[placeholder*='Ian Internal']",
        },
        ...postMessage("Hello Ian"),
        {
            content: "Hover the direct messages",
            trigger: ".o-mail-DiscussSidebarCategory-chat",
            run: "hover",
        },
        {
            content: "Start a conversation",
            trigger: ".o-mail-DiscussSidebarCategory-chat .o-mail-DiscussSidebarCategory-add",
            run: "click",
        },
        {
            content: "Look for the colleague",
            trigger: ".o-discuss-ChannelSelector input",
            run: "edit Ian",
        },
        {
            content: "The colleague is found",
            trigger: ".o-discuss-ChannelSelector-suggestion:contains('Ian Internal')",
            run: "click",
        },
        {
            content: "Open the conversation",
            trigger: ".o-discuss-ChannelSelector input",
            run: "press Enter",
        },
        {
            content: "The conversation with the colleague is shown",
            trigger: ".o-mail-Message-body:contains('Hello Ian')",
        },
        {
            content: "Type the start of a canned response",
            trigger: ".o-mail-Composer-input",
            run: "edit ::",
        },
        {
            content: "Clear it",
            trigger: ".o-mail-Composer-input",
            run: "clear",
        },
        {
            content: "Start a meeting",
            trigger: ".o-mail-DiscussSidebar button:contains('Start a meeting')",
            run: "click",
        },
        {
            content: "Invite the colleague",
            trigger: ".o-discuss-ChannelInvitation input",
            run: "edit Ian",
        },
        {
            content: "The colleague is offered",
            trigger: ".o-discuss-ChannelInvitation-selectable:contains('Ian Internal')",
            run: "click",
        },
        {
            content: "Send the invitation",
            trigger: ".o-discuss-ChannelInvitation button:contains('Invite'):enabled",
            run: "click",
        },
        {
            content: "The invitation is sent (the test checks that the colleague is a member)",
            trigger: "body:not(:has(.o-discuss-ChannelInvitation))",
        },
        {
            content: "Leave the call",
            trigger: ".o-discuss-CallActionList button[aria-label='Disconnect'], .o-discuss-CallActionList button[title='Disconnect']",
            run: "click",
        },
        {
            content: "Open Discuss' configuration",
            trigger: ".o_menu_sections button:contains('Configuration')",
            run: "click",
        },
        {
            content: "Open Voice & Video",
            trigger: ".o-dropdown--menu .dropdown-item:contains('Voice & Video')",
            run: "click",
        },
        {
            content: "The user's own call settings are shown",
            trigger: ".modal:contains('Voice Detection')",
        },
        {
            content: "Close them",
            trigger: ".modal .btn-close",
            run: "click",
        },
        {
            content: "Open Discuss' configuration again",
            trigger: "body:not(:has(.modal)) .o_menu_sections button:contains('Configuration')",
            run: "click",
        },
        {
            content: "Open the notification settings",
            trigger: ".o-dropdown--menu .dropdown-item:contains('Notifications')",
            run: "click",
        },
        {
            content: "Be notified of all messages",
            trigger: ".modal .o-mail-DiscussNotificationSettings button:contains('All Messages')",
            run: "click",
        },
        {
            content: "Close them",
            trigger: ".modal .btn-close",
            run: "click",
        },
        noErrorDialog,
    ],
});

/* The Backend UI user's account: a new API key, then a new password. */
tours.add("group_backend_journey_account", {
    url: "/web/login",
    steps: () => [
        ...logIn("backend_ui", "backend_ui"),
        ...openPreferences("Account Security"),
        {
            content: "Ask for a new API key",
            trigger: ".modal button[name='api_key_wizard']",
            run: "click",
        },
        {
            content: "Confirm the password",
            trigger: ".modal:contains('Security Control') .o_field_widget[name='password'] input",
            run: "edit backend_ui",
        },
        {
            content: "Confirm",
            trigger: ".modal:contains('Security Control') button:contains('Confirm Password')",
            run: "click",
        },
        {
            content: "Describe the key",
            trigger: ".modal .o_field_widget[name='name'] input",
            run: "edit Journey key",
        },
        {
            content: "Generate it",
            trigger: ".modal button:contains('Generate key')",
            run: "click",
        },
        {
            content: "The key is shown once",
            trigger: ".modal:contains('API Key Ready') .o_field_widget[name='key']",
        },
        {
            content: "Done",
            trigger: ".modal button:contains('Done')",
            run: "click",
        },
        {
            content: "The dialogs are closed",
            trigger: "body:not(:has(.modal))",
        },
        ...openPreferences("Account Security"),
        {
            content: "The new key is listed",
            trigger: ".modal .o_field_widget[name='api_key_ids'] td:contains('Journey key')",
        },
        {
            content: "Change the password",
            trigger: ".modal button[name='preference_change_password']",
            run: "click",
        },
        {
            content: "Confirm the password, if asked again",
            trigger: ".modal:contains('Security Control') .o_field_widget[name='password'] input",
            isActive: [".modal:contains('Security Control')"],
            run: "edit backend_ui",
        },
        {
            content: "Confirm, if asked again",
            trigger: ".modal:contains('Security Control') button:contains('Confirm Password')",
            isActive: [".modal:contains('Security Control')"],
            run: "click",
        },
        {
            content: "Type the new password",
            trigger: ".modal .o_field_widget[name='new_password'] input",
            run: "edit backend_ui-2",
        },
        {
            content: "Type it again",
            trigger: ".modal .o_field_widget[name='confirm_password'] input",
            run: "edit backend_ui-2",
        },
        {
            content: "Change it: Odoo then asks to log in again",
            trigger: ".modal button[name='change_password']",
            run: "click",
            expectUnloadPage: true,
        },
        ...logIn("backend_ui", "backend_ui-2"),
        noErrorDialog,
    ],
});

/** Hover a message, then click one of its actions, shown or under "Expand". */
function messageAction(text, title, expand = true) {
    const steps = [];
    if (expand) {
        steps.push({
            content: `Show the other actions of the message "${text}"`,
            trigger: `.o-mail-Message[data-persistent]:contains('${text}')`,
            run: `hover && click .o-mail-Message:contains('${text}') [title='Expand']`,
        });
    }
    steps.push({
        content: `${title} the message "${text}"`,
        trigger: expand
            ? `.o-mail-Message-moreMenu [title='${title}'], .o-mail-Message:contains('${text}') [title='${title}']`
            : `.o-mail-Message[data-persistent]:contains('${text}')`,
        run: expand ? "click" : `hover && click .o-mail-Message:contains('${text}') [title='${title}']`,
    });
    return steps;
}

/* Messages in the Backend UI user's channel: react to hers and a colleague's; edit,
 * star and pin hers; delete another of hers. */
tours.add("group_backend_journey_messages", {
    url: "/web/login",
    steps: () => [
        ...logIn("backend_ui", "backend_ui"),
        ...openSharedChannel,
        ...postMessage("Draft to keep"),
        ...postMessage("Draft to delete"),
        ...messageAction("Draft to keep", "Add a Reaction", false),
        {
            content: "Pick an emoji",
            trigger: ".o-EmojiPicker .o-Emoji:contains('🙂')",
            run: "click",
        },
        {
            content: "The reaction is shown",
            trigger: ".o-mail-Message:contains('Draft to keep') .o-mail-MessageReaction:contains('🙂')",
        },
        ...messageAction("Ask Mitchell about it", "Add a Reaction", false),
        {
            content: "React to the colleague's message too",
            trigger: ".o-EmojiPicker .o-Emoji:contains('👍')",
            run: "click",
        },
        ...messageAction("Draft to keep", "Edit"),
        {
            content: "Change the text",
            trigger: ".o-mail-Message .o-mail-Composer-input",
            run: "edit Message kept",
        },
        {
            content: "Save it",
            trigger: ".o-mail-Message a:contains(save)",
            run: "click",
        },
        {
            content: "The message is edited",
            trigger: ".o-mail-Message-body:contains('Message kept')",
        },
        ...messageAction("Message kept", "Mark as Todo"),
        {
            content: "Open the starred messages",
            trigger: ".o-mail-DiscussSidebar-item:contains('Starred')",
            run: "click",
        },
        {
            content: "The message is starred",
            trigger: ".o-mail-Thread .o-mail-Message-body:contains('Message kept')",
        },
        {
            content: "Back to the channel",
            trigger: ".o-mail-DiscussSidebarChannel:contains('backend-team')",
            run: "click",
        },
        ...messageAction("Message kept", "Pin"),
        {
            content: "Confirm the pin",
            trigger: ".modal button:contains('Yeah, pin it!')",
            run: "click",
        },
        {
            content: "The pin is confirmed",
            trigger: "body:not(:has(.modal))",
        },
        ...messageAction("Draft to delete", "Delete"),
        {
            content: "Confirm the deletion",
            trigger: ".modal:contains('delete this message') button:contains('Confirm')",
            run: "click",
        },
        {
            content: "The message is gone",
            trigger: ".o-mail-Thread:not(:has(.o-mail-Message-body:contains('Draft to delete')))",
        },
        noErrorDialog,
    ],
});
