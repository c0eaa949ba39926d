from . import test_timeoff_tasks
