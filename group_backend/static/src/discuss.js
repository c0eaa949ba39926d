/** @odoo-module **/
/* Copyright 2026 group_backend contributors
 * License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl). */

// mail's own patches and actions of what is patched here come first
import "@mail/core/web/message_patch";
import "@mail/discuss/core/common/thread_actions";
import "@mail/discuss/core/public_web/thread_model_patch";
import "@mail/discuss/core/web/channel_member_list_patch";
import "@mail/discuss/core/web/discuss_sidebar_categories_patch";
import {ChannelMemberList} from "@mail/discuss/core/common/channel_member_list";
import {DiscussApp} from "@mail/core/public_web/discuss_app_model";
import {DiscussSidebarChannel} from "@mail/discuss/core/public_web/discuss_sidebar_categories";
import {Message} from "@mail/core/common/message";
import {Thread} from "@mail/core/common/thread_model";
import {patch} from "@web/core/utils/patch";
import {threadActionsRegistry} from "@mail/core/common/thread_actions";
import {session} from "@web/session";

/* Discuss for backend users: what they are granted on the server works, and
 * what would need more than their own data is not offered (see the README). */
if (session.is_backend_user) {
    /* A channel member's avatar opens a chat with that member, as in Odoo's public
     * pages: the card would read the member's user, which a backend user may not. */
    patch(ChannelMemberList.prototype, {
        onClickAvatar(ev, member) {
            if (this.canOpenChatWith(member)) {
                this.store.openChat({partnerId: member.persona.id});
            }
        },
    });

    /* Invitations: to its channels and group conversations, and from a chat (which
     * makes a group); not to other kinds of conversation, such as a live chat in
     * which the user is the website's visitor. */
    const invitable = ["channel", "group", "chat"];
    const invite = threadActionsRegistry.get("invite-people");
    const canInvite = invite.condition;
    invite.condition = (component) =>
        canInvite(component) && invitable.includes(component.thread.channel_type);
    patch(ChannelMemberList.prototype, {
        get canInvite() {
            return invitable.includes(this.props.thread.channel_type);
        },
    });

    /* A message author's card is not offered, for the same reason. */
    patch(Message.prototype, {
        hasAuthorClickable() {
            return false;
        },
    });

    /* Public channels are for employees: a backend user neither browses, creates
     * nor configures them (the gear, "+" and "Channel settings"), nor opens
     * threads in them (sub-channels: "Create Thread", "Threads"). */
    patch(Thread.prototype, {
        get hasSubChannelFeature() {
            return false;
        },
    });
    patch(DiscussApp, {
        new(data) {
            const app = super.new(data);
            Object.assign(app.channels, {canView: false, canAdd: false});
            return app;
        },
    });
    patch(DiscussSidebarChannel.prototype, {
        get commands() {
            return super.commands.filter((command) => command.icon !== "fa fa-cog");
        },
    });
}
