"""Security headers on every response, and compression of assets and callback JSON."""

from __future__ import annotations

# Dash renders one inline <script> (the renderer start-up) and its config as a JSON data block
# (not executed, so outside script-src); the executed one is allowed by its hash, nothing else
# inline. Plotly and dash-ag-grid set inline styles, hence 'unsafe-inline' for styles only.
STATIC_POLICY = {
    "default-src": "'self'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
COMPRESSED_TYPES = [
    "text/html",
    "text/css",
    "text/plain",
    "application/json",
    "application/javascript",
    "text/javascript",
]


def build_policy(script_hashes: list[str]) -> str:
    """The Content-Security-Policy value: the static policy plus the hashed inline scripts."""
    policy = {"script-src": " ".join(["'self'", *script_hashes]), **STATIC_POLICY}
    return "; ".join(f"{name} {value}" for name, value in policy.items())


def install_headers(app) -> None:
    """Add the security headers to every response of the app's server."""
    server = app.server
    policy: list[str] = []  # computed on the first response, once every callback is defined

    @server.after_request
    def add_security_headers(response):
        if not policy:
            policy.append(build_policy(list(app.csp_hashes())))
        headers = response.headers
        headers.setdefault("Content-Security-Policy", policy[0])
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("Referrer-Policy", "same-origin")
        headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        return response


def install_compression(app) -> None:
    """Brotli or gzip for assets, pages and callback JSON (the JSON of a chart is ~10x smaller)."""
    from flask_compress import Compress

    config = app.server.config
    config["COMPRESS_ALGORITHM"] = ["br", "gzip"]
    config["COMPRESS_MIMETYPES"] = COMPRESSED_TYPES
    config["COMPRESS_MIN_SIZE"] = 500
    Compress(app.server)
