"""Loading and checking the curriculum as data: modules, surveys, helplines, safety steps, glossary, wording rules."""
