#!/usr/bin/env python3
"""Compare the results of Odoo's own tests without and with the addon (make odoo-tests).

usage: odoo_tests.py VANILLA.xml ADDON.xml

Both files are pytest JUnit reports of the same Odoo test files, run on a database
without the addon and on one with it. Fails when a test's result differs, except
for the known differences below, each printed with its reason.
"""

import sys
import xml.etree.ElementTree as ET

KNOWN = {
    "odoo.addons.base.tests.test_res_users.TestUsers2.test_reified_groups_on_change": (
        "it hard-codes the three user types of Odoo (sel_groups_1_10_11); any addon that "
        "adds a user type fails it: exclude it with "
        "--test-tags -/base:TestUsers2.test_reified_groups_on_change"
    ),
}


def outcomes(path):
    """Map each test case to 'passed', 'failed' or 'skipped'."""
    results = {}
    for case in ET.parse(path).getroot().iter("testcase"):
        name = f"{case.get('classname')}.{case.get('name')}"
        if case.find("failure") is not None or case.find("error") is not None:
            results[name] = "failed"
        elif case.find("skipped") is not None:
            results[name] = "skipped"
        else:
            results[name] = results.get(name, "passed")
    return results


def main(vanilla_path, addon_path):
    vanilla, addon = outcomes(vanilla_path), outcomes(addon_path)
    differences = {
        name: (vanilla.get(name, "absent"), addon.get(name, "absent"))
        for name in vanilla.keys() | addon.keys()
        if vanilla.get(name) != addon.get(name)
    }
    for name, (before, after) in sorted(differences.items()):
        why = next((reason for known, reason in KNOWN.items() if name.endswith(known)), None)
        verdict = "known" if why else "DIFFERENT"
        print(f"{verdict}: {name}: {before} without the addon, {after} with it")
        if why:
            print(f"    {why}")
    unknown = [name for name in differences if not any(name.endswith(k) for k in KNOWN)]
    failed = sum(1 for result in addon.values() if result == "failed")
    print(
        f"Odoo's own tests: {len(addon)} run with the addon, {failed} failed; "
        f"{len(differences) - len(unknown)} known and {len(unknown)} unexplained differences"
    )
    return 1 if unknown else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
