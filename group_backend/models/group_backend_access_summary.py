# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from markupsafe import Markup

from odoo import api, models

PERMS = ("read", "write", "create", "unlink")
RIGHT_FIELDS = [f"perm_{perm}" for perm in PERMS]


class GroupBackendAccessSummary(models.AbstractModel):
    """What a set of groups may reach, read from the live access rights and record rules."""

    _name = "group_backend.access.summary"
    _description = "What a set of groups may reach"

    @api.model
    def _summary(self, groups):
        """Return, per model that ``groups`` may reach, its operations, granting groups and rules.

        Rights without a group (for everybody) count, as Odoo counts them; the
        rules are the global ones and those of ``groups``, active, on these models.
        """
        rights = (
            self.env["ir.model.access"]
            .sudo()
            .search_fetch(
                ["|", ("group_id", "in", groups.ids), ("group_id", "=", False)],
                ["model_id", "group_id", *RIGHT_FIELDS],
            )
        )
        by_model = defaultdict(
            lambda: {"perms": set(), "groups": self.env["res.groups"], "everybody": False}
        )
        for right in rights:
            entry = by_model[right.model_id]
            entry["perms"].update(perm for perm in PERMS if right[f"perm_{perm}"])
            entry["groups"] |= right.group_id
            entry["everybody"] |= not right.group_id
        models_ = self.env["ir.model"].union(*by_model)
        rules = (
            self.env["ir.rule"]
            .sudo()
            .search_fetch(
                [
                    ("model_id", "in", models_.ids),
                    "|",
                    ("global", "=", True),
                    ("groups", "in", groups.ids),
                ],
                ["name", "model_id", "domain_force", "global", "groups", *RIGHT_FIELDS],
            )
        )
        (rights.group_id | rules.groups).mapped("full_name")  # in one go, not group by group
        summary = []
        for model in models_.sorted(lambda m: (m.name or m.model, m.model)):
            entry = by_model[model]
            if entry["perms"]:
                model_rules = rules.filtered(lambda rule, model=model: rule.model_id == model)
                summary.append(dict(entry, model=model, rules=model_rules))
        return summary

    @api.model
    def _render(self, groups):
        """Return the summary of ``groups`` as an HTML table, for an administrator's form."""
        _ = self.env._
        summary = self._summary(groups)
        if not summary:
            return Markup("<p>%s</p>") % _("No model: these groups are granted nothing.")
        head = Markup("").join(
            Markup("<th>%s</th>") % title
            for title in (
                _("Model"),
                _("Read"),
                _("Write"),
                _("Create"),
                _("Delete"),
                _("Granted by"),
                _("Record rules"),
            )
        )
        rows = Markup("").join(self._render_row(entry, groups) for entry in summary)
        return Markup(
            '<table class="table table-sm o_group_backend_access_summary">'
            "<thead><tr>%s</tr></thead><tbody>%s</tbody></table>"
        ) % (head, rows)

    @api.model
    def _render_row(self, entry, groups):
        """One model's row: its name, operations, the granting groups and the rules."""
        model = entry["model"]
        cells = [Markup("%s <br/><small class='text-muted'>%s</small>") % (model.name, model.model)]
        cells += ["✓" if perm in entry["perms"] else "" for perm in PERMS]
        granted = entry["groups"].mapped("full_name")
        granted += [self.env._("everybody (a right without group)")] if entry["everybody"] else []
        cells.append(", ".join(granted))
        cells.append(self._render_rules(entry["rules"], groups))
        return Markup("<tr>%s</tr>") % Markup("").join(Markup("<td>%s</td>") % c for c in cells)

    @api.model
    def _render_rules(self, rules, groups):
        """The rules of one model: name, global or the groups of ``groups`` it is for, domain."""
        _ = self.env._
        if not rules:
            return Markup("<em>%s</em>") % _("none: every record")
        labels = dict(zip(PERMS, (_("read"), _("write"), _("create"), _("delete")), strict=True))
        items = []
        for rule in rules:
            scope = (
                _("global")
                if rule["global"]
                else ", ".join((rule.groups & groups).mapped("full_name"))
            )
            perms = ", ".join(label for perm, label in labels.items() if rule[f"perm_{perm}"])
            items.append(
                Markup(
                    "<li><b>%s</b> <span class='badge text-bg-%s'>%s</span> (%s): "
                    "<code>%s</code></li>"
                )
                % (
                    rule.name or "",
                    "warning" if rule["global"] else "info",
                    scope,
                    perms,
                    rule.domain_force or "[]",
                )
            )
        return Markup("<ul class='mb-0'>%s</ul>") % Markup("").join(items)
