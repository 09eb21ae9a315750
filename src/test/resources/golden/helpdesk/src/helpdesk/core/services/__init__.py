"""Package src.helpdesk.core.services."""
