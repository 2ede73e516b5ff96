"""ShopDesk: a desktop helpdesk for small online shops, offline-first on SQLite."""

__version__ = "0.1.0"
