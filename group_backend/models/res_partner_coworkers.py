# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The people a user works with (its coworkers), found by PostgreSQL, kept between requests.

Who works with whom is one SELECT of partner ids: the UNION of parts, one for each way
people work together (a channel here; a project in group_backend_project). It reads every
task of the user's projects: too much for each name search. So the ids found are kept:

- between transactions, in each server process, with the snapshot of the transaction that
  found them. Triggers note in group_backend_people_change each transaction that changes
  a table the parts read; a transaction takes the kept ids only if no such change was
  committed that their snapshot did not see (one small query), else finds them again;
- within a transaction, where only its own writes can change them (PostgreSQL shows it
  no other): the ORM's ``modified`` of a field the parts read forgets them.

A transaction may so get the answer of one that committed a few milliseconds after its
own snapshot; never one older than what it sees.
"""

import time
from collections import namedtuple

from odoo import api, models
from odoo.tools import SQL

# How long kept ids are trusted at most (the changes noted are kept a day).
KEPT_SECONDS = 3600
# database name -> (registry, {(uid, active_test): Found}): ids kept between transactions
_KEPT = {}
_KEPT_MAX = 1000
# the key, in the transaction's data (cr.postcommit.data), of its coworkers found
TRANSACTION_KEY = "group_backend.coworkers"
Found = namedtuple("Found", "ids snapshot at fields")  # fields: what the SELECT reads
# What a transaction that changes who works with whom runs (see the module's docstring).
CHANGE_LOG = SQL(
    """
    CREATE TABLE IF NOT EXISTS group_backend_people_change (
        xid bigint PRIMARY KEY,
        changed_at timestamp NOT NULL DEFAULT (clock_timestamp() AT TIME ZONE 'UTC')
    );
    CREATE OR REPLACE FUNCTION group_backend_people_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO group_backend_people_change (xid) VALUES (txid_current())
        ON CONFLICT DO NOTHING;
        RETURN NULL;
    END $$;
    DROP TRIGGER IF EXISTS group_backend_people_changed ON discuss_channel_member;
    CREATE TRIGGER group_backend_people_changed
     AFTER INSERT OR DELETE OR UPDATE OF channel_id, partner_id ON discuss_channel_member
       FOR EACH STATEMENT EXECUTE FUNCTION group_backend_people_changed();
    """
)
# Whether a change to who works with whom is visible that the snapshot did not see.
CHANGED_SINCE = """SELECT EXISTS (
    SELECT FROM group_backend_people_change change
     WHERE change.xid >= txid_snapshot_xmin(%(snapshot)s::txid_snapshot)
       AND NOT txid_visible_in_snapshot(change.xid, %(snapshot)s::txid_snapshot))"""


def flushed(sql, model, *fnames):
    """Return ``sql``, which reads the fields ``fnames`` of ``model``: flushed before it runs."""
    return SQL().join([sql, *(SQL(to_flush=model._fields[fname]) for fname in fnames)])


# Kept apart from res_partner.py and base.py: this file is about who works with whom.
# pylint: disable=consider-merging-classes-inherited
class ResPartner(models.Model):
    _inherit = "res.partner"

    def init(self):
        """Note the transactions that change channel members (see the module's docstring)."""
        res = super().init()
        self.env.cr.execute(CHANGE_LOG)
        return res

    @api.autovacuum
    def _gc_backend_people_changes(self):
        """Forget the changes older than any ids kept (a day, for a margin)."""
        self.env.cr.execute(
            SQL(
                "DELETE FROM group_backend_people_change"
                " WHERE changed_at < (now() AT TIME ZONE 'UTC') - interval '1 day'"
            )
        )

    @api.model
    def _backend_coworker_sql(self):
        """Return SELECTs of the ids of the people the current user works with, one way each:
        here, the members of its channels. Bridges add theirs (the projects it follows), with
        the fields each reads (``flushed``) and triggers on their tables, which note what
        changes the answer in group_backend_people_change.

        Each may also give NULL or the user itself: they are left out.
        """
        return [
            flushed(
                SQL(
                    """SELECT theirs.partner_id FROM discuss_channel_member theirs
                         JOIN discuss_channel_member mine ON mine.channel_id = theirs.channel_id
                        WHERE mine.partner_id = %s""",
                    self.env.user.partner_id.id,
                ),
                self.env["discuss.channel.member"],
                "channel_id",
                "partner_id",
            )
        ]

    @api.model
    def _backend_coworkers_select(self):
        """Return the SELECT of the ids of the people the current user works with."""
        return SQL(
            """SELECT coworker.id FROM (%s) AS coworker(id)
                WHERE coworker.id IS NOT NULL AND coworker.id != %s""",
            SQL(" UNION ").join(self._backend_coworker_sql()),
            self.env.user.partner_id.id,
        )

    @api.model
    def _backend_coworker_ids_found(self):
        """Return the ids of the people the current user works with, as they are in this
        transaction: found once in it, from the ids kept if nothing changed since."""
        key = (self.env.uid, bool(self.env.context.get("active_test", True)))
        # Odoo clears the post-commit callbacks' data at commit and at rollback
        transaction = self.env.cr.postcommit.data.setdefault(TRANSACTION_KEY, {"watched": {}})
        if key not in transaction:
            transaction[key] = found = self._backend_coworkers_find(key)
            for field in found.fields:
                transaction["watched"].setdefault(field.model_name, set()).add(field.name)
        return transaction[key].ids

    @api.model
    def _backend_coworkers_find(self, key):
        """Return the coworkers kept for ``key`` if nothing changed since (one small query),
        else select them (and keep them, unless this transaction changed who works with
        whom: it may yet be rolled back)."""
        registry, kept = _KEPT.get(self.env.cr.dbname, (None, {}))
        if registry is not self.env.registry or len(kept) > _KEPT_MAX:
            kept = {}  # a new registry may have new parts
            _KEPT[self.env.cr.dbname] = (self.env.registry, kept)
        found = kept.get(key)
        if found and time.monotonic() - found.at < KEPT_SECONDS:
            # this transaction's pending changes first: the triggers note them
            to_flush = SQL().join(SQL(to_flush=field) for field in found.fields)
            changed = SQL(CHANGED_SINCE, snapshot=found.snapshot)
            [(changed,)] = self.env.execute_query(SQL("%s%s", changed, to_flush))
            if not changed:
                return found
        select = self._backend_coworkers_select()
        [(ids, snapshot, own_changes)] = self.env.execute_query(
            SQL(
                """SELECT ARRAY(%s), txid_current_snapshot()::text,
                          EXISTS (SELECT FROM group_backend_people_change
                                   WHERE xid = txid_current_if_assigned())""",
                select,
            )
        )
        found = Found(frozenset(ids), snapshot, time.monotonic(), tuple(set(select.to_flush)))
        if not own_changes:
            kept[key] = found
        return found


class Base(models.AbstractModel):
    _inherit = "base"

    def modified(self, fnames, create=False, before=False):
        """Forget the coworkers found in this transaction when it changes what they are
        found from (the ORM's writes; see res_partner_coworkers.py)."""
        found = self.env.cr.postcommit.data.get(TRANSACTION_KEY)
        if found and not found["watched"].get(self._name, set()).isdisjoint(fnames):
            del self.env.cr.postcommit.data[TRANSACTION_KEY]
            self.env["res.partner"].invalidate_model(["is_backend_coworker"], flush=False)
        return super().modified(fnames, create=create, before=before)
