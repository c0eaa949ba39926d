# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Attacks over RPC, and what they aim at: a test mixin for the addon's and the bridges' tables."""

import json
import xmlrpc.client
from collections import namedtuple

from odoo.tests.common import JsonRpcException
from odoo.tools import SQL, sql

XMLRPC_ACCESS_ERROR = 4  # the fault code of odoo.exceptions.AccessError over XML-RPC
Attack = namedtuple("Attack", "what transport model method args kwargs expect")
# What employees wrote about the attackers, which no attacker's answer may hold.
SECRET = "SIDEWAYS-SECRET"
PICTURE = (  # a one-pixel PNG
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="
)

# What the attacks aim at: table -> columns, compared before and after.
FINGERPRINT = {
    "res_users": "id, login, active, share, company_id, partner_id, tour_enabled",
    "res_company_users_rel": "*",
    "res_groups": "id, name",
    "res_groups_users_rel": "*",
    "res_groups_implied_rel": "*",
    "ir_model_access": "*",
    "ir_rule": "id, domain_force, active, perm_read, perm_write",
    "rule_group_rel": "*",
    "ir_ui_menu_group_rel": "*",
    "ir_config_parameter": "id, key, value",
    "res_partner": "id, name, email, active, signup_type",
    "res_partner_bank": "id, acc_number, partner_id",
    "mail_message": "id, body, model, res_id, author_id",
    "mail_activity": "id, summary, user_id, res_id",
    "calendar_event": "id, name, user_id",
    "discuss_channel": "id, name, channel_type",
    "discuss_channel_member": "id, channel_id, partner_id",
    "res_users_settings": "*",
    "calendar_filters": "*",
    "ir_attachment": "id, name, res_model, res_id, res_field, public, type, url",
    "base_import_mapping": "*",
    "mail_wizard_invite": "id, res_model, res_id, message",
    "res_users_apikeys": "id, user_id, name",
    "pos_session": "id, config_id, user_id, state",  # with point_of_sale
}


class Attacker:
    """Sends attacks as a logged-in user over each transport, and judges their answers.

    A mixin of HttpCase: ``attacker`` is the default user, ``secret_of`` its password
    or API key, ``call_kw`` a JSON-RPC call as the authenticated session.
    """

    attacker = None
    fingerprint_tables = FINGERPRINT

    def secret_of(self, user, transport):
        """The password (or the API key, for the "apikey" transports) of ``user``."""
        raise NotImplementedError

    def send(self, attack, me=None):
        """Send ``attack`` as ``me`` (the attacker): ("result", value) or ("error", text)."""
        me = me or self.attacker
        secret = self.secret_of(me, attack.transport)
        args = [self.env.cr.dbname, me.id, secret, attack.model, attack.method]
        args += [attack.args, attack.kwargs]
        try:
            if attack.transport == "web":
                result = self.call_kw(attack.model, attack.method, attack.args, attack.kwargs)
                return "result", result
            if attack.transport == "route":
                response = self.url_open(attack.model, allow_redirects=False)
                return "status", response.status_code
            if attack.transport == "json":
                return "result", self.make_jsonrpc_request(attack.model, attack.args)
            if attack.transport.startswith("xmlrpc"):
                return "result", self.xmlrpc_object.execute_kw(*args)
            response = self.url_open(
                "/jsonrpc",
                data=json.dumps(
                    {
                        "jsonrpc": "2.0",
                        "method": "call",
                        "id": 1,
                        "params": {"service": "object", "method": "execute_kw", "args": args},
                    }
                ),
                headers={"Content-Type": "application/json"},
            ).json()
            if "error" in response:
                return "error", json.dumps(response["error"])
            return "result", response["result"]
        except xmlrpc.client.Fault as fault:
            kind = {XMLRPC_ACCESS_ERROR: "AccessError"}.get(fault.faultCode, fault.faultCode)
            return "error", f"{kind}: {fault.faultString}"
        except JsonRpcException as error:
            return "error", str(error)

    def fingerprint(self):
        """A digest of what the attacks aim at, table by table."""
        self.env.flush_all()
        digest = {}
        for table, columns in self.fingerprint_tables.items():
            if not sql.table_exists(self.env.cr, table):
                continue
            self.env.cr.execute(
                SQL(
                    "SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                    "FROM (SELECT %s FROM %s) t",
                    SQL(columns),
                    SQL.identifier(table),
                )
            )
            digest[table] = self.env.cr.fetchone()[0]
        return digest

    def assertRefused(self, attack, outcome, value):
        """The attack got what ``attack.expect`` says: an error, nothing, or not found."""
        if attack.expect == "error":
            self.assertEqual(outcome, "error", f"{attack.what} answered {value!r}")
            self.assertIn("AccessError", value)
        elif attack.expect == "falsy":
            self.assertEqual(outcome, "result")
            self.assertFalse(value, f"{attack.what} answered {value!r}")
        elif attack.expect == "lacks":
            self.assertEqual(outcome, "result", value)
            self.assertNotIn(SECRET, json.dumps(value), f"{attack.what} answered {value!r}")
        elif attack.expect == "withheld":  # refused, or answered without the secret
            self.assertNotIn(SECRET, json.dumps(value), f"{attack.what} answered {value!r}")
            if outcome == "error":
                self.assertIn("AccessError", value)
        elif attack.expect == "not found":
            self.assertEqual((outcome, value), ("status", 404))
        else:
            self.assertEqual((outcome, value), ("result", []))
