from . import test_pages
from . import test_product_snippets
