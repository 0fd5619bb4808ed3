"""The Dasbor page: the branch at a glance, with charts and a one-page PDF export."""
