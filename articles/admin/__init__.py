"""The admin of guides, FAQ and site content, and of the media library they show,
one module per concern as in models/.

Importing a module registers its model admins.
"""

from articles.admin import (  # noqa: F401
    faq,
    guides,
    media,
    search,
    site,
    taxonomy,
    workflow_records,
)
