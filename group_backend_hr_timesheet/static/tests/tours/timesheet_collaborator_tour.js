/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {checkAppsMenu, logIn, noErrorDialog} from "@group_backend/../tests/tours/journeys_tour";
import {
    openProbe,
    talkWithTheTeam,
    workOnTheTask,
} from "@group_backend_project/../tests/tours/project_collaborator_tour";
import {registry} from "@web/core/registry";
import {stepUtils} from "@web_tour/tour_service/tour_utils";

/** Log time on the task shown, in its Timesheets tab. */
const logTimeOnTheTask = [
    {
        content: "Open the Timesheets tab",
        trigger: ".o_notebook .nav-link[name='page_timesheets']",
        run: "click",
    },
    {
        content: "Add a line",
        trigger: ".o_field_widget[name='timesheet_ids'] .o_field_x2many_list_row_add a",
        run: "click",
    },
    {
        content: "Describe the work",
        trigger: ".o_field_widget[name='timesheet_ids'] .o_selected_row .o_field_widget[name='name'] input",
        run: "edit Drew the probe",
    },
    {
        content: "Say how long",
        trigger: ".o_field_widget[name='timesheet_ids'] .o_selected_row .o_field_widget[name='unit_amount'] input",
        run: "edit 01:30",
    },
    {
        content: "Save the task",
        trigger: ".o_form_button_save",
        run: "click",
    },
    {
        content: "The line is saved",
        trigger: ".o_form_saved .o_field_widget[name='timesheet_ids'] .o_data_row:contains('Drew the probe')",
    },
    noErrorDialog,
];

/** Log time from the Timesheets app, picking the task. */
const logTimeInTimesheets = [
    ...stepUtils.goToAppSteps("hr_timesheet.timesheet_menu_root", "Open Timesheets"),
    {
        content: "The user's own line is listed",
        trigger: ".o_list_view .o_data_row:contains('Drew the probe')",
    },
    {
        content: "Add a line",
        trigger: ".o_control_panel .o_list_button_add",
        run: "click",
    },
    {
        content: "Pick the project",
        trigger: ".o_selected_row .o_field_widget[name='project_id'] input",
        run: "edit Apollo",
    },
    {
        content: "Apollo is proposed",
        trigger: ".o-autocomplete--dropdown-menu a:contains('Apollo')",
        run: "click",
    },
    {
        content: "Pick the task",
        trigger: ".o_selected_row .o_field_widget[name='task_id'] input",
        run: "edit probe",
    },
    {
        content: "The task is proposed",
        trigger: ".o-autocomplete--dropdown-menu a:contains('Design the probe')",
        run: "click",
    },
    {
        content: "Describe the work",
        trigger: ".o_selected_row .o_field_widget[name='name'] input",
        run: "edit Reviewed the probe",
    },
    {
        content: "Say how long",
        trigger: ".o_selected_row .o_field_widget[name='unit_amount'] input",
        run: "edit 00:45",
    },
    {
        content: "Save the line",
        trigger: ".o_control_panel .o_list_button_save",
        run: "click",
    },
    {
        content: "Both lines are the user's own timesheets",
        trigger: ".o_list_view:not(:has(.o_selected_row)) .o_data_row:contains('Reviewed the probe')",
    },
    noErrorDialog,
];

registry.category("web_tour.tours").add("group_backend_timesheet_collaborator", {
    url: "/web/login",
    steps: () => [
        ...logIn("gb_colin", "gb_colin"),
        ...checkAppsMenu(
            ["mail.menu_root_discuss", "project.menu_main_pm", "hr_timesheet.timesheet_menu_root"],
            true
        ),
        ...openProbe,
        ...workOnTheTask,
        ...logTimeOnTheTask,
        ...logTimeInTimesheets,
        ...talkWithTheTeam,
    ],
});
