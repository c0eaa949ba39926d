/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

import {Follower} from "@mail/core/common/follower_model";
import {FollowerList} from "@mail/core/web/follower_list";
import {patch} from "@web/core/utils/patch";
import {session} from "@web/session";

/* A backend user follows and unfollows documents for itself only (the server refuses
 * it the others): "Add Followers" is not offered, and others' followings are not
 * editable (followers.xml). */
patch(FollowerList.prototype, {
    get offersAddFollowers() {
        return this.props.thread.hasWriteAccess && !session.is_backend_user;
    },
});

patch(Follower.prototype, {
    get isEditable() {
        if (session.is_backend_user && !this.partner.eq(this.thread?.effectiveSelf)) {
            return false;
        }
        return super.isEditable;
    },
});
