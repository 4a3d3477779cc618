"""One of two processes editing the same records at once (issue 11 item 2), run by test_concurrent_edits.py.

    python -m tests.reliability.concurrent_edits URL TOKEN ROUNDS TABLE:ID:FIELD …

Each round, for each record: read the field, append ``|TOKEN.n`` and save, in one unit of work, as two
clerks' PCs do. A save refused as a conflict is counted and tried again in the next round. Prints one
JSON line: the tokens each record was told were saved, the conflicts, and any other error.
"""

from __future__ import annotations

import json
import sys
import traceback

from huiwu.db import Database
from huiwu.errors import ConflictError
from huiwu.models import Base


def main(argv: list[str]) -> int:
    url, token, rounds, targets = argv[0], argv[1], int(argv[2]), argv[3:]
    tables = {m.local_table.name: m.class_ for m in Base.registry.mappers}
    database = Database(url)
    saved: dict[str, list[str]] = {t: [] for t in targets}
    conflicts = errors = 0
    details: list[str] = []
    for n in range(rounds):
        for target in targets:
            table, ident, field = target.split(":")
            mark = f"|{token}.{n}"
            try:
                with database.uow() as uow:
                    row = uow.session.get(tables[table], int(ident))
                    setattr(row, field, (getattr(row, field) or "") + mark)
                    uow.commit()
                saved[target].append(mark)
            except ConflictError:
                conflicts += 1
            except Exception:
                errors += 1
                details.append(traceback.format_exc()[-600:])
    database.dispose()
    print(json.dumps({"saved": saved, "conflicts": conflicts, "errors": errors, "details": details[:3]},
                     ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
