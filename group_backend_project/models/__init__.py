from . import project_project
from . import project_task
