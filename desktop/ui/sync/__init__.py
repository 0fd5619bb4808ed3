"""Sync screens: the Sync dialog, the Konflik list, office connection settings, the status bar."""
