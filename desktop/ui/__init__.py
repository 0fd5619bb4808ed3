"""The Qt user interface. It talks to `desktop.services` only; never to the database layer."""
