"""The `facilitator` command's subcommands, one module per group: content (content check, helplines), handouts,
records (db and records) and report. Each adds its parsers to the command (add_commands) and runs over the same core
as the app, with no widgets.

Each command imports what it needs when it runs: opening the app (no command) must not pay for the YAML parser and
validator, which a warm start does not use."""
