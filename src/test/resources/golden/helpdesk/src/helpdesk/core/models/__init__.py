"""Package src.helpdesk.core.models."""
