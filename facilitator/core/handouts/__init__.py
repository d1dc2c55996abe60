"""Handouts: what each needs, its wording and templates rendered to HTML, and the agency profile."""
