"""Writes examples/2024-04-el-fasher-water-station.pdf, the bundled PDF example, with fpdf2.

The report is fictional, written by the team, like every bundled example. Run from the repo
root: `.venv/bin/python scripts/make_example_pdf.py`. The creation date is fixed so that the
file (and so its SHA-256) is the same every time it is made.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).resolve().parent.parent / "examples" / "2024-04-el-fasher-water-station.pdf"
TITLE = "Shelling cuts water supply in El Fasher; at least 12 killed"
AUTHOR = "Darfur Humanitarian Monitor"
PARAGRAPHS = [
    "Darfur Humanitarian Monitor - Situation update, 24 April 2024",
    "Shelling damaged the main water pumping station in El Fasher, North Darfur, on 22 April 2024, "
    "killing at least 12 people and injuring between 30 and 40, according to the state health ministry "
    "and two local relief committees. Most of the dead were people queuing with jerrycans at the "
    "station's public taps.",
    "The station supplied water to an estimated 200,000 residents and displaced people in the southern "
    "and eastern parts of the city. Engineers said that two of the three pumps were destroyed and that "
    "repairs would take at least three weeks if spare parts could be brought in.",
    '"We have had no running water for six days, and now the station itself is gone," said Amna Yousif, '
    "a water engineer with the city's water authority. She said that families were already buying water "
    "from donkey carts at four times the usual price.",
    "Residents accused the Western Frontier Brigade, an armed group that has besieged the city's eastern "
    "districts since March, of firing the shells from positions near the Abu Shouk camp. The group's "
    "commander said that his fighters had not fired on the city and blamed the army for the attack.",
    "The Monitor calls on all parties to stop attacks on water infrastructure, which is protected under "
    "international humanitarian law, and to allow repair crews safe access to the station.",
]
CREATED = datetime(2024, 4, 24, 9, 0, tzinfo=UTC)


def example_pdf() -> FPDF:
    """A one-page PDF of the report, with its title and author in the file's metadata."""
    pdf = FPDF()
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_creation_date(CREATED)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, TITLE)
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(3)
    return pdf


if __name__ == "__main__":
    example_pdf().output(str(OUT))
    print(f"wrote {OUT}")
