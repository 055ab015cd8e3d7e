"""core service package."""
