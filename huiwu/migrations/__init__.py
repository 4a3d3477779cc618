"""Alembic migrations, shipped inside the package and run on start.

``HEAD`` names the newest revision so that opening an up-to-date database needs no Alembic import
(0.2–0.3 s); tests/foundation/test_db.py fails when a new revision is added without updating it.
"""

HEAD = "0011"
