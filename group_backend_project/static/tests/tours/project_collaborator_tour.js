/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {
    attachFile,
    checkAppsMenu,
    logIn,
    noErrorDialog,
    postMessage,
} from "@group_backend/../tests/tours/journeys_tour";
import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

/** Open Apollo's task "Design the probe" from the project's kanban. */
export const openProbe = [
    ...stepUtils.goToAppSteps("project.menu_main_pm", "Open Project"),
    {
        content: "The projects the user follows are listed, Apollo only",
        trigger: ".o_kanban_record:contains('Apollo')",
        run() {
            const names = [...document.querySelectorAll(".o_kanban_record")].map((r) => r.innerText);
            if (names.some((name) => name.includes("Borealis"))) {
                throw new Error("A project the user does not follow is listed");
            }
        },
    },
    {
        content: "Open Apollo's tasks",
        trigger: ".o_kanban_record:contains('Apollo')",
        run: "click",
    },
    {
        content: "Open the task from the kanban",
        trigger: ".o_kanban_record:contains('Design the probe')",
        run: "click",
    },
    {
        content: "The task's form opens",
        trigger: ".o_form_view .o_field_widget[name='name']:contains('Design the probe')",
    },
];

/** Note, message and file on the task shown. */
export const workOnTheTask = [
    {
        content: "The team's internal note is shown",
        trigger: ".o-mail-Message:contains('Team note on Design the probe')",
    },
    {
        content: "Move the task to Done",
        trigger: ".o_statusbar_status button:contains('Done')",
        run: "click",
    },
    {
        content: "The task is in Done",
        trigger: ".o_statusbar_status button.o_arrow_button_current:contains('Done')",
    },
    {
        content: "Log a note",
        trigger: ".o-mail-Chatter-logNote",
        run: "click",
    },
    {
        content: "Write the note",
        trigger: ".o-mail-Chatter .o-mail-Composer-input",
        run: "edit Probe drawn, see the file",
    },
    {
        content: "Log it",
        trigger: ".o-mail-Chatter .o-mail-Composer-send:enabled",
        run: "click",
    },
    {
        content: "The note is shown",
        trigger: ".o-mail-Message:contains('Probe drawn, see the file')",
    },
    {
        content: "Open the followers (it follows the task, as a follower of its project)",
        trigger: ".o-mail-Chatter:not(:has(button.o-mail-Chatter-follow)) .o-mail-Followers-button",
        run: "click",
    },
    {
        content: "It follows the task itself, and is offered no Add Followers: it follows for itself only",
        trigger:
            ".o-mail-Followers-dropdown:has(.o-mail-Follower):not(:has(.dropdown-item:contains('Add Followers')))",
    },
    {
        content: "Close the followers",
        trigger: ".o-mail-Chatter .o-mail-Followers-button",
        run: "click",
    },
    {
        content: "Send a message",
        trigger: ".o-mail-Chatter-sendMessage",
        run: "click",
    },
    {
        content: "Write the message",
        trigger: ".o-mail-Chatter .o-mail-Composer-input",
        run: "edit The probe is ready for review",
    },
    {
        content: "Send it",
        trigger: ".o-mail-Chatter .o-mail-Composer-send:enabled",
        run: "click",
    },
    {
        content: "The message is shown",
        trigger: ".o-mail-Message:contains('The probe is ready for review')",
    },
    ...attachFile("probe-drawing.txt"),
    noErrorDialog,
];

/** Post in the project's channel, then in a chat with a colleague. */
export const talkWithTheTeam = [
    ...stepUtils.goToAppSteps("mail.menu_root_discuss", "Open Discuss"),
    {
        content: "Open the project's channel",
        trigger: ".o-mail-DiscussSidebarChannel:contains('apollo-team')",
        run: "click",
    },
    ...postMessage("Probe ready"),
    {
        content: "Show the members",
        trigger: ".o-mail-Discuss-header button[name='member-list']",
        isActive: ["body:not(:has(.o-discuss-ChannelMemberList))"],
        run: "click",
    },
    {
        content: "Open a chat with the colleague",
        trigger: ".o-discuss-ChannelMember:contains('Ian Employee')",
        run: "click",
    },
    {
        content: "The chat is the thread shown",
        trigger: ".o-mail-Composer-input[placeholder*='Ian Employee']",
    },
    ...postMessage("Can you review the probe?"),
    noErrorDialog,
];

registry.category("web_tour.tours").add("group_backend_project_collaborator", {
    url: "/web/login",
    steps: () => [
        ...logIn("gb_colin", "gb_colin"),
        ...checkAppsMenu(["mail.menu_root_discuss", "project.menu_main_pm"], true),
        ...openProbe,
        ...workOnTheTask,
        ...talkWithTheTeam,
    ],
});
