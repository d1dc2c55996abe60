"""Widgets, Qt models and dialogs. The UI only shows and asks; the core does the work."""
