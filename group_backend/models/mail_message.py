# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.osv import expression
from odoo.tools import SQL

from .res_users import employees_only

# The records about the user itself: employees' notes there are never shown to it.
PERSONAL_MODELS = ("res.partner", "res.users", "res.company", "calendar.event")
# People: a backend user reads others' names and avatars only, never their chatter.
PEOPLE_MODELS = ("res.partner", "res.users")
# The addresses a message holds: a backend user reads and searches those of its own only.
ADDRESS_FIELDS = frozenset({"email_from", "reply_to"})


class MailMessage(models.Model):
    _inherit = "mail.message"

    def _hidden_internal_notes(self):
        """Return where a backend user reads no internal note: None (nowhere hidden),
        PERSONAL_MODELS (it holds the notes switch) or True (everywhere)."""
        if self.env.su or not self.env.user._is_backend_user():
            return None
        return self._models_never_noted() if self.env.user._reads_internal_notes() else True

    @api.model
    def _models_never_noted(self):
        """Return the models whose internal notes no backend user reads, even with the switch:
        records about people (bridges add those backend users read as visitors)."""
        return PERSONAL_MODELS

    def _own_people_ids(self):
        """Return {model: subquery of ids} of the people records whose chatter a backend user
        reads: its own, its companies' (cached: no query for them)."""
        user = self.env.user
        return {
            "res.partner": SQL(
                "(SELECT %s UNION SELECT partner_id FROM res_company WHERE id = ANY(%s))",
                user.partner_id.id,
                list(user._get_company_ids()),
            ),
            "res.users": SQL("(SELECT %s)", user.id),
        }

    def _people_chatter_domain(self):
        """Messages a backend user may find on people: its own records', or its own mail."""
        pid = self.env.user.partner_id.id
        allowed = [
            [("model", "not in", PEOPLE_MODELS)],
            [("author_id", "=", pid)],
            [("partner_ids", "in", [pid])],
            [("notification_ids.res_partner_id", "=", pid)],
        ]
        for model, ids in self._own_people_ids().items():
            allowed.append([("model", "=", model), ("res_id", "in", ids)])
        return expression.OR(allowed)

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None):
        """Find no internal note for backend users, as Odoo finds none for portal users;
        nor the chatter of other people, whom a backend user knows by name only; nor
        others' messages by their addresses."""
        hidden = self._hidden_internal_notes()
        if hidden:
            no_notes = self._get_search_domain_share()
            if hidden is not True:
                no_notes = ["|", ("model", "not in", hidden), *no_notes]
            domain = no_notes + self._people_chatter_domain() + self._own_addresses(domain)
        return super()._search(domain, offset, limit, order)

    def _own_addresses(self, domain):
        """Return ``domain`` where conditions on addresses hold for the user's messages only."""
        own = ("author_id", "=", self.env.user.partner_id.id)
        return [
            item
            for leaf in domain
            for item in (
                ["&", own, leaf]
                if isinstance(leaf, list | tuple) and leaf and leaf[0] in ADDRESS_FIELDS
                else [leaf]
            )
        ]

    def _read_format(self, fnames, load="_classic_read"):
        """Blank for a backend user the addresses of messages it did not write."""
        result = super()._read_format(fnames, load)
        if ADDRESS_FIELDS.isdisjoint(fnames) or not self._for_a_backend_user():
            return result
        authors = dict(self.env.execute_query(SQL(
            "SELECT id, author_id FROM mail_message WHERE id = ANY(%s)", [v["id"] for v in result]
        )))  # fmt: skip
        pid = self.env.user.partner_id.id
        for values in result:
            if authors.get(values["id"]) != pid:
                values.update(dict.fromkeys(ADDRESS_FIELDS & values.keys(), False))
        return result

    def _for_a_backend_user(self):
        """Return whether the work is done for a backend user, as superuser or not."""
        return bool(self.env.uid) and self.env.user._is_backend_user()

    def _author_to_store(self, store):
        """Send a backend user no address of the messages it did not write."""
        result = super()._author_to_store(store)
        if self._for_a_backend_user():  # mail calls it as superuser
            pid = self.env.user.partner_id
            for message in self.filtered(lambda m: m.author_id != pid):
                store.add(message, {"email_from": False})
        return result

    def _get_forbidden_access(self, operation):
        """Refuse backend users internal notes by id, as Odoo refuses portal users,
        the chatter of other people, and changes to others' messages."""
        hidden = self._hidden_internal_notes()
        if not hidden:
            return super()._get_forbidden_access(operation)
        guarded = self
        if hidden is not True:
            rows = self.env.execute_query(
                SQL(
                    "SELECT id FROM mail_message WHERE id = ANY(%s) AND model IN %s",
                    self.ids,
                    hidden,
                )
            )
            guarded = self.browse(id_ for [id_] in rows)
        forbidden = super(MailMessage, employees_only(guarded))._get_forbidden_access(operation)
        if self - guarded:
            forbidden |= super(MailMessage, self - guarded)._get_forbidden_access(operation)
        forbidden |= self._about_other_people()
        if operation == "write":
            forbidden |= self._written_by_others()
        return forbidden.with_env(self.env)

    def _written_by_others(self):
        """Return the messages of ``self`` another wrote: a backend user changes its own only.

        mail lets whoever may write a document change its messages, which a write
        right given for one thing (a stage move) must not open.
        """
        rows = self.env.execute_query(
            SQL(
                "SELECT id FROM mail_message WHERE id = ANY(%s) AND author_id IS DISTINCT FROM %s",
                self.ids,
                self.env.user.partner_id.id,
            )
        )
        return self.browse(id_ for [id_] in rows)

    def _about_other_people(self):
        """Return the messages of ``self`` in the chatter of people other than the user,
        but those it wrote or that are sent to it."""
        own, pid = self._own_people_ids(), self.env.user.partner_id.id
        rows = self.env.execute_query(
            SQL(
                """SELECT m.id FROM mail_message m
                    WHERE m.id = ANY(%(ids)s) AND m.author_id IS DISTINCT FROM %(pid)s
                      AND ((m.model = 'res.partner' AND m.res_id NOT IN %(partners)s)
                           OR (m.model = 'res.users' AND m.res_id NOT IN %(users)s))
                      AND NOT EXISTS (SELECT 1 FROM mail_message_res_partner_rel r
                          WHERE r.mail_message_id = m.id AND r.res_partner_id = %(pid)s)
                      AND NOT EXISTS (SELECT 1 FROM mail_notification n
                          WHERE n.mail_message_id = m.id AND n.res_partner_id = %(pid)s)
                """,
                ids=self.ids,
                pid=pid,
                partners=own["res.partner"],
                users=own["res.users"],
            )
        )
        return self.browse(id_ for [id_] in rows)
