from . import account_analytic_line
from . import project_task
