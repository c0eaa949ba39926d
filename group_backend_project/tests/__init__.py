from . import test_attacks
from . import test_coworkers
from . import test_profile_scan
from . import test_project
from . import test_project_collaborator
from . import test_write_guards
