"""Mitra PLKK: partner clinics and hospitals, their agreements, monev visits and events."""
