"""Session records: a SQLite store (through sqlite-utils), validation, and backups. No names of minors, ever."""
