"""The handbook's package: data/ (model, loading, validation) <- pages/ (what each page says,
templates) <- site/ (files beside the pages) <- outputs/ (offline zip, PDFs); layout.py owns
the site's folders, file names and build date.

This package never imports mkdocs: hooks/main.py, scripts/ and tests/ all reuse it.
"""
