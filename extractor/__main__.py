"""`python -m extractor` is `tc-extract`."""

import sys

from tcplans.cli import extract_main

sys.exit(extract_main())
