"""`python -m tandem` runs the console command."""
from tandem.cli import main

main()
