"""Outputs: the offline bundle and its zip, print PDFs, and one small module per format (slides/, kit/)."""
