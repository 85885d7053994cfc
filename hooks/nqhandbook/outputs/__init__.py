"""Output formats built from the content model."""
