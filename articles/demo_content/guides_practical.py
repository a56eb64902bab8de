"""Demo guides: (filled in by a helper this session).

Pure data, no Django imports. See FORMAT.md in this folder.
"""

GUIDES = []
