"""The Curriculum area: filters, search, the module table and the guide reader."""
