"""Data: the model, YAML with positions, validation, messages, partial dates and text rules."""
