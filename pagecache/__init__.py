"""Pages fast at any size: whole pages kept for anonymous readers, keyed by address
and content version; conditional requests answered from the cache; gzip for what
anyone may read."""
