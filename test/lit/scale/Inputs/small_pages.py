"""Runs a command with transparent huge pages disabled for it (PR_SET_THP_DISABLE, kept across exec).

triggerlint advises its heap for 2 MiB pages, so its peak memory moves in 2 MiB steps depending on
where the heap happens to start; a test that measures bytes per file needs 4 KiB granularity.
"""
import ctypes
import os
import sys

PR_SET_THP_DISABLE = 41
try:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0)
except (OSError, AttributeError):
    pass  # no prctl: the measurement keeps its 2 MiB steps
os.execvp(sys.argv[1], sys.argv[1:])
