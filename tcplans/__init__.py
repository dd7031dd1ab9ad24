"""Command-line entry points of tc-plans (`tc-extract`, `tc-compare`)."""
