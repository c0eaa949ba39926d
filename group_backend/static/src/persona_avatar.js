/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {Persona} from "@mail/core/common/persona_model";
import {imageUrl} from "@web/core/utils/urls";
import {patch} from "@web/core/utils/patch";
import {session} from "@web/session";

/* Backend users pass as internal in mail's web client, which then asks for
 * others' avatars without the access token mail gives them: a backend user may
 * not read those partners. Use the token, as portal users do (also loaded with
 * the live chat of the website, by group_backend_im_livechat). */
if (session.is_backend_user) {
    patch(Persona.prototype, {
        get avatarUrl() {
            if (this.type === "partner" && this.avatar_128_access_token) {
                return imageUrl("res.partner", this.id, "avatar_128", {
                    access_token: this.avatar_128_access_token,
                    unique: this.write_date,
                });
            }
            return super.avatarUrl;
        },
    });
}
