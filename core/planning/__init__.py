"""core planning package."""
