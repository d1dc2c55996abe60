"""Finding things in the curriculum: the module catalogue, search as you type, the guide as HTML."""
