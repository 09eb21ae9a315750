"""Package src.helpdesk."""
