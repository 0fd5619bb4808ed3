"""The Cakupan page: coverage per kabupaten, sponsors and their workers, commitments, Perisai, reports."""
