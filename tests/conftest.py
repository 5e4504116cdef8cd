"""Shared fixtures: the refresh helpers build tiny real databases from the bundled reports."""

pytest_plugins = ["refresh_helpers", "browser_fixtures"]
