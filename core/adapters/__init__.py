"""core adapters package."""
