"""Pages: what each page says (views), the Jinja templates, charts, learning, status, targets."""
