"""Outputs: the offline bundle, its reproducible zip and read-me, and the print PDFs."""
