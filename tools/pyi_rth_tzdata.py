"""PyInstaller runtime hook (build.spec): the tzdata package, with its 600 zone files, is one zip in the bundle.

zoneinfo finds a zone in the OS's database first (Linux, macOS) and else in the tzdata package (Windows), which it
reads through importlib.resources; zipimport serves both the package and its files from tzdata.zip.
"""

import os
import sys

sys.path.append(os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "tzdata.zip"))
