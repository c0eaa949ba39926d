# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
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
            request_list = [item for item in request_list or () if item != "suggestedRecipients"]
        return super(MailThread, threads)._thread_to_store(
            store, fields=fields, request_list=request_list
        )

    def check_access(self, operation):
        """Refuse a write check without a log line in the quiet context (see above)."""
        quiet = operation == "write" and self.env.context.get(QUIET_WRITE_CHECK)
        if quiet and not self.has_access(operation):
            raise AccessError(self.env._("You may not change this document."))
        return super().check_access(operation)
