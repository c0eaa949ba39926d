from . import website_snippet_filter
