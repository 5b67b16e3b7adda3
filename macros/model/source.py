"""Where a fact comes from: every case study and term cites its sources."""
from dataclasses import dataclass
from typing import Optional


@dataclass
class Source:
    url: str
    title: str
    consulted: str
    publisher: Optional[str] = None


def sources(items: Optional[list]) -> list[Source]:
    return [Source(s["url"], s["title"], s["consulted"], s.get("publisher")) for s in items or []]
