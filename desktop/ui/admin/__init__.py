"""Admin: office profile, settings and the office calendar, users, backups."""
