"""Reads the retailer catalog (src/catalog/retailers.toml) for the corpus generators."""

import pathlib
import tomllib

ROOT = pathlib.Path(__file__).resolve().parents[2]


def retailers():
    with open(ROOT / "src/catalog/retailers.toml", "rb") as f:
        return tomllib.load(f)["retailer"]


def official_domains():
    out = set()
    for r in retailers():
        for key in ("signin_domains", "owned_domains", "hosting_domains"):
            out.update(r.get(key, []))
    return out


def is_official(host: str, official: set) -> bool:
    labels = host.split(".")
    return any(".".join(labels[i:]) in official for i in range(len(labels)))
