"""Package src.helpdesk.web."""
