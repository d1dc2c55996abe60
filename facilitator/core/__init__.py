"""Qt-free domain logic: the curriculum model, loading, validation and search.

Nothing under this package may import PySide6; a test enforces it so the core runs headless and in the CLI.
"""
