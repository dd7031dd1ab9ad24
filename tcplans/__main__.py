import sys

from tcplans.cli import main

sys.exit(main())
