from . import test_timesheet_collaborator
