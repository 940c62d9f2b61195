"""Benchmark: what the plugin adds to ``qgis_process list``.

Two fresh profiles (HOME folders), one with the plugin installed and enabled (as
tests/test_qgis_process.py does), one without it; ``qgis_process list`` is timed in
each, the runs interleaved so that a busy moment of the machine hits both alike.
The median of each is compared. Target (issue 18): ≤ 5 % overhead.

Run by hand: ``.venv/bin/python bench/bench_startup.py [RUNS]``.
"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Debian 12's /usr/bin/qgis_process wrapper adds --noversioncheck, which 3.22 rejects.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process")
RUNS = 7


def profile(folder, with_plugin):
    """The environment of a fresh QGIS profile in ``folder``, the plugin enabled or absent."""
    plugins = os.path.join(folder, "plugins")
    os.makedirs(plugins)
    env = dict(os.environ, QGIS_PLUGINPATH=plugins, HOME=folder, XDG_RUNTIME_DIR=folder,
               QT_QPA_PLATFORM="offscreen")
    # As in an installed plugin, Python caches the compiled modules (__pycache__) at the first
    # start; without the cache every start compiles the plugin's sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if with_plugin:
        os.symlink(ROOT, os.path.join(plugins, "csiap_planner"))
        enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "csiap_planner"], env=env,
                                 capture_output=True, text=True, timeout=300)
        text = enabled.stdout + enabled.stderr
        assert enabled.returncode == 0 or "already enabled" in text, text[-3000:]
    return env


def cpu_seconds():
    """CPU time (user + system) of the finished child processes so far."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime


def listing_seconds(env, with_plugin):
    """Wall-clock and CPU seconds of one ``qgis_process list``."""
    started, cpu = time.perf_counter(), cpu_seconds()
    listed = subprocess.run([QGIS_PROCESS, "list"], env=env, capture_output=True, text=True, timeout=300,
                            check=True).stdout
    seconds = time.perf_counter() - started, cpu_seconds() - cpu
    # The comparison means something only if the plugin's algorithms were (not) listed.
    assert ("csiap:importsurvey" in listed) == with_plugin, listed[-2000:]
    return seconds


def main(runs=RUNS):
    with tempfile.TemporaryDirectory() as folder:
        without = profile(os.path.join(folder, "without"), False)
        with_plugin = profile(os.path.join(folder, "with"), True)
        # One of each first, not timed: the disk cache and Python's bytecode (.pyc) warm up.
        listing_seconds(without, False)
        listing_seconds(with_plugin, True)
        runs_of = {False: [], True: []}
        for _ in range(runs):
            runs_of[False].append(listing_seconds(without, False))
            runs_of[True].append(listing_seconds(with_plugin, True))
    # Wall-clock time is what the user waits; CPU time is steadier on a machine others share.
    for n, clock in enumerate(("wall-clock", "CPU")):
        base = statistics.median(run[n] for run in runs_of[False])
        ours = statistics.median(run[n] for run in runs_of[True])
        print("qgis_process list, {} time, median of {}: without the plugin {:.3f} s, with it {:.3f} s, "
              "overhead {:+.1f} % (target ≤ 5 %)".format(clock, runs, base, ours, 100 * (ours - base) / base))
        for with_it in (False, True):
            print("  {:8} {}".format("with:" if with_it else "without:",
                                     " ".join("{:.3f}".format(run[n]) for run in runs_of[with_it])))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else RUNS)
