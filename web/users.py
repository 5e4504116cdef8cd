"""Print a users-file line `NAME:HASH` for `kpi serve --users` (the password is asked, not echoed).

python -m web.users alice >> /etc/kpi/users
"""

from __future__ import annotations

import getpass
import sys

from werkzeug.security import generate_password_hash


def main(argv: list[str] | None = None) -> int:
    """Ask for a password twice and print the line; exit 2 on a bad name or a mismatch."""
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1 or ":" in argv[0] or not argv[0].strip():
        print("usage: python -m web.users NAME   (NAME without ':')", file=sys.stderr)
        return 2
    password = getpass.getpass("password: ")
    if not password or password != getpass.getpass("again: "):
        print("web.users: empty or mismatched password; nothing printed", file=sys.stderr)
        return 2
    print(f"{argv[0]}:{generate_password_hash(password)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
