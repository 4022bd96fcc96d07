"""Mentions -> events: merging repeated mentions within and across articles."""
