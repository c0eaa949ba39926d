from . import test_catalog_reads
from . import test_payment_providers
from . import test_product_snippets
from . import test_shop
from . import test_shop_journeys
from . import test_shop_settings
