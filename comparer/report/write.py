"""Report files are written through the project's one safe writer (see `extractor.files`)."""

from extractor.files import safe_filename, write_atomically

__all__ = ["safe_filename", "write_atomically"]
