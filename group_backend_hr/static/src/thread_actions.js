/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import "@hr/core/web/thread_actions";
import {session} from "@web/session";
import {threadActionsRegistry} from "@mail/core/common/thread_actions";

/* A chat window offers the correspondent's employee profile, which hr looks up
 * among the employees as the user each time a chat opens: backend users may
 * read no employee, so the profile is not offered to them. */
if (session.is_backend_user) {
    threadActionsRegistry.remove("open-hr-profile");
}
