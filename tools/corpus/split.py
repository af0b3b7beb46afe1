"""Deterministic tuning / held-back split shared by the corpus generators and the measurements.

A line belongs to the held-back half when the lowest bit of FNV-1a 64 of its domain (UTF-8) is 1
(`examples/measure_domains.rs` and `tests/corpus.rs` compute the same hash).
"""

FNV_OFFSET = 0xCBF29CE484222325
FNV_PRIME = 0x100000001B3


def fnv1a64(text: str) -> int:
    h = FNV_OFFSET
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


def half(text: str) -> str:
    return "held-back" if fnv1a64(text) & 1 else "tuning"
