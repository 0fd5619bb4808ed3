"""Printed documents (ReportLab): the letterhead, letters, receipts and batches of them.

Data in, PDF bytes out: nothing here knows the database. Every font is a bundled TrueType font,
embedded (subset) in the PDF, so a letter looks the same on every machine; the PDF standard-14
fonts are never used. Output is deterministic (fixed creation date and document id), so the same
input gives the same bytes and a reprint can be checked against the SHA-256 kept in the register.
"""
