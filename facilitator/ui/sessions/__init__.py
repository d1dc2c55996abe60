"""The Sessions area: the session log, its form and details, sites, and records files."""
