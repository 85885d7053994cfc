"""Formats made from the data for print and sharing (see kit/)."""
