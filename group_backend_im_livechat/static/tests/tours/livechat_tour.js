/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {logIn, noErrorDialog} from "@group_backend/../tests/tours/journeys_tour";
import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

/* The Backend UI user chatted with the website's support (tests/test_livechat.py). */
registry.category("web_tour.tours").add("group_backend_journey_livechat", {
    url: "/web/login",
    steps: () => [
        ...logIn("backend_ui", "backend_ui"),
        ...stepUtils.goToAppSteps("mail.menu_root_discuss", "Open Discuss"),
        {
            content: "Discuss lists the user's channels",
            trigger: ".o-mail-DiscussSidebarChannel:contains('backend-team')",
        },
        {
            content: "Open the messaging menu",
            trigger: ".o_menu_systray i[aria-label='Messages']",
            run: "click",
        },
        {
            content: "The live chat is there",
            trigger: ".o-mail-NotificationItem:contains('How may I help')",
            run: "click",
        },
        {
            content: "It opens",
            trigger: ".o-mail-Thread .o-mail-Message:contains('How may I help')",
        },
        {
            content: "The user, a visitor there, is offered no invitation",
            trigger: ".o-mail-Discuss-header:not(:has(button[name='invite-people']))",
        },
        noErrorDialog,
    ],
});
