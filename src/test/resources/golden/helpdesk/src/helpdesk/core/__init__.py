"""Package src.helpdesk.core."""
