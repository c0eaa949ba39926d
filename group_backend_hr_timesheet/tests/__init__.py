from . import test_attacks
from . import test_profile_scan
from . import test_timesheet_collaborator
