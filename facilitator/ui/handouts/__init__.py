"""The Handouts area: choose, preview, print and save handouts; the agency profile."""
