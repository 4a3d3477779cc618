"""The PySide6 GUI. Talks to ``huiwu`` only through its services, run on the background worker."""
