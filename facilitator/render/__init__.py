"""Qt without widgets: HTML to PDF, printing and chart images (filled in by the handouts and reports work)."""
