"""Package tickets."""
