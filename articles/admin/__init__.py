"""The admin of guides, FAQ and site content, one module per concern as in models/.

Importing a module registers its model admins.
"""

from articles.admin import faq, guides, search, site, taxonomy  # noqa: F401
