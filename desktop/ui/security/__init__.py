"""Sign-in, the first administrator, the idle lock screen and password changes."""
