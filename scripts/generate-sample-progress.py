#!/usr/bin/env python3
"""Writes data/sample-progress.csv: INVENTED quarterly figures for the demo, not official statistics.

The figures are made up so that the dashboard shows every status on 2026-11-23 (last closed quarter
2026-Q3): some indicators on track, some at risk or off track, one with no data. Seeded, so the file
is the same on every run. Run from the repository root: python3 scripts/generate-sample-progress.py
"""
import csv
import random

rng = random.Random(2030)

REGION_WEIGHTS = {
    "CASABLANCA_SETTAT": 38, "RABAT_SALE_KENITRA": 20, "TANGER_TETOUAN_AL_HOCEIMA": 12,
    "FES_MEKNES": 8, "MARRAKECH_SAFI": 7, "SOUSS_MASSA": 5, "ORIENTAL": 4,
    "BENI_MELLAL_KHENIFRA": 2, "DRAA_TAFILALET": 1, "GUELMIM_OUED_NOUN": 1,
    "LAAYOUNE_SAKIA_EL_HAMRA": 1, "DAKHLA_OUED_ED_DAHAB": 1,
}
COMMENT = "Sample figure, not official statistics"


def quarters(first, last):
    y, q = first
    while (y, q) <= last:
        yield f"{y}-Q{q}"
        y, q = (y, q + 1) if q < 4 else (y + 1, 1)


def spread(total, weights):
    """Splits a quarterly total over regions by weight, with some noise, in whole units."""
    noisy = {r: w * rng.uniform(0.8, 1.2) for r, w in weights.items()}
    s = sum(noisy.values())
    return {r: round(total * w / s) for r, w in noisy.items()}


rows = []


def add(code, quarter, region, value):
    rows.append([code, quarter, region, value, COMMENT])


# Direct digital jobs: about 88% of the straight-line path (at risk), growing each quarter.
for i, qt in enumerate(quarters((2024, 4), (2026, 3))):
    for region, v in spread(6500 + 650 * i, REGION_WEIGHTS).items():
        add("DIGITAL_JOBS", qt, region, v)

# Onepoint engineers: all in Casablanca-Settat, slightly ahead of the path.
for qt, v in zip(quarters((2025, 3), (2026, 3)), [24, 30, 33, 35, 38]):
    add("ONEPOINT_ENGINEERS", qt, "CASABLANCA_SETTAT", v)

# Technology certificates (annual target 20,000): 2026 year to date behind the per-year path.
for qt, total in zip(quarters((2026, 1), (2026, 3)), [3800, 4300, 4800]):
    for region, v in spread(total, REGION_WEIGHTS).items():
        add("TECH_CERTIFICATES", qt, region, v)

# PhD researchers: first cohort of 2026, on track against the 20-a-year milestone.
for qt, v in zip(quarters((2026, 1), (2026, 3)), [9, 4, 3]):
    add("PHD_RESEARCHERS", qt, "NATIONAL", v)

# Startups: well behind the path (off track).
for qt, v in zip(quarters((2025, 2), (2026, 3)), [0, 1, 1, 2, 1, 2]):
    add("STARTUPS", qt, "NATIONAL", v)

# Entrepreneurs and investors: on track.
for qt, v in zip(quarters((2025, 2), (2026, 3)), [1, 1, 2, 2, 2, 2]):
    add("ENTREPRENEURS_INVESTORS", qt, "NATIONAL", v)

# Gazelles: one so far. Unicorns: no figures at all (NO_DATA on the dashboard).
add("GAZELLES", "2026-Q2", "CASABLANCA_SETTAT", 1)

# Dakhla data centre: installed capacity in MW, a level, not a flow.
for qt, v in zip(quarters((2025, 4), (2026, 3)), [0, 0, 20, 40]):
    add("DATACENTER_MW", qt, "DAKHLA_OUED_ED_DAHAB", v)

# Review status: approved, except the last quarter of two indicators, left waiting for a manager so that
# the demo's approval view has something to show.
WAITING = {("STARTUPS", "2026-Q3"), ("ENTREPRENEURS_INVESTORS", "2026-Q3")}
rows = [row + ["SUBMITTED" if (row[0], row[1]) in WAITING else "APPROVED"] for row in rows]

with open("data/sample-progress.csv", "w", newline="", encoding="utf-8") as f:
    f.write("# SAMPLE FIGURES, NOT OFFICIAL STATISTICS. Invented for the demo by "
            "scripts/generate-sample-progress.py.\n")
    w = csv.writer(f)
    w.writerow(["indicator", "quarter", "region", "value", "comment", "status"])
    w.writerows(rows)
print(f"wrote {len(rows)} rows to data/sample-progress.csv")
