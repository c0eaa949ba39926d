/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import "@mail/chatter/web/chatter_patch";
import {Chatter} from "@mail/chatter/web_portal/chatter";
import {patch} from "@web/core/utils/patch";
import {session} from "@web/session";

/* A backend user reads no internal note unless given "Backend users read internal
 * notes": without it, a note it logged would vanish from its chatter, so "Log
 * note" is not offered (chatter.xml). */
patch(Chatter.prototype, {
    get offersInternalNotes() {
        return !session.is_backend_user || Boolean(session.backend_reads_internal_notes);
    },
});
