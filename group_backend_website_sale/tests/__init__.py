from . import test_product_snippets
