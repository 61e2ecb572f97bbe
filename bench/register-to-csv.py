#!/usr/bin/env python3
"""Flattens a register export (rpss.json) into services.csv and facilities.csv: the reference
records that bench/catalogue.sh loads with PostgreSQL \\copy. One row per service and one per
facility; lists (target and age groups, forms, contacts) as text in one column each.

    bench/register-to-csv.py <folder with rpss.json> <output folder>
"""
import csv
import json
import os
import sys


def code(node):
    return (node or {}).get("id")


def codes(nodes):
    return ";".join(filter(None, (code(n) for n in nodes or [])))


def main(source, target):
    with open(os.path.join(source, "rpss.json"), encoding="utf-8") as f:
        items = json.load(f)["polozky"]
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "services.csv"), "w", newline="", encoding="utf-8") as s, open(
        os.path.join(target, "facilities.csv"), "w", newline="", encoding="utf-8"
    ) as fa:
        services, facilities = csv.writer(s), csv.writer(fa)
        for item in items:
            provider = item.get("poskytovatel") or {}
            services.writerow([
                item.get("identifikator"),
                item.get("portalId"),
                item.get("nazev") or ((item.get("zarizeni") or [{}])[0].get("nazev")),
                code(item.get("druhSocialniSluzby")),
                provider.get("ico"),
                provider.get("nazev"),
                item.get("datumPoskytovaniOd"),
                item.get("datumPoskytovaniDo"),
                codes(item.get("ciloveSkupiny")),
                codes(item.get("vekoveSkupiny")),
                json.dumps(item.get("formy") or [], ensure_ascii=False),
                json.dumps({k: item.get(k) for k in ("weby", "emaily", "telefony")}, ensure_ascii=False),
            ])
            for facility in item.get("zarizeni") or []:
                address = facility.get("adresa") or {}
                facilities.writerow([
                    item.get("identifikator"),
                    facility.get("nazev"),
                    code(address.get("obec")),
                    (address.get("ulice") or {}).get("nazev"),
                    address.get("cisloDomovni"),
                    address.get("cisloOrientacni"),
                    address.get("psc"),
                    address.get("kodAdresnihoMista"),
                    facility.get("poskytujeOd"),
                    facility.get("poskytujeDo"),
                ])
    print(len(items))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
