"""pytest plugin: run pytest-odoo with Odoo's test framework in test mode (make test's pytest).

pytest-odoo imports odoo.tests as it starts; unless Odoo's test_enable is on at
that moment, Odoo logs an ERROR ("avoid importing from business modules").
make test therefore passes --test-enable to Odoo, and this plugin switches it
off again once the session starts, before pytest-odoo loads the registry: with
it on, loading the registry would run every installed module's at_install tests.

It also reads the addons' manifests once, in one thread, before the HTTP
server serves the browser tours: the first page's static files are requested
in parallel, and CPython 3.11.7's ast.parse is not thread-safe ("AST
constructor recursion depth mismatch", fixed in later 3.11 releases).
"""


def pytest_sessionstart(session):
    """Switch test_enable off before the registry is loaded; map the static files."""
    import odoo.http
    from odoo.tools import config

    config["test_enable"] = False
    odoo.http.root.statics  # noqa: B018 - a lazy property, computed here once
