"""Package src.d0000."""
