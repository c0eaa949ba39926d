"""pytest plugin for make test's pytest-odoo runs: Odoo's test mode, and statics mapped once.

pytest-odoo imports odoo.tests first, which logs an ERROR unless test_enable is on:
make passes --test-enable, and this plugin turns it off before the registry loads
(else every module's at_install tests run). It maps the static files in one thread
before the tours' parallel requests: CPython 3.11.7's ast.parse is not thread-safe.
"""


def pytest_sessionstart(session):
    """Switch test_enable off before the registry is loaded; map the static files."""
    import odoo.http
    from odoo.tools import config

    config["test_enable"] = False
    odoo.http.root.statics  # noqa: B018 - a lazy property, computed here once
