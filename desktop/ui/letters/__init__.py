"""The Surat page (outgoing letter register, receipts, templates), the PDF viewer and the office profile."""
