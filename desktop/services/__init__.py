"""Use cases, one facade per area; one transaction per call; frozen dataclasses out."""
