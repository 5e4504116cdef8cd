"""Surfaces that speak first: the alerts, the monthly briefing PDF and the e-mail that sends them.

Like layouts, this package reads what the refresh computed (metrics.queries); it never imports
etl or layouts, and never judges a status itself.
"""
