# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Every place Odoo trusts internal users is in internal_checks.csv, with a verdict.

group_backend answers True to base.group_user checks for backend users, so each
such place of Odoo's source trusts them too; and a backend user is not portal, so
each place that restricts portal users only (``_is_portal()``) lets him through as
an employee. The scan below finds them with the regexes of the inventory; a site
of the tree that the inventory does not hold (an Odoo update, a new module) fails
the test until someone reviews it.
"""

import collections
import csv
import logging
import os
import re
import tempfile
from pathlib import Path

import odoo
from odoo.modules.module import get_module_path
from odoo.tests import BaseCase, tagged

_logger = logging.getLogger(__name__)

INVENTORY = Path(__file__).with_name("internal_checks.csv")
VERDICTS = ("rights decide", "web client", "grants more")
# The write guards' verdicts: each opens, to a profile that may write its model, its own
# changes only, or is refused to backend users (proved by a test); or no profile writes it.
WRITE_VERDICTS = ("not a profile's model", "own fields only", "refused")
GROUP_USER = r"""['"][^'"]*\bbase\.group_user\b[^'"]*['"]"""
# kind: (file suffix, pattern); a line belongs to the first kind that matches it
KINDS = {
    # _is_internal() and group checks naming base.group_user
    "call": (
        ".py",
        re.compile(
            rf"\b_is_internal\(\)|\b(?:has_groups?|_has_group|user_has_groups)\(\s*{GROUP_USER}"
        ),
    ),
    # calls of helpers that wrap them, and the flags they return
    "helper": (
        ".py",
        re.compile(
            r"(?<!def )\b(?:is_user_internal|_check_project_sharing_access)\("
            r"|\bis_internal_user\b"
        ),
    ),
    # fields restricted to internal users
    "field": (".py", re.compile(rf"\bgroups\s*=\s*{GROUP_USER}")),
    # view and QWeb elements restricted to internal users
    "view": (".xml", re.compile(rf"\bgroups\s*=\s*{GROUP_USER}")),
    # a user's share flag read in Python code (SQL text is blanked out first)
    "share": (
        ".py",
        re.compile(
            r"(?<![\w.'\"])\w+(?:\.\w+)*\.share\b(?![\w.])(?!\s*=[^=])"
            r"|\b(?:filtered|mapped)\(\s*['\"](?:user_ids\.)?share['\"]"
            r"|\(\s*['\"](?:user_ids\.)?share['\"]\s*,\s*['\"]!?="
        ),
    ),
    # restrictions of portal users, which backend users (not portal) pass like employees
    "portal": (".py", re.compile(r"\b_is_portal\(\)")),
    # checks of the write right alone, which a profile's write right (given for one
    # thing: a stage move) passes: the "write guards" (test_write_guards.py)
    "write": (
        ".py",
        re.compile(
            r"\b(?:check_access|has_access|_filtered_access|check_access_rights|"
            r"check_access_rule|_check_access|_get_thread_with_access|_get_with_access)"
            r"\([^)]*['\"]write['\"]"
            r"|\b_mail_post_access\s*=\s*['\"]write"
            r"|\b\w*(?:mode|operation)\s*=\s*['\"]write['\"]"
            r"|\belse\s+['\"]write['\"]|\boperation\s*==\s*['\"]write['\"]"
        ),
    ),
}
# kinds listed from the registry, not the source (test_superuser_fields.py)
REGISTRY_KINDS = ("sudo",)
# field declarations (user pickers) and dependencies are not checks of a user
NOT_A_CHECK = re.compile(r"\bdomain\s*=|@api\.depends|\bfields\.\w+\(")
TRIPLE_QUOTED = re.compile(r"(?s)(\"\"\"|''')(.*?)\1")


def odoo_tree():
    """Return the Odoo source tree in use: the folder that holds the odoo package."""
    return Path(odoo.__file__).resolve().parent.parent


def _blank_strings(text):
    """Blank the contents of triple-quoted strings (SQL, docstrings), keeping lines."""
    return TRIPLE_QUOTED.sub(
        lambda m: m[1] + re.sub(r"[^\n]", " ", m[2]) + m[1],
        text,
    )


def scan(root=None):
    """Return the sites of ``root`` (the Odoo tree): kind, path, line, source, occurrence."""
    root = Path(root or odoo_tree())
    sites = []
    for base in (root / "addons", root / "odoo" / "addons"):
        for folder, subfolders, files in os.walk(base):
            subfolders[:] = sorted(name for name in subfolders if name != "tests")
            for name in sorted(files):
                if name.endswith((".py", ".xml")):
                    sites += _scan_file(root, Path(folder, name))
    return sites


def _scan_file(root, path):
    """Return the sites of one file."""
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")
    searched = _blank_strings(text).split("\n") if path.suffix == ".py" else lines
    seen = collections.Counter()
    sites = []
    for index, line in enumerate(searched):
        kind = next(
            (
                name
                for name, (suffix, pattern) in KINDS.items()
                if suffix == path.suffix and pattern.search(line)
            ),
            None,
        )
        if not kind or (kind == "share" and NOT_A_CHECK.search(line)):
            continue
        source = lines[index].strip()
        seen[source] += 1
        sites.append(
            {
                "kind": kind,
                "path": path.relative_to(root).as_posix(),
                "line": index + 1,
                "source": source,
                "occurrence": seen[source],
            }
        )
    return sites


def site_key(row):
    """Rows match sites by file, source text and occurrence, not by line."""
    return (row["path"], row["source"], int(row["occurrence"]))


def read_inventory():
    """Return the inventory's rows."""
    with INVENTORY.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@tagged("post_install", "-at_install")
class TestInternalChecks(BaseCase):
    """The inventory holds every site of the tree in use, each with a verdict."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sites = scan()
        cls.rows = read_inventory()
        cls.rows_by_key = {site_key(row): row for row in cls.rows}

    def test_every_site_is_reviewed(self):
        """A site the inventory does not hold fails, named by path and line."""
        verdicts = collections.Counter(
            self.rows_by_key[site_key(site)]["verdict"]
            for site in self.sites
            if site_key(site) in self.rows_by_key and site["kind"] != "write"
        )
        missing = [
            f"{site['path']}:{site['line']}: {site['source']}"
            for site in self.sites
            if site_key(site) not in self.rows_by_key
        ]
        _logger.info(
            "%d internal-user call sites reviewed",
            sum(site["kind"] != "write" for site in self.sites),
        )
        _logger.info(
            "internal-user call sites by verdict: %s, not in the inventory: %d",
            ", ".join(f"{verdict}: {verdicts[verdict]}" for verdict in VERDICTS),
            len(missing),
        )
        if missing:
            self.fail(
                f"{len(missing)} sites of {odoo_tree()} trust internal users and are not "
                f"reviewed in {INVENTORY.name}:\n" + "\n".join(missing)
            )

    def test_no_stale_rows(self):
        """An inventory row whose site is gone (Odoo changed it) must be reviewed again."""
        found = {site_key(site) for site in self.sites}
        stale = [
            f"{row['path']}:{row['line']}: {row['source']}"
            for row in self.rows
            if row["kind"] not in REGISTRY_KINDS and site_key(row) not in found
        ]
        if stale:
            self.fail(
                f"{len(stale)} rows of {INVENTORY.name} match no site of {odoo_tree()} "
                "any more: review them again (a changed line also shows as a new site):\n"
                + "\n".join(stale)
            )

    def test_rows_are_well_formed(self):
        """Each row has one of the three verdicts and a reason; keys are unique."""
        self.assertEqual(len(self.rows_by_key), len(self.rows), "duplicate rows")
        for row in self.rows:
            with self.subTest(site=f"{row['path']}:{row['line']}"):
                self.assertIn(
                    row["verdict"], WRITE_VERDICTS if row["kind"] == "write" else VERDICTS
                )
                self.assertTrue(row["reason"].strip())
                self.assertIn(row["kind"], (*KINDS, *REGISTRY_KINDS))

    def test_grants_more_sites_are_proved_fixed(self):
        """Each site that grants more names the test that proves backend users get no more."""
        for row in self.rows:
            if row["verdict"] not in ("grants more", "own fields only", "refused"):
                continue
            with self.subTest(site=f"{row['path']}:{row['line']}"):
                module, _tests, test_file, test_class, method = row["proved_by"].split(".")
                path = Path(get_module_path(module) or module) / "tests" / f"{test_file}.py"
                self.assertTrue(path.is_file(), f"{row['proved_by']}: no {path}")
                source = path.read_text()
                self.assertIn(f"class {test_class}(", source)
                self.assertIn(f"    def {method}(self", source)

    def test_scanner_patterns(self):
        """The scan finds each kind in both quote styles, and skips tests, SQL and pickers."""
        files = {
            "addons/a/models/m.py": (
                "if user._is_internal():\n"
                'x = self.env.user.has_groups("base.group_portal,base.group_user")\n'
                "if not is_user_internal(uid):\n"
                "f = fields.Char(groups='base.group_user')\n"
                "if not self.env.user.share:\n"
                'q = """SELECT users.share FROM res_users"""\n'
                "u = fields.Many2one('res.users', domain=[('share', '=', False)])\n"
                "if user._is_internal():\n"
                "if self.env.user._is_portal() and not self.env.su:\n"
                "if user._is_portal() and not user._is_internal():\n"
            ),
            "addons/a/models/w.py": (
                "self.check_access('write')\n"
                'op = "read" if operation == "read" else "write"\n'
                "self.check_access('read')\n"
            ),
            "addons/a/views/v.xml": '<field groups="base.group_portal,base.group_user"/>',
            "addons/a/tests/test_m.py": "user._is_internal()\n",
            "odoo/addons/b/models/n.py": "self.env.user._has_group('base.group_user')\n",
        }
        with tempfile.TemporaryDirectory() as root:
            for name, text in files.items():
                Path(root, name).parent.mkdir(parents=True, exist_ok=True)
                Path(root, name).write_text(text, encoding="utf-8")
            found = [(s["kind"], s["path"], s["line"], s["occurrence"]) for s in scan(root)]
        self.assertEqual(
            found,
            [
                ("call", "addons/a/models/m.py", 1, 1),
                ("call", "addons/a/models/m.py", 2, 1),
                ("helper", "addons/a/models/m.py", 3, 1),
                ("field", "addons/a/models/m.py", 4, 1),
                ("share", "addons/a/models/m.py", 5, 1),
                ("call", "addons/a/models/m.py", 8, 2),
                ("portal", "addons/a/models/m.py", 9, 1),
                ("call", "addons/a/models/m.py", 10, 1),
                ("write", "addons/a/models/w.py", 1, 1),
                ("write", "addons/a/models/w.py", 2, 1),
                ("view", "addons/a/views/v.xml", 1, 1),
                ("call", "odoo/addons/b/models/n.py", 1, 1),
            ],
        )
