"""Peak memory of a process and all its descendants together, sampled from /proc.

wait4 gives the peak of the largest single process; a build that lays out booklets in worker processes
holds the sum of them at once, which is what a machine must have.
"""
import os
import threading
import time


def _children() -> dict:
    """pid -> parent pid of every process of the machine."""
    parents = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as stat:
                    fields = stat.read().rsplit(b")", 1)[1].split()
                parents[int(name)] = int(fields[1])
            except (OSError, IndexError, ValueError):
                continue
    return parents


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root: int) -> int:
    parents = _children()
    tree, changed = {root}, True
    while changed:
        found = {pid for pid, parent in parents.items() if parent in tree} - tree
        changed = bool(found)
        tree |= found
    return sum(_rss_kb(pid) for pid in tree)


class TreePeak:
    """`with TreePeak() as peak: … peak.watch(pid) …` then peak.mb: the largest sum seen, every 0.1 s."""

    def __init__(self, every: float = 0.1):
        self.every, self.peak_kb, self.pid = every, 0, None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def watch(self, pid: int):
        self.pid = pid
        self._thread.start()

    def _sample(self):
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, tree_rss_kb(self.pid))
            time.sleep(self.every)

    @property
    def mb(self) -> float:
        return self.peak_kb / 1024

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
