"""Serving plumbing around the Dash app: headers, request guards, access and the WSGI server.

Never imports etl: it serves what the refresh published, through the app (tests/test_layering.py).
"""
