"""Dash Pages: thin modules that register a page and build its layout from layouts.views."""
