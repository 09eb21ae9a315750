"""Infrastructure Backforge adds to this project: settings, database, authentication."""
