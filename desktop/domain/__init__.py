"""The pure domain layer: money, amounts in words, Indonesian dates, working days and identifiers.

Nothing here touches the database, the file system or Qt, so every rule a clerk relies on can be
tested in isolation and reused by services, documents and the command line alike. The only import
from the rest of the package is `desktop.errors`, for messages the clerk can act on.
"""
