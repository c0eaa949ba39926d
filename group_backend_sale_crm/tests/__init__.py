from . import test_sales_agent
