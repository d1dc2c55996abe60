"""Small widgets and helpers every screen shares."""
