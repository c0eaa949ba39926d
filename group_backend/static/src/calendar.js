/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {AttendeeCalendarCommonPopover} from "@calendar/views/attendee_calendar/common/attendee_calendar_common_popover";
import {patch} from "@web/core/utils/patch";
import {session} from "@web/session";

/* A meeting's card in the calendar offers its form ("Edit", "View"), which
 * reads the other attendees and the meeting's settings, and offers changes a
 * backend user may not make: the card, with the meeting's name, date and
 * attendees, is what a backend user gets (calendar.xml). */
patch(AttendeeCalendarCommonPopover.prototype, {
    get offersEventForm() {
        return !session.is_backend_user;
    },
});
