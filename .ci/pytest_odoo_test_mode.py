"""pytest plugin: run pytest-odoo with Odoo's test framework in test mode.

pytest-odoo imports odoo.tests as it starts; unless Odoo's test_enable is on at
that moment, Odoo logs an ERROR ("avoid importing from business modules").
make test therefore passes --test-enable to Odoo, and this plugin switches it
off again once the session starts, before pytest-odoo loads the registry: with
it on, loading the registry would run every installed module's at_install tests.
"""


def pytest_sessionstart(session):
    """Switch test_enable off before the registry is loaded."""
    from odoo.tools import config

    config["test_enable"] = False
