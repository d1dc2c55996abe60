"""Qt-free domain logic, one folder per feature: content, browse, teach, handouts, records, reports."""
