"""Output formats built from the content model: slides/, kit/ (one small module per format)."""
