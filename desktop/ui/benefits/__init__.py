"""The Santunan & Beasiswa page: claims, payments, scholarships, reports."""
