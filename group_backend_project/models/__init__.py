from . import project_project
from . import project_task
from . import res_partner
