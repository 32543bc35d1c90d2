"""PDF reports: every page's text in order; broken, empty and scanned PDFs refused by name."""

from __future__ import annotations

from ingest_samples import payload, pdf_bytes, results

from warledger.errors import RejectedInput
from warledger.ingest.document import Document
from warledger.ingest.pdf import documents_from_pdf
from warledger.ingest.wraps import unwrapped


def test_pages_are_read_in_order_with_the_files_title() -> None:
    data = pdf_bytes(["Shelling hit Kadugli hospital.", "Four patients were killed."], title="Bulletin 7")
    [doc] = results(documents_from_pdf(payload(data, "bulletin.pdf")))
    assert isinstance(doc, Document)
    assert doc.text == "Shelling hit Kadugli hospital.\n\nFour patients were killed."
    assert doc.title == "Bulletin 7"
    assert (doc.media_type, doc.extractor) == ("application/pdf", "pypdf")
    assert doc.original == data


def test_a_truncated_pdf_is_rejected_as_malformed() -> None:
    data = pdf_bytes(["Shelling hit Kadugli hospital."])
    [rejection] = results(documents_from_pdf(payload(data[: len(data) // 3], "cut.pdf")))
    assert isinstance(rejection, RejectedInput) and rejection.source == "cut.pdf"


def test_a_pdf_without_a_text_layer_is_rejected() -> None:
    [rejection] = results(documents_from_pdf(payload(pdf_bytes([""]), "scan.pdf")))
    assert isinstance(rejection, RejectedInput)
    assert rejection.reason == "PDF has no text layer (a scanned image?)"


def test_a_file_that_is_not_a_pdf_is_rejected() -> None:
    [rejection] = results(documents_from_pdf(payload(b"just words", "fake.pdf")))
    assert isinstance(rejection, RejectedInput) and rejection.reason == "malformed PDF: no %PDF- header"


def test_hard_wrapped_lines_are_joined_and_short_lines_keep_their_breaks() -> None:
    page = (
        "Shelling hits El Fasher\n"
        "Shelling damaged the main water station in El Fasher, killing at least\n"
        "12 people and injuring dozens, according to the health ministry and the relief\n"
        "committees of the city.\n"
        "Engineers said that the pumps were destroyed by direct hits and would take weeks to re-\n"
        "pair."
    )
    assert unwrapped(page) == (
        "Shelling hits El Fasher\n"
        "Shelling damaged the main water station in El Fasher, killing at least 12 people and injuring "
        "dozens, according to the health ministry and the relief committees of the city.\n"
        "Engineers said that the pumps were destroyed by direct hits and would take weeks to repair."
    )


def test_a_fpdf_page_reads_back_as_whole_sentences() -> None:
    sentence = "Shelling damaged the main water station in El Fasher, killing at least 12 people. " * 4
    [doc] = results(documents_from_pdf(payload(pdf_bytes([sentence.strip()]), "wrapped.pdf")))
    assert isinstance(doc, Document) and doc.text == sentence.strip()
