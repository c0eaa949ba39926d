from . import test_pages
