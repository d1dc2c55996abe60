"""Upstream: an offline toolkit for human-trafficking prevention educators."""

__version__ = "0.1.0"
APP_NAME = "Upstream"
ORGANIZATION = "Upstream"
