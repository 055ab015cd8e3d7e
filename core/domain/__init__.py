"""core domain package."""
