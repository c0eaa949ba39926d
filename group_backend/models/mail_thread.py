# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import AccessError

# In this context, a refused write check raises without Odoo's "Access Denied" log line.
QUIET_WRITE_CHECK = "group_backend_quiet_write_check"


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _thread_to_store(self, store, /, *, fields=None, request_list=None):
        """Ask quietly whether a backend user may change the document of a chatter.

        And suggest it no recipient (see below).

        mail finds out by raising and catching an access error, which Odoo logs
        as "Access Denied" each time a backend user opens a document it may only
        read (its own contact, its meetings): the server log of backend users
        keeps such lines for refusals they meet.
        """
        threads = self
        if not self.env.su and self.env.user._is_backend_user():
            threads = self.with_context(**{QUIET_WRITE_CHECK: True})
            # no suggested recipients: they would name people, customers included,
            # with their addresses; a backend user writes to the followers
            # nor activities where the ORM refuses them (see get_views)
            dropped = {"suggestedRecipients"}
            if not self._backend_reads_activities():
                dropped.add("activities")
            request_list = [item for item in request_list or () if item not in dropped]
        return super(MailThread, threads)._thread_to_store(
            store, fields=fields, request_list=request_list
        )

    @api.model
    def get_views(self, views, options=None):
        """Have the web client ask a backend user for no activities the ORM refuses it."""
        result = super().get_views(views, options)
        definition = result["models"].get(self._name) or {}
        if definition.get("has_activities") and not self._backend_reads_activities():
            del definition["has_activities"]
        return result

    def _backend_reads_activities(self):
        """Return whether the user may read the activities (a backend user may not, where
        they are for employees, a bridge's catalog say)."""
        if self.env.su or "activity_ids" not in self._fields:
            return True
        # as the ORM judges a read, without its "Access Denied" log line
        return "activity_ids" in self.fields_get(["activity_ids"], ["type"])

    def check_access(self, operation):
        """Refuse a write check without a log line in the quiet context (see above)."""
        quiet = operation == "write" and self.env.context.get(QUIET_WRITE_CHECK)
        if quiet and not self.has_access(operation):
            raise AccessError(self.env._("You may not change this document."))
        return super().check_access(operation)

    @api.returns("mail.message", lambda value: value.id)
    def message_post(self, **kwargs):
        """Subscribe no recipient of a backend user's message: it follows for itself only.

        The web client asks mail to subscribe the recipients when the user may write
        the document, and mail posts as superuser (see message_subscribe).
        """
        threads = self
        if self.env.context.get("mail_post_autofollow") and self.env.user._is_backend_user():
            threads = self.with_context(mail_post_autofollow=False)
        return super(MailThread, threads).message_post(**kwargs)

    def message_subscribe(self, partner_ids=None, subtype_ids=None):
        """Let a backend user follow documents itself only, as Odoo lets portal users.

        Odoo lets whoever may write a document subscribe anyone to it: a write right
        given for one thing (a stage move) would let a backend user make anyone its
        coworker, and so widen what its own rules show it.
        """
        self._check_own_following(partner_ids, subscribing=True)
        return super().message_subscribe(partner_ids=partner_ids, subtype_ids=subtype_ids)

    def _backend_record_people(self, subscribing):
        """Return the ids of the people these documents name in the fields of the user's
        groups' *People of its records*: those it may subscribe (never unsubscribe)."""
        if not subscribing:
            return set()
        names = self.env["res.groups"]._backend_people_field_names().get(self._name, ())
        return {partner_id for name in names for partner_id in self.sudo().mapped(name).ids}

    def message_unsubscribe(self, partner_ids=None):
        """Let a backend user unfollow documents itself only (see message_subscribe)."""
        self._check_own_following(partner_ids)
        return super().message_unsubscribe(partner_ids=partner_ids)

    def _check_own_following(self, partner_ids, subscribing=False):
        """Refuse a backend user (not as superuser) following for anyone but itself.

        But for the people of the documents themselves: confirming an order subscribes
        its customer (the fields of its groups' *People of its records*).
        """
        if not partner_ids or self.env.su or not self.env.user._is_backend_user():
            return
        others = set(partner_ids) - {self.env.user.partner_id.id}
        if others and not others <= self._backend_record_people(subscribing):
            raise AccessError(
                self.env._("You may follow or unfollow documents yourself, not for others.")
            )
