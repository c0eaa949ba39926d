# Copyright 2026 group_backend contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Browser tours that start at the login form, and what the server logs meanwhile."""

import logging
import os
import re
import shutil
import unittest
from contextlib import contextmanager
from datetime import UTC, datetime
from unittest.mock import patch

import pytz

from odoo.tests import HttpCase
from odoo.tests.common import ChromeBrowser

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# werkzeug's line for each request: '127.0.0.1 - - [date] "GET /path HTTP/1.1" 200 - ...'
REQUEST = re.compile(r'"(?P<request>[A-Z]+ \S+) HTTP/[\d.]+" (?P<status>\d{3}) ')
# Where Odoo says why it refused something (access rights, record rules, fields).
REFUSAL_LOGGERS = (
    "odoo.addons.base.models.ir_model",
    "odoo.addons.base.models.ir_rule",
    "odoo.models",
)
# base_import's upload route names neither form field the web client sends with
# the file: Odoo 18 logs this WARNING at every import, whoever imports.
ODOO_IMPORT_NOISE = re.compile(r"base_import\.controllers\.main\.set_file> called ignoring args")


class ServerLog(logging.Handler):
    """What the server logs during a journey that shows a problem.

    A WARNING or worse; an "Access Denied" line (Odoo logs refusals at INFO, the
    web client may hide them); a request answered 4xx or 5xx.
    """

    def __init__(self):
        super().__init__(logging.INFO)
        self.problems = []

    def emit(self, record):
        message = record.getMessage()
        if record.levelno >= logging.WARNING:
            self.problems.append(f"{record.levelname} {record.name}: {message}")
        elif "Access Denied" in message:
            self.problems.append(f"{record.name}: {message}")
        elif record.name == "werkzeug" and self._failed(request := REQUEST.search(message)):
            self.problems.append(f"failed request: {request['request']} {request['status']}")

    @staticmethod
    def _failed(request):
        """Whether werkzeug's line tells of a request answered 4xx or 5xx."""
        return bool(request) and int(request["status"]) >= 400

    @contextmanager
    def watching(self):
        """Collect the problems logged in the block, INFO lines included."""
        root = logging.getLogger()
        informative = [logging.getLogger(name) for name in (*REFUSAL_LOGGERS, "werkzeug")]
        levels = [logger.level for logger in informative]
        for logger in informative:
            if not logger.isEnabledFor(logging.INFO):
                logger.setLevel(logging.INFO)
        noise = logging.getLogger("odoo.http")
        noise_filter = _ImportNoiseFilter()
        noise.addFilter(noise_filter)
        root.addHandler(self)
        try:
            yield self
        finally:
            root.removeHandler(self)
            noise.removeFilter(noise_filter)
            for logger, level in zip(informative, levels, strict=True):
                logger.setLevel(level)


class _ImportNoiseFilter(logging.Filter):
    """Drop Odoo's import WARNING (see ODOO_IMPORT_NOISE), from the log files too."""

    def filter(self, record):
        return not ODOO_IMPORT_NOISE.search(record.getMessage())


def near_midnight_timezone(after=False, now=None):
    """Return the timezone where it is now nearest to midnight: just before it, or just after.

    A person there, and its browser, are at the end (or the start) of their day while
    the server (UTC), the database and other people are elsewhere in theirs: dates
    computed by one and compared by another disagree, at this very hour.
    """
    now = now or datetime.now(UTC)

    def distance(name):
        local = now.astimezone(pytz.timezone(name))
        minutes = local.hour * 60 + local.minute
        return (minutes if after else 24 * 60 - minutes, name)

    return min(map(distance, pytz.common_timezones))[1]


@contextmanager
def browser_timezone(timezone):
    """Start Chromium in ``timezone`` in the block, as if the person's computer were there."""
    if not timezone:
        yield
        return
    spawn = ChromeBrowser._chrome_without_limit

    def spawn_in_timezone(browser, cmd):
        return spawn(browser, ["env", f"TZ={timezone}", *cmd])

    with patch.object(ChromeBrowser, "_chrome_without_limit", spawn_in_timezone):
        yield


class JourneyCase(HttpCase):
    """Tours that start at the login form, as a person in Chromium, on the demo data.

    ``browser_timezone``: where the person's browser is (None: the server's, UTC).
    """

    browser_timezone = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not any(shutil.which(name) for name in BROWSERS):
            if os.environ.get("SKIP_BROWSER") == "1":
                raise unittest.SkipTest("no Chromium, and SKIP_BROWSER=1")
            raise AssertionError(
                "The browser tours need Chromium: install Debian's chromium "
                "(make test does it when it may), or set SKIP_BROWSER=1 to skip them."
            )
        if not cls.env.ref("group_backend.demo_user_backend_ui", raise_if_not_found=False):
            raise AssertionError(
                "The browser tours run on the addon's demo data: install it with demo."
            )

    def journey(self, tour, timeout=240, **kwargs):
        """Run ``tour`` from the login form, with no session; fail on a server problem.

        A journey is long (dozens of steps): it may take minutes on a busy machine.
        """
        with ServerLog().watching() as log, browser_timezone(self.browser_timezone):
            self.start_tour("/web/login", tour, login=None, timeout=timeout, **kwargs)
        self.assertEqual(log.problems, [], f"the server logged problems during {tour}")
