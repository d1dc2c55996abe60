"""The Reports area: figures and charts over a period, saved as PDF, XLSX or CSV."""
