"""The handbook's data model, loading, validation and rendering.

This package never imports mkdocs: hooks/main.py, scripts/ and tests/ all reuse it.
"""
