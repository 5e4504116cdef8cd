#!/usr/bin/env bash
# Install the Debian packages the browser tests, the benchmarks and the briefing need, when missing:
# chromium (Playwright drives /usr/bin/chromium; never `playwright install`), DejaVu fonts for the
# PDF reader tests and the briefing (Vietnamese glyphs), poppler-utils (pdftotext, pdfinfo,
# pdffonts) to read the briefing back. Needs root; otherwise it says what is missing and goes on.
set -uo pipefail
if command -v chromium >/dev/null 2>&1 && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] \
  && command -v pdftotext >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core poppler-utils >/dev/null) \
    || echo "system packages: could not install Debian chromium/fonts-dejavu-core/poppler-utils; browser and PDF steps will be skipped or fail" >&2
else
  echo "system packages: chromium, fonts-dejavu-core or poppler-utils missing and not root; install them (apt-get install chromium fonts-dejavu-core poppler-utils)" >&2
fi
exit 0
