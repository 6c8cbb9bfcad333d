#!/usr/bin/env python3
"""Runs a command and prints its CPU seconds (user + system) summed over every process it started.

usage: build_cpu.py OUT_FILE COMMAND [ARGS...]   (writes "<cpu seconds>" to OUT_FILE; the command's exit code is ours)

A build's work is spread over processes that outlive their parents' interest in them (MSBuild nodes, the compiler):
this process makes itself their "child subreaper" (Linux prctl PR_SET_CHILD_SUBREAPER), so every descendant that is
orphaned is re-parented here and reaped here, and the kernel's RUSAGE_CHILDREN then holds the CPU time of every
process of the build, reaped by whoever. On another OS the figure covers the reaped children only.
"""
import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36
try:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
except (OSError, AttributeError):
    pass

out_file = sys.argv[1]
code = subprocess.call(sys.argv[2:])
# Orphaned descendants (an MSBuild node shutting down after the build returned) are reaped here; give them a moment.
deadline = time.monotonic() + 10
while time.monotonic() < deadline:
    try:
        pid, _ = os.waitpid(-1, os.WNOHANG)
    except ChildProcessError:
        break
    if pid == 0:
        time.sleep(0.05)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out_file, "w", encoding="utf-8") as out:
    out.write(f"{usage.ru_utime + usage.ru_stime:.2f}\n")
sys.exit(code)
