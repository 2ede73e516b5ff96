"""SQLite storage: the only place where SQL is written."""
