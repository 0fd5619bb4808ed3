"""pandas import and export (Excel via calamine/openpyxl, CSV) with row-level reports; no database."""
