"""Reports for funders: the figures over a period, laid out in a language, as HTML, CSV and XLSX."""
