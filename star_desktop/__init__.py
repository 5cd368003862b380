"""STAR Desktop: the STAR team coordinator's offline-first desktop application."""

__version__ = "0.1.0"
APP_NAME = "STAR Desktop"
