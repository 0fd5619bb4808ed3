"""The Kepatuhan page: queue, cases, employers, SKK batches."""
