"""The blind real-world engine cases of issue 8 (data files and their scoring)."""
